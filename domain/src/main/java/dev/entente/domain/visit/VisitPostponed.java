package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** A visit that had not begun was moved to new dates. */
@StoredEvent(name = "visit.postponed")
public record VisitPostponed(VisitId visitId, LocalDate occurredOn, LocalDate plannedFrom, LocalDate plannedTo,
                             String reason, List<Source> sources, WrittenDate dateAsWritten) implements VisitEvent {

    public VisitPostponed {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public VisitPostponed(VisitId visitId, LocalDate occurredOn, LocalDate plannedFrom, LocalDate plannedTo,
                          String reason, List<Source> sources) {
        this(visitId, occurredOn, plannedFrom, plannedTo, reason, sources, null);
    }
}
