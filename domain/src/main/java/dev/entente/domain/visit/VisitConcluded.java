package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** The guest departed and the visit ended. */
@StoredEvent(name = "visit.concluded")
public record VisitConcluded(VisitId visitId, LocalDate occurredOn, String place, List<Source> sources,
                             WrittenDate dateAsWritten) implements VisitEvent {

    public VisitConcluded {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public VisitConcluded(VisitId visitId, LocalDate occurredOn, String place, List<Source> sources) {
        this(visitId, occurredOn, place, sources, null);
    }
}
