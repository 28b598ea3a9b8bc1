package dev.entente.domain.meeting;

import dev.entente.domain.shared.PartlyDated;

/** Something that happened to a {@link Meeting}. */
public sealed interface MeetingEvent extends PartlyDated permits MeetingHeld {

    MeetingId meetingId();
}
