package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Records that {@code recognising} recognised the independence of {@code recognised}. */
public record RecogniseIndependence(Dyad dyad, LocalDate occurredOn, Country recognising, Country recognised,
                                    List<Source> sources) implements RelationshipCommand {

    public RecogniseIndependence {
        Values.required(dyad, "dyad");
        Values.date(occurredOn, "date of recognition");
        Values.required(recognising, "recognising country");
        Values.required(recognised, "recognised country");
        sources = Values.sources(sources);
    }
}
