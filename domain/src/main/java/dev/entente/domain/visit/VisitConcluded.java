package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** The guest departed and the visit ended. */
@StoredEvent(name = "visit.concluded")
public record VisitConcluded(VisitId visitId, LocalDate occurredOn, String place, List<Source> sources) implements VisitEvent {

    public VisitConcluded {
        sources = Values.lenientList(sources);
    }
}
