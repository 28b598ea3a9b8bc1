package dev.entente.domain.visit;

import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Talks were held during a visit. */
@StoredEvent(name = "visit.talks-held")
public record TalksHeld(VisitId visitId, LocalDate occurredOn, TalksFormat format, List<Dignitary> participants,
                        List<Sector> topics, List<Source> sources) implements VisitEvent {

    public TalksHeld {
        sources = Values.lenientList(sources);
        participants = Values.lenientList(participants);
        topics = Values.lenientList(topics);
    }
}
