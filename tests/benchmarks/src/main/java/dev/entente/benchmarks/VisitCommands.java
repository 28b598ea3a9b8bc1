package dev.entente.benchmarks;

import dev.entente.chronicles.Cast;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.visit.ConcludeVisit;
import dev.entente.domain.visit.GuestArrived;
import dev.entente.domain.visit.GunSalute;
import dev.entente.domain.visit.Honours;
import dev.entente.domain.visit.RecordArrival;
import dev.entente.domain.visit.ScheduleVisit;
import dev.entente.domain.visit.VisitConcluded;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitScheduled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code count} commands to fresh visits across {@link Cast#DYADS}, each recording one event: every visit is
 * scheduled, its guest arrives with honours, and departs. Alongside each command, the event the visit records
 * for it, for the raw-insert baseline.
 */
final class VisitCommands {

    /** One command, and the event (with its place in its aggregate's stream) it records. */
    record Step(Object command, String aggregateId, long sequenceNumber, Object event, String storedName,
                String revision) {
    }

    private VisitCommands() {
    }

    static List<Step> steps(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("At least one command is needed, asked for " + count);
        }
        List<Step> steps = new ArrayList<>(count);
        for (int visitIndex = 0; steps.size() < count; visitIndex++) {
            Dyad dyad = Cast.DYADS.get(visitIndex % Cast.DYADS.size());
            Country guestCountry = visitIndex % 2 == 0 ? dyad.first() : dyad.second();
            Country host = dyad.other(guestCountry);
            Dignitary guest = Cast.headOfState(guestCountry);
            VisitId visit = VisitId.of("c-" + Cast.slug(dyad) + "-" + visitIndex);
            LocalDate day = Cast.FIRST_DAY.plusDays(visitIndex);
            String aggregateId = visit.aggregateId();
            Honours honours = new Honours(true, GunSalute.of(21), true, List.of());
            String airport = Cast.capitalOf(host) + " airport";
            List<Dignitary> receivedBy = List.of(Cast.headOfGovernment(host));

            steps.add(step(new ScheduleVisit(visit, day.minusDays(10), guest, host, VisitKind.STATE, day,
                            day.plusDays(1), Cast.SOURCES), aggregateId, 0,
                    new VisitScheduled(visit, day.minusDays(10), guest, host, VisitKind.STATE, day, day.plusDays(1),
                            Cast.SOURCES)));
            if (steps.size() < count) {
                steps.add(step(new RecordArrival(visit, day, airport, receivedBy, honours, Cast.SOURCES), aggregateId, 1,
                        new GuestArrived(visit, day, airport, receivedBy, honours, Cast.SOURCES)));
            }
            if (steps.size() < count) {
                steps.add(step(new ConcludeVisit(visit, day.plusDays(1), airport, Cast.SOURCES), aggregateId, 2,
                        new VisitConcluded(visit, day.plusDays(1), airport, Cast.SOURCES)));
            }
        }
        return List.copyOf(steps);
    }

    private static Step step(Object command, String aggregateId, long sequenceNumber, Object event) {
        StoredEvent stored = event.getClass().getAnnotation(StoredEvent.class);
        return new Step(command, aggregateId, sequenceNumber, event, stored.name(), stored.revision());
    }
}
