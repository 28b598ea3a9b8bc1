package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Records that {@code severedBy} broke off diplomatic relations with the other state of the dyad. */
public record SeverDiplomaticRelations(Dyad dyad, LocalDate occurredOn, Country severedBy, String reason,
                                       List<Source> sources, WrittenDate dateAsWritten) implements RelationshipCommand {

    public SeverDiplomaticRelations {
        Values.required(dyad, "dyad");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date relations were severed");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(severedBy, "country that severed relations");
        reason = Values.optionalText(reason);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}. */
    public SeverDiplomaticRelations(Dyad dyad, LocalDate occurredOn, Country severedBy, String reason, List<Source> sources) {
        this(dyad, occurredOn, severedBy, reason, sources, null);
    }
}
