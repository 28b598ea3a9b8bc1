package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** A ceremony was held during a visit; {@code documentsSigned} is the number signed in all, if stated, else null. */
@StoredEvent(name = "visit.ceremony-held")
public record CeremonyHeld(VisitId visitId, LocalDate occurredOn, CeremonyKind kind, String description, String place,
                           List<Source> sources, Integer documentsSigned,
                           WrittenDate dateAsWritten) implements VisitEvent {

    public CeremonyHeld {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public CeremonyHeld(VisitId visitId, LocalDate occurredOn, CeremonyKind kind, String description, String place,
                        List<Source> sources, Integer documentsSigned) {
        this(visitId, occurredOn, kind, description, place, sources, documentsSigned, null);
    }

    /** A ceremony whose sources give no number of documents signed. */
    public CeremonyHeld(VisitId visitId, LocalDate occurredOn, CeremonyKind kind, String description, String place,
                        List<Source> sources) {
        this(visitId, occurredOn, kind, description, place, sources, null);
    }
}
