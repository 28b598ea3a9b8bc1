package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** One state recognised a government of the other; {@code government} may be null when the sources don't name it. */
@StoredEvent(name = "relationship.government-recognised")
public record GovernmentRecognised(Dyad dyad, LocalDate occurredOn, Country recognising, Country recognised,
                                   String government, List<Source> sources, WrittenDate dateAsWritten)
        implements RelationshipEvent {

    public GovernmentRecognised {
        sources = Values.lenientList(sources);
        dateAsWritten = Values.written(dateAsWritten);
    }
}
