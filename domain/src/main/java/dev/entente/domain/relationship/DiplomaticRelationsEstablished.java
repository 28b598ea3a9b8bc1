package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** The two states established diplomatic relations. */
@StoredEvent(name = "relationship.diplomatic-relations-established")
public record DiplomaticRelationsEstablished(Dyad dyad, LocalDate occurredOn, List<Source> sources) implements RelationshipEvent {

    public DiplomaticRelationsEstablished {
        sources = Values.lenientList(sources);
    }
}
