package dev.entente.domain.visit;

import dev.entente.domain.shared.Values;

/** Identifies a visit by a readable slug such as {@code aliyev-pakistan-2024}. */
public record VisitId(String value) {

    public VisitId {
        Values.slug(value, "visit id");
    }

    public static VisitId of(String value) {
        return new VisitId(value);
    }

    /** The id the visit's events are stored under; prefixed so that no other aggregate can share it. */
    public String aggregateId() {
        return "visit:" + value;
    }

    // Written out rather than left to the record, whose first equals or hashCode builds its method handles at run
    // time, a cost a question pays on start-up (docs/adr/0014); the same results, the hash the record would give.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof VisitId id && value.equals(id.value);
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
