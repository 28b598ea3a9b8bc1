package dev.entente.application.analysis;

/** Who acts on whom in a coded event, read from the event and, for visits and agreements, from their records. */
public enum Direction {
    /** The guest's country towards the host (a visit made). */
    VISITOR_TO_HOST,
    /** The host towards the guest's country (a visit hosted). */
    HOST_TO_VISITOR,
    /** Both ways between guest's country and host: something the two sides did together. */
    BETWEEN_VISITOR_AND_HOST,
    /** Each country signing towards every other party. */
    SIGNATORY_TO_OTHER_PARTIES,
    /** The ratifying country towards every other party. */
    RATIFYING_PARTY_TO_OTHER_PARTIES,
    /** Every party towards every other party. */
    BETWEEN_PARTIES,
    /** Both ways between the two countries of the relationship. */
    BETWEEN_DYAD,
    /** The supporting country towards the one supported. */
    SUPPORTER_TO_SUPPORTED,
    /** The recognising country towards the one recognised. */
    RECOGNISING_TO_RECOGNISED
}
