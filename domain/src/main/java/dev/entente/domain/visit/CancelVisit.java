package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Calls off a visit before the guest arrived. */
public record CancelVisit(VisitId visitId, LocalDate occurredOn, String reason, List<Source> sources,
                          WrittenDate dateAsWritten)
        implements VisitCommand {

    public CancelVisit {
        Values.required(visitId, "visit id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the cancellation");
        dateAsWritten = Values.written(dateAsWritten);
        reason = Values.optionalText(reason);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public CancelVisit(VisitId visitId, LocalDate occurredOn, String reason, List<Source> sources) {
        this(visitId, occurredOn, reason, sources, null);
    }
}
