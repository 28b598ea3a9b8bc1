package dev.entente.domain.visit;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import java.time.LocalDate;

/**
 * What a {@link Visit}'s rules need to know of its history; {@link #INITIAL} before it is scheduled. Its days of change,
 * arrival and latest step are the days the history certainly reaches (ADR 0023): for a step the sources date only in
 * part, the first day of its interval, or {@link LocalDate#MIN} when an uncertain, approximate or "on or before" date
 * proves nothing.
 */
public record VisitState(VisitId visitId, Dignitary guest, Country host, VisitKind kind, LocalDate plannedFrom,
                         LocalDate plannedTo, LocalDate scheduledOn, LocalDate lastChangeOn, VisitStatus status,
                         LocalDate arrivedOn, LocalDate latestStepOn) {

    /** A visit not scheduled yet. */
    public static final VisitState INITIAL = new VisitState(null, null, null, null, null, null, null, null, null,
            null, null);

    /** Whether the visit was scheduled. */
    public boolean scheduled() {
        return visitId != null;
    }

    VisitState planned(LocalDate from, LocalDate to, LocalDate changedOn) {
        return new VisitState(visitId, guest, host, kind, from, to, scheduledOn, changedOn, status, arrivedOn,
                latestStepOn);
    }

    VisitState withStatus(VisitStatus newStatus, LocalDate changedOn) {
        return new VisitState(visitId, guest, host, kind, plannedFrom, plannedTo, scheduledOn, changedOn, newStatus,
                arrivedOn, latestStepOn);
    }

    VisitState stepped(LocalDate arrived, LocalDate latestStep, VisitStatus newStatus) {
        return new VisitState(visitId, guest, host, kind, plannedFrom, plannedTo, scheduledOn, lastChangeOn,
                newStatus, arrived, latestStep);
    }
}
