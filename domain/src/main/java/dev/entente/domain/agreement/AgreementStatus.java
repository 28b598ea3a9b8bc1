package dev.entente.domain.agreement;

/** Where an agreement stands on a date. */
public enum AgreementStatus {
    CONCLUDED, SIGNED, PROVISIONALLY_APPLIED, IN_FORCE, SUSPENDED, TERMINATED, EXPIRED;

    /** Whether the agreement produces its effects: in force or provisionally applied (suspended does not). */
    public boolean isEffective() {
        return this == IN_FORCE || this == PROVISIONALLY_APPLIED;
    }
}
