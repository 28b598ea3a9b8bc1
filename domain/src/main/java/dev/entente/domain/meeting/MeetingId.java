package dev.entente.domain.meeting;

import dev.entente.domain.shared.Values;

/** Identifies a multilateral meeting by a readable slug such as {@code az-pk-tr-summit-2024}. */
public record MeetingId(String value) {

    public MeetingId {
        Values.slug(value, "meeting id");
    }

    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    /** The id the meeting's events are stored under; prefixed so that no other aggregate can share it (ADR 0001). */
    public String aggregateId() {
        return "meeting:" + value;
    }

    // Written out rather than left to the record, whose first equals or hashCode builds its method handles at run
    // time, a cost a question pays on start-up (docs/adr/0014); the same results, the hash the record would give.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof MeetingId id && value.equals(id.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
