package dev.entente.application.analysis;

/** Who acts on whom in a coded event, read from the event and, for visits and agreements, from their records. */
public enum Direction {
    /** The guest's country towards the host (a visit made). */
    VISITOR_TO_HOST("visitor → host"),
    /** The host towards the guest's country (a visit hosted). */
    HOST_TO_VISITOR("host → visitor"),
    /** Both ways between guest's country and host: something the two sides did together. */
    BETWEEN_VISITOR_AND_HOST("visitor ↔ host"),
    /** Each country signing towards every other party. */
    SIGNATORY_TO_OTHER_PARTIES("each signing state → each other party"),
    /** The ratifying country towards every other party. */
    RATIFYING_PARTY_TO_OTHER_PARTIES("ratifying state → each other party"),
    /** Every party towards every other party. */
    BETWEEN_PARTIES("each party → each other party"),
    /** Both ways between the two countries of the relationship. */
    BETWEEN_DYAD("both ways"),
    /** The supporting country towards the one supported. */
    SUPPORTER_TO_SUPPORTED("supporter → supported"),
    /** The recognising country towards the one recognised (its independence, or its government). */
    RECOGNISING_TO_RECOGNISED("recognising → recognised"),
    /** The pledging country towards the other country of the relationship. */
    PLEDGING_TO_OTHER("pledging → other"),
    /** Each participant of a hosted meeting but the host, towards the host (none when no state hosted it). */
    PARTICIPANT_TO_HOST("each other participant → host"),
    /** The host of a meeting towards each other participant (none when no state hosted it). */
    HOST_TO_PARTICIPANTS("host → each other participant"),
    /** Every participant towards every other, for a meeting no participant hosted (none when one did). */
    BETWEEN_PARTICIPANTS_WITHOUT_HOST("each participant → each other, when none hosts");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** How docs/analysis.md writes it, e.g. {@code visitor → host}. */
    public String label() {
        return label;
    }
}
