package dev.entente.domain.visit;

import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** The guest arrived and was received, with the honours rendered. */
@StoredEvent(name = "visit.guest-arrived")
public record GuestArrived(VisitId visitId, LocalDate occurredOn, String place, List<Dignitary> receivedBy,
                           Honours honours, List<Source> sources, WrittenDate dateAsWritten) implements VisitEvent {

    public GuestArrived {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
        receivedBy = Values.lenientList(receivedBy);
        honours = honours == null ? Honours.none() : honours;
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public GuestArrived(VisitId visitId, LocalDate occurredOn, String place, List<Dignitary> receivedBy,
                        Honours honours, List<Source> sources) {
        this(visitId, occurredOn, place, receivedBy, honours, sources, null);
    }
}
