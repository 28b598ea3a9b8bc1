package dev.entente.adapters.json.chronicle;

import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.readmodel.Annotations;
import java.util.Objects;

/**
 * One command read from a chronicle: the command record, its type name, where its object starts, its digest
 * (lowercase hex SHA-256 of the type name, a newline and the command's canonical JSON, with its annotations when it
 * has any), the note and alternative claims written beside it, and its stable key (ADR 0022): the aggregate's id,
 * a slash, and the entry's explicit {@code id} or its type and ordinal among the chronicle's commands of that type to
 * that aggregate, e.g. {@code visit:aliyev-pakistan-2024/RecordArrival#1}. A {@code Withdraw} entry's command is a
 * {@link dev.entente.application.batch.Withdrawal}, and its key the one it withdraws.
 */
public record ChronicleCommand(Object command, String type, Location location, String digest,
                               Annotations annotations, String key) {

    public ChronicleCommand {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(digest, "digest");
        annotations = annotations == null ? Annotations.NONE : annotations;
    }

    /** A command with no annotations and no key. */
    public ChronicleCommand(Object command, String type, Location location, String digest) {
        this(command, type, location, digest, Annotations.NONE, null);
    }

    /** A command with no key. */
    public ChronicleCommand(Object command, String type, Location location, String digest, Annotations annotations) {
        this(command, type, location, digest, annotations, null);
    }

    /** The same command with its stable key. */
    ChronicleCommand withKey(String stableKey) {
        return new ChronicleCommand(command, type, location, digest, annotations, stableKey);
    }

    /** The command to apply, labelled with where it came from, e.g. {@code visits.json:12:5 ScheduleVisit}. */
    public PlannedCommand planned() {
        return new PlannedCommand(command, digest, location + " " + type, annotations, key);
    }
}
