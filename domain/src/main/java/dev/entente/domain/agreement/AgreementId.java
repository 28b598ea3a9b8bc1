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

    @Override
    public String toString() {
        return value;
    }
}
