package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Records a joint statement or communiqué issued during a visit. */
public record IssueJointStatement(VisitId visitId, LocalDate occurredOn, String title, String summary,
                                  List<Source> sources) implements VisitCommand {

    public IssueJointStatement {
        Values.required(visitId, "visit id");
        Values.date(occurredOn, "date of the joint statement");
        title = Values.text(title, "title of the joint statement");
        summary = Values.optionalText(summary);
        sources = Values.sources(sources);
    }
}
