package dev.entente.adapters.json.chronicle;

import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.readmodel.Annotations;
import java.util.Objects;

/**
 * One command read from a chronicle: the command record, its type name, where its object starts, its digest
 * (lowercase hex SHA-256 of the type name, a newline and the command's canonical JSON, with its annotations when it
 * has any) and the note and alternative claims written beside it.
 */
public record ChronicleCommand(Object command, String type, Location location, String digest,
                               Annotations annotations) {

    public ChronicleCommand {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(digest, "digest");
        annotations = annotations == null ? Annotations.NONE : annotations;
    }

    /** A command with no annotations. */
    public ChronicleCommand(Object command, String type, Location location, String digest) {
        this(command, type, location, digest, Annotations.NONE);
    }

    /** The command to apply, labelled with where it came from, e.g. {@code visits.json:12:5 ScheduleVisit}. */
    public PlannedCommand planned() {
        return new PlannedCommand(command, digest, location + " " + type, annotations);
    }
}
