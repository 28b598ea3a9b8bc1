package dev.entente.adapters.json.chronicle;

import dev.entente.application.batch.PlannedCommand;
import java.util.Objects;

/**
 * One command read from a chronicle: the command record, its type name, where its object starts, and its digest
 * (lowercase hex SHA-256 of the type name, a newline and the command's canonical JSON).
 */
public record ChronicleCommand(Object command, String type, Location location, String digest) {

    public ChronicleCommand {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(digest, "digest");
    }

    /** The command to apply, labelled with where it came from, e.g. {@code visits.json:12:5 ScheduleVisit}. */
    public PlannedCommand planned() {
        return new PlannedCommand(command, digest, location + " " + type);
    }
}
