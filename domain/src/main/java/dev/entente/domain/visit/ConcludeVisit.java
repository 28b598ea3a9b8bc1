package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Records the guest's departure, which ends the visit. */
public record ConcludeVisit(VisitId visitId, LocalDate occurredOn, String place, List<Source> sources)
        implements VisitCommand {

    public ConcludeVisit {
        Values.required(visitId, "visit id");
        Values.date(occurredOn, "date of departure");
        place = Values.optionalText(place);
        sources = Values.sources(sources);
    }
}
