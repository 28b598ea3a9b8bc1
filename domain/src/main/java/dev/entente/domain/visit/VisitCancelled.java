package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** A visit was called off before the guest arrived. */
@StoredEvent(name = "visit.cancelled")
public record VisitCancelled(VisitId visitId, LocalDate occurredOn, String reason, List<Source> sources) implements VisitEvent {

    public VisitCancelled {
        sources = Values.lenientList(sources);
    }
}
