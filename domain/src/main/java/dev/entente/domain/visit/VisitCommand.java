package dev.entente.domain.visit;

import dev.entente.domain.shared.PartlyDated;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A command to the {@link Visit} aggregate. */
public sealed interface VisitCommand extends PartlyDated
        permits ScheduleVisit, PostponeVisit, CancelVisit, RecordArrival, HoldCeremony, HoldTalks,
                IssueJointStatement, ConcludeVisit {

    VisitId visitId();

    /** The id of the aggregate this command goes to. */
    @TargetAggregateIdentifier
    default String targetAggregateId() {
        return visitId().aggregateId();
    }
}
