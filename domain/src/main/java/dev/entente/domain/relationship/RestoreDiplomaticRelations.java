package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Records that severed diplomatic relations were restored. */
public record RestoreDiplomaticRelations(Dyad dyad, LocalDate occurredOn, List<Source> sources, WrittenDate dateAsWritten)
        implements RelationshipCommand {

    public RestoreDiplomaticRelations {
        Values.required(dyad, "dyad");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date relations were restored");
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}. */
    public RestoreDiplomaticRelations(Dyad dyad, LocalDate occurredOn, List<Source> sources) {
        this(dyad, occurredOn, sources, null);
    }
}
