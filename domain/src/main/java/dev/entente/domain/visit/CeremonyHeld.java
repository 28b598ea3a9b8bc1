package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** A ceremony was held during a visit. */
@StoredEvent(name = "visit.ceremony-held")
public record CeremonyHeld(VisitId visitId, LocalDate occurredOn, CeremonyKind kind, String description, String place, List<Source> sources) implements VisitEvent {

    public CeremonyHeld {
        sources = Values.lenientList(sources);
    }
}
