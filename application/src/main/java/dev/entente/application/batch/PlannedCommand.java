package dev.entente.application.batch;

import dev.entente.domain.Aggregates;
import dev.entente.domain.shared.AggregateType;
import dev.entente.domain.shared.Values;

/**
 * A command to apply as part of a batch: the command, a digest that identifies it (the same command gives the same
 * digest, so that it is applied once), and a label that says where it came from, e.g. {@code visits.json:12:5}.
 */
public record PlannedCommand(Object command, String digest, String label) {

    public PlannedCommand {
        Values.required(command, "command");
        Values.text(digest, "digest");
        Values.text(label, "label");
        if (Aggregates.forCommand(command).isEmpty()) {
            throw new IllegalArgumentException(label + ": " + command.getClass().getName()
                    + " is not a command of Entente");
        }
    }

    /** The id of the aggregate the command goes to, e.g. {@code visit:aliyev-pakistan-2024}. */
    public String aggregateId() {
        return aggregateType().targetOf(command);
    }

    /** The kind of aggregate the command goes to. */
    public AggregateType<?, ?, ?> aggregateType() {
        return Aggregates.forCommand(command).orElseThrow();
    }
}
