package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** A joint statement was issued during a visit. */
@StoredEvent(name = "visit.joint-statement-issued")
public record JointStatementIssued(VisitId visitId, LocalDate occurredOn, String title, String summary,
                                   List<Source> sources, WrittenDate dateAsWritten) implements VisitEvent {

    public JointStatementIssued {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public JointStatementIssued(VisitId visitId, LocalDate occurredOn, String title, String summary,
                                List<Source> sources) {
        this(visitId, occurredOn, title, summary, sources, null);
    }
}
