package dev.entente.domain.visit;

import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Talks were held during a visit. */
@StoredEvent(name = "visit.talks-held")
public record TalksHeld(VisitId visitId, LocalDate occurredOn, TalksFormat format, List<Dignitary> participants,
                        List<Sector> topics, List<Source> sources, WrittenDate dateAsWritten) implements VisitEvent {

    public TalksHeld {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
        participants = Values.lenientList(participants);
        topics = Values.lenientList(topics);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public TalksHeld(VisitId visitId, LocalDate occurredOn, TalksFormat format, List<Dignitary> participants,
                     List<Sector> topics, List<Source> sources) {
        this(visitId, occurredOn, format, participants, topics, sources, null);
    }
}
