package dev.entente.application.batch;

import dev.entente.domain.agreement.AgreementCommand;
import dev.entente.domain.relationship.RelationshipCommand;
import dev.entente.domain.shared.Values;
import dev.entente.domain.visit.VisitCommand;

/**
 * A command to apply as part of a batch: the command, a digest that identifies it (the same command gives the same
 * digest, so that it is applied once), and a label that says where it came from, e.g. {@code visits.json:12:5}.
 */
public record PlannedCommand(Object command, String digest, String label) {

    public PlannedCommand {
        Values.required(command, "command");
        Values.text(digest, "digest");
        Values.text(label, "label");
        if (!(command instanceof VisitCommand || command instanceof AgreementCommand
                || command instanceof RelationshipCommand)) {
            throw new IllegalArgumentException(label + ": " + command.getClass().getName()
                    + " is not a command of Entente");
        }
    }

    /** The id of the aggregate the command goes to, e.g. {@code visit:aliyev-pakistan-2024}. */
    public String aggregateId() {
        if (command instanceof VisitCommand visit) {
            return visit.targetAggregateId();
        }
        if (command instanceof AgreementCommand agreement) {
            return agreement.targetAggregateId();
        }
        return ((RelationshipCommand) command).targetAggregateId();
    }
}
