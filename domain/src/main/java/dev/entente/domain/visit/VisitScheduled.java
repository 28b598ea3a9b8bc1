package dev.entente.domain.visit;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** A visit was scheduled. */
@StoredEvent(name = "visit.scheduled")
public record VisitScheduled(VisitId visitId, LocalDate occurredOn, Dignitary guest, Country host, VisitKind kind,
                             LocalDate plannedFrom, LocalDate plannedTo, List<Source> sources) implements VisitEvent {

    public VisitScheduled {
        sources = Values.lenientList(sources);
    }
}
