package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** A visit was called off before the guest arrived. */
@StoredEvent(name = "visit.cancelled")
public record VisitCancelled(VisitId visitId, LocalDate occurredOn, String reason, List<Source> sources,
                             WrittenDate dateAsWritten) implements VisitEvent {

    public VisitCancelled {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public VisitCancelled(VisitId visitId, LocalDate occurredOn, String reason, List<Source> sources) {
        this(visitId, occurredOn, reason, sources, null);
    }
}
