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

    /** The commands as a batch for {@code EntenteEngine.apply(...)}, in the order written. */
    public List<PlannedCommand> planned() {
        // Each planned command checks its key and annotations and writes its label on its own: for a long chronicle
        // that is a few percent of reading it, split over the cores like the binding (the list keeps its order).
        return (commands.size() > PARALLEL_FROM ? commands.parallelStream() : commands.stream())
                .map(ChronicleCommand::planned).toList();
    }

    /** The number of commands from which they are planned in parallel. */
    private static final int PARALLEL_FROM = 4_000;
}
