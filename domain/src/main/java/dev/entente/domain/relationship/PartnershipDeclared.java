package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** The two states declared a level of partnership. */
@StoredEvent(name = "relationship.partnership-declared")
public record PartnershipDeclared(Dyad dyad, LocalDate occurredOn, PartnershipLevel level, List<Source> sources) implements RelationshipEvent {

    public PartnershipDeclared {
        sources = Values.lenientList(sources);
    }
}
