package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Records that {@code recognising} recognised the independence of {@code recognised}. */
public record RecogniseIndependence(Dyad dyad, LocalDate occurredOn, Country recognising, Country recognised,
                                    List<Source> sources, WrittenDate dateAsWritten) implements RelationshipCommand {

    public RecogniseIndependence {
        Values.required(dyad, "dyad");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of recognition");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(recognising, "recognising country");
        Values.required(recognised, "recognised country");
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}. */
    public RecogniseIndependence(Dyad dyad, LocalDate occurredOn, Country recognising, Country recognised, List<Source> sources) {
        this(dyad, occurredOn, recognising, recognised, sources, null);
    }
}
