package dev.entente.adapters.json.chronicle;

import dev.entente.application.batch.PlannedCommand;
import java.util.List;
import java.util.Objects;

/** A chronicle read from a file: its name, its optional title, and its commands in the order written. */
public record Chronicle(String name, String title, List<ChronicleCommand> commands) {

    public Chronicle {
        Objects.requireNonNull(name, "name");
        commands = List.copyOf(commands);
    }

    /** The commands as a batch for {@code EntenteEngine.apply(...)}. */
    public List<PlannedCommand> planned() {
        return commands.stream().map(ChronicleCommand::planned).toList();
    }
}
