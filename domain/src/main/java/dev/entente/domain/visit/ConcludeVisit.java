package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Records the guest's departure, which ends the visit. */
public record ConcludeVisit(VisitId visitId, LocalDate occurredOn, String place, List<Source> sources,
                            WrittenDate dateAsWritten)
        implements VisitCommand {

    public ConcludeVisit {
        Values.required(visitId, "visit id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of departure");
        dateAsWritten = Values.written(dateAsWritten);
        place = Values.optionalText(place);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public ConcludeVisit(VisitId visitId, LocalDate occurredOn, String place, List<Source> sources) {
        this(visitId, occurredOn, place, sources, null);
    }
}
