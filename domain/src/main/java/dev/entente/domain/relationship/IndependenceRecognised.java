package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** One state recognised the other's independence. */
@StoredEvent(name = "relationship.independence-recognised")
public record IndependenceRecognised(Dyad dyad, LocalDate occurredOn, Country recognising, Country recognised, List<Source> sources, WrittenDate dateAsWritten) implements RelationshipEvent {

    public IndependenceRecognised {
        sources = Values.lenientList(sources);
        dateAsWritten = Values.written(dateAsWritten);
    }

    /** With the exact day {@code occurredOn}. */
    public IndependenceRecognised(Dyad dyad, LocalDate occurredOn, Country recognising, Country recognised, List<Source> sources) {
        this(dyad, occurredOn, recognising, recognised, sources, null);
    }
}
