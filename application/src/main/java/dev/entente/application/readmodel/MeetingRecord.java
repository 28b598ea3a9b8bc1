package dev.entente.application.readmodel;

import dev.entente.domain.meeting.MeetingHeld;
import dev.entente.domain.meeting.MeetingId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A multilateral meeting as the read models keep it: the one event that records it, at global index
 * {@code position}, with the annotations recorded beside it. Stored once and linked to every dyad among its
 * participants, so that a dyad's question reads only that dyad's links (ADR 0020).
 */
public record MeetingRecord(MeetingHeld held, long position, List<AnnotatedFact> annotations) {

    public MeetingRecord {
        Objects.requireNonNull(held, "held");
        annotations = Folds.list(annotations);
    }

    /** The record of {@code held}, stored at {@code position} with {@code annotations}. */
    public static MeetingRecord of(MeetingHeld held, long position, Annotations annotations) {
        return new MeetingRecord(held, position,
                Folds.annotated(List.of(), Describe.kindOf(held), held.occurredOn(), position, annotations));
    }

    public MeetingId id() {
        return held.meetingId();
    }

    /** The day it was held. */
    public LocalDate heldOn() {
        return held.occurredOn();
    }
}
