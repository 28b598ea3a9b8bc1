package dev.entente.domain.meeting;

import dev.entente.domain.shared.Fact;

/** Something that happened to a {@link Meeting}. */
public sealed interface MeetingEvent extends Fact permits MeetingHeld {

    MeetingId meetingId();
}
