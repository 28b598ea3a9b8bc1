package dev.entente.domain.agreement;

/**
 * Why an agreement ended (VCLT arts. 54, 56, 59). {@code NON_RENEWAL}: a party gave notice that an agreement renewed
 * automatically will not be renewed, so it ends at the end of the current period.
 */
public enum TerminationGround {
    MUTUAL_CONSENT, DENUNCIATION, SUPERSEDED, NON_RENEWAL
}
