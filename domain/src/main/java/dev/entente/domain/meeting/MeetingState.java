package dev.entente.domain.meeting;

import java.time.LocalDate;

/** What a {@link Meeting}'s rules need to know of its history; {@link #INITIAL} before it is recorded. */
public record MeetingState(MeetingId meetingId, LocalDate heldOn) {

    /** A meeting not recorded yet. */
    public static final MeetingState INITIAL = new MeetingState(null, null);

    /** Whether the meeting was recorded. */
    public boolean held() {
        return meetingId != null;
    }
}
