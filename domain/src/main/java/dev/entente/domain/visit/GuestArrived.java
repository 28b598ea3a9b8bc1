package dev.entente.domain.visit;

import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** The guest arrived and was received, with the honours rendered. */
@StoredEvent(name = "visit.guest-arrived")
public record GuestArrived(VisitId visitId, LocalDate occurredOn, String place, List<Dignitary> receivedBy,
                           Honours honours, List<Source> sources) implements VisitEvent {

    public GuestArrived {
        sources = Values.lenientList(sources);
        receivedBy = Values.lenientList(receivedBy);
        honours = honours == null ? Honours.none() : honours;
    }
}
