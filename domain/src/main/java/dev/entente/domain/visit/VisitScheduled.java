package dev.entente.domain.visit;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** A visit was scheduled. */
@StoredEvent(name = "visit.scheduled")
public record VisitScheduled(VisitId visitId, LocalDate occurredOn, Dignitary guest, Country host, VisitKind kind,
                             LocalDate plannedFrom, LocalDate plannedTo, List<Source> sources, WrittenDate dateAsWritten) implements VisitEvent {

    public VisitScheduled {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public VisitScheduled(VisitId visitId, LocalDate occurredOn, Dignitary guest, Country host, VisitKind kind,
                          LocalDate plannedFrom, LocalDate plannedTo, List<Source> sources) {
        this(visitId, occurredOn, guest, host, kind, plannedFrom, plannedTo, sources, null);
    }
}
