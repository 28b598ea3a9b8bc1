package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** The two states reaffirmed their partnership at a level. */
@StoredEvent(name = "relationship.partnership-reaffirmed")
public record PartnershipReaffirmed(Dyad dyad, LocalDate occurredOn, PartnershipLevel level, List<Source> sources, WrittenDate dateAsWritten) implements RelationshipEvent {

    public PartnershipReaffirmed {
        sources = Values.lenientList(sources);
        dateAsWritten = Values.written(dateAsWritten);
    }

    /** With the exact day {@code occurredOn}. */
    public PartnershipReaffirmed(Dyad dyad, LocalDate occurredOn, PartnershipLevel level, List<Source> sources) {
        this(dyad, occurredOn, level, sources, null);
    }
}
