package dev.entente.domain.visit;

import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.PartlyDatedBuilder;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Records a joint statement or communiqué issued during a visit.
 *
 * @param summary what the statement says, in brief; null (or blank) for none
 * @param sources the sources that report it; null for none
 */
public record IssueJointStatement(VisitId visitId, LocalDate occurredOn, String title, String summary,
                                  List<Source> sources, WrittenDate dateAsWritten) implements VisitCommand {

    public IssueJointStatement {
        Values.required(visitId, "visit id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the joint statement");
        dateAsWritten = Values.written(dateAsWritten);
        title = Values.text(title, "title of the joint statement");
        summary = Values.optionalText(summary);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public IssueJointStatement(VisitId visitId, LocalDate occurredOn, String title, String summary,
                               List<Source> sources) {
        this(visitId, occurredOn, title, summary, sources, null);
    }

    /** A {@link Builder} for this command on {@code visitId}. */
    public static Builder builder(VisitId visitId) {
        return new Builder(visitId);
    }

    /**
     * Builds {@link IssueJointStatement} by naming its components. Each method sets the component of the same name,
     * whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final VisitId visitId;
        private String title;
        private String summary;

        private Builder(VisitId visitId) {
            this.visitId = visitId;
        }
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** The command, validated by the record's constructor. */
        public IssueJointStatement build() {
            return new IssueJointStatement(visitId, occurredOn, title, summary, sources, dateAsWritten);
        }
    }
}
