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

    @Override
    public String toString() {
        return value;
    }
}
