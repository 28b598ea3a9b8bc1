package dev.entente.domain.visit;

import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Records the guest's arrival: where, who received them, and the honours rendered. */
public record RecordArrival(VisitId visitId, LocalDate occurredOn, String place, List<Dignitary> receivedBy,
                            Honours honours, List<Source> sources) implements VisitCommand {

    public RecordArrival {
        Values.required(visitId, "visit id");
        Values.date(occurredOn, "date of arrival");
        place = Values.text(place, "place of arrival");
        receivedBy = Values.distinct(receivedBy, "received by");
        honours = honours == null ? Honours.none() : honours;
        sources = Values.sources(sources);
    }
}
