package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** One state declared support for the other's position on an issue, possibly at a forum. */
@StoredEvent(name = "relationship.support-declared")
public record SupportDeclared(Dyad dyad, LocalDate occurredOn, Country supporter, Country supported, String issue,
                              String forum, List<Source> sources, WrittenDate dateAsWritten) implements RelationshipEvent {

    public SupportDeclared {
        sources = Values.lenientList(sources);
        dateAsWritten = Values.written(dateAsWritten);
    }

    /** With the exact day {@code occurredOn}. */
    public SupportDeclared(Dyad dyad, LocalDate occurredOn, Country supporter, Country supported, String issue, String forum, List<Source> sources) {
        this(dyad, occurredOn, supporter, supported, issue, forum, sources, null);
    }
}
