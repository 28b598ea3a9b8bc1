package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Records that the two states of the dyad established diplomatic relations. */
public record EstablishDiplomaticRelations(Dyad dyad, LocalDate occurredOn, List<Source> sources)
        implements RelationshipCommand {

    public EstablishDiplomaticRelations {
        Values.required(dyad, "dyad");
        Values.date(occurredOn, "date relations were established");
        sources = Values.sources(sources);
    }
}
