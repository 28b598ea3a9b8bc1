package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Severed diplomatic relations were restored. */
@StoredEvent(name = "relationship.diplomatic-relations-restored")
public record DiplomaticRelationsRestored(Dyad dyad, LocalDate occurredOn, List<Source> sources, WrittenDate dateAsWritten) implements RelationshipEvent {

    public DiplomaticRelationsRestored {
        sources = Values.lenientList(sources);
        dateAsWritten = Values.written(dateAsWritten);
    }

    /** With the exact day {@code occurredOn}. */
    public DiplomaticRelationsRestored(Dyad dyad, LocalDate occurredOn, List<Source> sources) {
        this(dyad, occurredOn, sources, null);
    }
}
