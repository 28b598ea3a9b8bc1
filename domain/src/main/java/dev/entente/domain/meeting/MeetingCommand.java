package dev.entente.domain.meeting;

import dev.entente.domain.shared.PartlyDated;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A command to the {@link Meeting} aggregate. */
public sealed interface MeetingCommand extends PartlyDated permits HoldMeeting {

    MeetingId meetingId();

    /** The id of the aggregate this command goes to. */
    @TargetAggregateIdentifier
    default String targetAggregateId() {
        return meetingId().aggregateId();
    }
}
