package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Records that {@code recognising} recognised a government of {@code recognised}, e.g. a new government after a
 * revolution: a different fact from recognising the state's independence, and one that may recur.
 * {@code government} names it in the sources' words (e.g. "the Provisional Government"); null when they don't.
 */
public record RecogniseGovernment(Dyad dyad, LocalDate occurredOn, Country recognising, Country recognised,
                                  String government, List<Source> sources, WrittenDate dateAsWritten)
        implements RelationshipCommand {

    public RecogniseGovernment {
        Values.required(dyad, "dyad");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of recognition");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(recognising, "recognising country");
        Values.required(recognised, "country whose government is recognised");
        government = Values.optionalText(government);
        sources = Values.sources(sources);
    }
}
