package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Records that the two states declared a (new) level of partnership, e.g. a strategic partnership. */
public record DeclarePartnership(Dyad dyad, LocalDate occurredOn, PartnershipLevel level, List<Source> sources, WrittenDate dateAsWritten)
        implements RelationshipCommand {

    public DeclarePartnership {
        Values.required(dyad, "dyad");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the declaration");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(level, "partnership level");
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}. */
    public DeclarePartnership(Dyad dyad, LocalDate occurredOn, PartnershipLevel level, List<Source> sources) {
        this(dyad, occurredOn, level, sources, null);
    }
}
