package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** One state broke off diplomatic relations with the other. */
@StoredEvent(name = "relationship.diplomatic-relations-severed")
public record DiplomaticRelationsSevered(Dyad dyad, LocalDate occurredOn, Country severedBy, String reason, List<Source> sources, WrittenDate dateAsWritten) implements RelationshipEvent {

    public DiplomaticRelationsSevered {
        sources = Values.lenientList(sources);
        dateAsWritten = Values.written(dateAsWritten);
    }

    /** With the exact day {@code occurredOn}. */
    public DiplomaticRelationsSevered(Dyad dyad, LocalDate occurredOn, Country severedBy, String reason, List<Source> sources) {
        this(dyad, occurredOn, severedBy, reason, sources, null);
    }
}
