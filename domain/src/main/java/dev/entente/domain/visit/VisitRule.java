package dev.entente.domain.visit;

import dev.entente.domain.shared.Rule;

/** The rules a {@link Visit} enforces, each with its stable code. */
public enum VisitRule implements Rule {
    ALREADY_SCHEDULED("visit.already-scheduled"),
    UNKNOWN("visit.unknown"),
    GUEST_IS_HOST("visit.guest-is-host"),
    PLANNED_DATES_OUT_OF_ORDER("visit.planned-dates-out-of-order"),
    SCHEDULED_AFTER_PLANNED_START("visit.scheduled-after-planned-start"),
    DATED_BEFORE_LAST_CHANGE("visit.dated-before-last-change"),
    POSTPONEMENT_NOT_LATER("visit.postponement-not-later"),
    POSTPONEMENT_AFTER_ARRIVAL("visit.postponement-after-arrival"),
    CANCELLATION_AFTER_ARRIVAL("visit.cancellation-after-arrival"),
    CANCELLED("visit.cancelled"),
    ALREADY_CONCLUDED("visit.already-concluded"),
    ALREADY_ARRIVED("visit.already-arrived"),
    ARRIVAL_OUTSIDE_PLANNED_WINDOW("visit.arrival-outside-planned-window"),
    NOT_YET_ARRIVED("visit.not-yet-arrived"),
    STEP_BEFORE_ARRIVAL("visit.step-before-arrival"),
    DEPARTURE_BEFORE_LAST_STEP("visit.departure-before-last-step"),
    PRIVATE_VISIT_WITH_HONOURS("visit.private-visit-with-honours"),
    GUN_SALUTE_ROUNDS_INVALID("visit.gun-salute-rounds-invalid"),
    GUN_SALUTE_ABOVE_OFFICE("visit.gun-salute-above-office"),
    TALKS_WITHOUT_BOTH_SIDES("visit.talks-without-both-sides");

    private final String code;

    VisitRule(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
