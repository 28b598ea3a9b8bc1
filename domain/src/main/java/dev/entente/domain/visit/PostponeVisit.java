package dev.entente.domain.visit;

import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.PartlyDatedBuilder;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Moves a visit that has not begun to new, later dates.
 *
 * @param reason why it was postponed; null (or blank) when not stated
 * @param sources the sources that report it; null for none
 */
public record PostponeVisit(VisitId visitId, LocalDate occurredOn, LocalDate plannedFrom, LocalDate plannedTo,
                            String reason, List<Source> sources, WrittenDate dateAsWritten) implements VisitCommand {

    public PostponeVisit {
        Values.required(visitId, "visit id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the postponement");
        dateAsWritten = Values.written(dateAsWritten);
        Values.date(plannedFrom, "new first planned day");
        Values.date(plannedTo, "new last planned day");
        reason = Values.optionalText(reason);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public PostponeVisit(VisitId visitId, LocalDate occurredOn, LocalDate plannedFrom, LocalDate plannedTo,
                         String reason, List<Source> sources) {
        this(visitId, occurredOn, plannedFrom, plannedTo, reason, sources, null);
    }

    /** A {@link Builder} for this command on {@code visitId}. */
    public static Builder builder(VisitId visitId) {
        return new Builder(visitId);
    }

    /**
     * Builds {@link PostponeVisit} by naming its components. Each method sets the component of the same name, whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final VisitId visitId;
        private LocalDate plannedFrom;
        private LocalDate plannedTo;
        private String reason;

        private Builder(VisitId visitId) {
            this.visitId = visitId;
        }
        public Builder plannedFrom(LocalDate plannedFrom) {
            this.plannedFrom = plannedFrom;
            return this;
        }

        public Builder plannedTo(LocalDate plannedTo) {
            this.plannedTo = plannedTo;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** The command, validated by the record's constructor. */
        public PostponeVisit build() {
            return new PostponeVisit(visitId, occurredOn, plannedFrom, plannedTo, reason, sources, dateAsWritten);
        }
    }
}
