package dev.entente.domain.agreement;

import dev.entente.domain.shared.Values;

/** Identifies an agreement by a readable slug such as {@code az-pk-preferential-trade-2024}. */
public record AgreementId(String value) {

    public AgreementId {
        Values.slug(value, "agreement id");
    }

    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    /** The id the agreement's events are stored under; prefixed so that no other aggregate can share it. */
    public String aggregateId() {
        return "agreement:" + value;
    }

    // Written out rather than left to the record, whose first equals or hashCode builds its method handles at run
    // time, a cost a question pays on start-up (docs/adr/0014); the same results, the hash the record would give.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AgreementId id && value.equals(id.value);
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
