package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Records that the two states of the dyad established diplomatic relations. */
public record EstablishDiplomaticRelations(Dyad dyad, LocalDate occurredOn, List<Source> sources, WrittenDate dateAsWritten)
        implements RelationshipCommand {

    public EstablishDiplomaticRelations {
        Values.required(dyad, "dyad");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date relations were established");
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}. */
    public EstablishDiplomaticRelations(Dyad dyad, LocalDate occurredOn, List<Source> sources) {
        this(dyad, occurredOn, sources, null);
    }
}
