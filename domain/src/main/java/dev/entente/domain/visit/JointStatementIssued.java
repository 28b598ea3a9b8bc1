package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** A joint statement was issued during a visit. */
@StoredEvent(name = "visit.joint-statement-issued")
public record JointStatementIssued(VisitId visitId, LocalDate occurredOn, String title, String summary, List<Source> sources) implements VisitEvent {

    public JointStatementIssued {
        sources = Values.lenientList(sources);
    }
}
