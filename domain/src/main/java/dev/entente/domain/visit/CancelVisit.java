package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Calls off a visit before the guest arrived. */
public record CancelVisit(VisitId visitId, LocalDate occurredOn, String reason, List<Source> sources)
        implements VisitCommand {

    public CancelVisit {
        Values.required(visitId, "visit id");
        Values.date(occurredOn, "date of the cancellation");
        reason = Values.optionalText(reason);
        sources = Values.sources(sources);
    }
}
