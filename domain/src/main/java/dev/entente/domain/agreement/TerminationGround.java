package dev.entente.domain.agreement;

/** Why an agreement ended (VCLT arts. 54, 56, 59). */
public enum TerminationGround {
    MUTUAL_CONSENT, DENUNCIATION, SUPERSEDED
}
