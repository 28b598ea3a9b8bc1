package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Moves a visit that has not begun to new, later dates. */
public record PostponeVisit(VisitId visitId, LocalDate occurredOn, LocalDate plannedFrom, LocalDate plannedTo,
                            String reason, List<Source> sources) implements VisitCommand {

    public PostponeVisit {
        Values.required(visitId, "visit id");
        Values.date(occurredOn, "date of the postponement");
        Values.date(plannedFrom, "new first planned day");
        Values.date(plannedTo, "new last planned day");
        reason = Values.optionalText(reason);
        sources = Values.sources(sources);
    }
}
