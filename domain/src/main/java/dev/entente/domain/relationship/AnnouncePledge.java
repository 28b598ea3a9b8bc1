package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Records that {@code pledgedBy} announced a pledge to the other state of the dyad, such as an investment: what, in
 * the sources' words ({@code pledge}), the amount as they state it ({@code amount}, e.g. "an initial $2 billion";
 * null when none is stated), and the sectors it concerns. A pledge is a statement of intent, not an agreement.
 */
public record AnnouncePledge(Dyad dyad, LocalDate occurredOn, Country pledgedBy, String pledge, String amount,
                         List<Sector> sectors, List<Source> sources, WrittenDate dateAsWritten)
        implements RelationshipCommand {

    public AnnouncePledge {
        Values.required(dyad, "dyad");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the pledge");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(pledgedBy, "pledging country");
        pledge = Values.text(pledge, "what was pledged");
        amount = Values.optionalText(amount);
        sectors = Values.distinct(sectors, "sectors");
        sources = Values.sources(sources);
    }
}
