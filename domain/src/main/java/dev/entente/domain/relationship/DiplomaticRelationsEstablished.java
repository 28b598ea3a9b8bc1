package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** The two states established diplomatic relations. */
@StoredEvent(name = "relationship.diplomatic-relations-established")
public record DiplomaticRelationsEstablished(Dyad dyad, LocalDate occurredOn, List<Source> sources, WrittenDate dateAsWritten) implements RelationshipEvent {

    public DiplomaticRelationsEstablished {
        sources = Values.lenientList(sources);
        dateAsWritten = Values.written(dateAsWritten);
    }

    /** With the exact day {@code occurredOn}. */
    public DiplomaticRelationsEstablished(Dyad dyad, LocalDate occurredOn, List<Source> sources) {
        this(dyad, occurredOn, sources, null);
    }
}
