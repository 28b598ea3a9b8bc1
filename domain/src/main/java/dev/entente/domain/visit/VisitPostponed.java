package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** A visit that had not begun was moved to new dates. */
@StoredEvent(name = "visit.postponed")
public record VisitPostponed(VisitId visitId, LocalDate occurredOn, LocalDate plannedFrom, LocalDate plannedTo,
                             String reason, List<Source> sources) implements VisitEvent {

    public VisitPostponed {
        sources = Values.lenientList(sources);
    }
}
