package dev.entente.domain.meeting;

import dev.entente.domain.shared.Fact;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A command to the {@link Meeting} aggregate. */
public sealed interface MeetingCommand extends Fact permits HoldMeeting {

    MeetingId meetingId();

    /** The id of the aggregate this command goes to. */
    @TargetAggregateIdentifier
    default String targetAggregateId() {
        return meetingId().aggregateId();
    }
}
