package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Records that the two states reaffirmed their partnership at a level. When no declaration of that level is on
 * record (the history may start later), the reaffirmation attests the level from its own date.
 */
public record ReaffirmPartnership(Dyad dyad, LocalDate occurredOn, PartnershipLevel level, List<Source> sources, WrittenDate dateAsWritten)
        implements RelationshipCommand {

    public ReaffirmPartnership {
        Values.required(dyad, "dyad");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the reaffirmation");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(level, "partnership level");
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}. */
    public ReaffirmPartnership(Dyad dyad, LocalDate occurredOn, PartnershipLevel level, List<Source> sources) {
        this(dyad, occurredOn, level, sources, null);
    }
}
