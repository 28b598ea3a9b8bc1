package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** One state announced a pledge to the other, such as an investment; {@code amount} as the sources state it, or null. */
@StoredEvent(name = "relationship.pledge-announced")
public record PledgeAnnounced(Dyad dyad, LocalDate occurredOn, Country pledgedBy, String pledge, String amount,
                         List<Sector> sectors, List<Source> sources, WrittenDate dateAsWritten)
        implements RelationshipEvent {

    public PledgeAnnounced {
        sectors = Values.lenientList(sectors);
        sources = Values.lenientList(sources);
        dateAsWritten = Values.written(dateAsWritten);
    }

    /** The state the pledge was made to. */
    public Country pledgedTo() {
        return dyad.other(pledgedBy);
    }
}
