package dev.entente.domain.visit;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/**
 * Schedules a visit of {@code guest} to {@code host} between two planned dates. {@code occurredOn} is the day it was
 * announced; where sources do not say, the first planned day.
 */
public record ScheduleVisit(VisitId visitId, LocalDate occurredOn, Dignitary guest, Country host, VisitKind kind,
                            LocalDate plannedFrom, LocalDate plannedTo, List<Source> sources) implements VisitCommand {

    public ScheduleVisit {
        Values.required(visitId, "visit id");
        Values.date(occurredOn, "date the visit was scheduled");
        Values.required(guest, "guest");
        Values.required(host, "host country");
        Values.required(kind, "kind of visit");
        Values.date(plannedFrom, "first planned day");
        Values.date(plannedTo, "last planned day");
        sources = Values.sources(sources);
    }
}
