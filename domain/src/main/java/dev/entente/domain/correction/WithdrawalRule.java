package dev.entente.domain.correction;

import dev.entente.domain.shared.Rule;

/** The rules a withdrawal keeps, each with its stable code. */
public enum WithdrawalRule implements Rule {
    /** A withdrawal names events the aggregate does not have (or another withdrawal). */
    NOTHING_TO_WITHDRAW("withdrawal.nothing-to-withdraw"),
    /** A withdrawal names an event already withdrawn. */
    ALREADY_WITHDRAWN("withdrawal.already-withdrawn"),
    /**
     * The event that starts a visit, an agreement or a meeting (its scheduling, conclusion, holding) is withdrawn
     * while later events of it stand: they were decided on it, so they are withdrawn or corrected first.
     */
    FIRST_EVENT_BEFORE_LATER_ONES("withdrawal.first-event-before-later-ones"),
    /** A withdrawal cites no source: an error must be shown, as a fact must. */
    WITHOUT_SOURCES("withdrawal.without-sources");

    private final String code;

    WithdrawalRule(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
