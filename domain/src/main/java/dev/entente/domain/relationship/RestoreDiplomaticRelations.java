package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Records that severed diplomatic relations were restored. */
public record RestoreDiplomaticRelations(Dyad dyad, LocalDate occurredOn, List<Source> sources)
        implements RelationshipCommand {

    public RestoreDiplomaticRelations {
        Values.required(dyad, "dyad");
        Values.date(occurredOn, "date relations were restored");
        sources = Values.sources(sources);
    }
}
