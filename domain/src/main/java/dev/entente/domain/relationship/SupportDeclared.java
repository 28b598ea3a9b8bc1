package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** One state declared support for the other's position on an issue, possibly at a forum. */
@StoredEvent(name = "relationship.support-declared")
public record SupportDeclared(Dyad dyad, LocalDate occurredOn, Country supporter, Country supported, String issue,
                              String forum, List<Source> sources) implements RelationshipEvent {

    public SupportDeclared {
        sources = Values.lenientList(sources);
    }
}
