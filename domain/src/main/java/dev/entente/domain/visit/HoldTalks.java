package dev.entente.domain.visit;

import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Records talks during a visit: their format, who took part and the sectors discussed. */
public record HoldTalks(VisitId visitId, LocalDate occurredOn, TalksFormat format, List<Dignitary> participants,
                        List<Sector> topics, List<Source> sources) implements VisitCommand {

    public HoldTalks {
        Values.required(visitId, "visit id");
        Values.date(occurredOn, "date of the talks");
        Values.required(format, "format of the talks");
        participants = Values.distinct(participants, "participants");
        topics = Values.distinct(topics, "topics");
        sources = Values.sources(sources);
    }
}
