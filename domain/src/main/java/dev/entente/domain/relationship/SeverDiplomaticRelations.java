package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Records that {@code severedBy} broke off diplomatic relations with the other state of the dyad. */
public record SeverDiplomaticRelations(Dyad dyad, LocalDate occurredOn, Country severedBy, String reason,
                                       List<Source> sources) implements RelationshipCommand {

    public SeverDiplomaticRelations {
        Values.required(dyad, "dyad");
        Values.date(occurredOn, "date relations were severed");
        Values.required(severedBy, "country that severed relations");
        reason = Values.optionalText(reason);
        sources = Values.sources(sources);
    }
}
