package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** The two states declared a level of partnership. */
@StoredEvent(name = "relationship.partnership-declared")
public record PartnershipDeclared(Dyad dyad, LocalDate occurredOn, PartnershipLevel level, List<Source> sources, WrittenDate dateAsWritten) implements RelationshipEvent {

    public PartnershipDeclared {
        sources = Values.lenientList(sources);
        dateAsWritten = Values.written(dateAsWritten);
    }

    /** With the exact day {@code occurredOn}. */
    public PartnershipDeclared(Dyad dyad, LocalDate occurredOn, PartnershipLevel level, List<Source> sources) {
        this(dyad, occurredOn, level, sources, null);
    }
}
