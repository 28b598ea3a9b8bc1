package dev.entente.domain.visit;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.PartlyDatedBuilder;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Schedules a visit of {@code guest} to {@code host} between two planned dates. {@code occurredOn} is the day it was
 * announced; where sources do not say, the first planned day.
 *
 * @param sources the sources that report it; null for none
 */
public record ScheduleVisit(VisitId visitId, LocalDate occurredOn, Dignitary guest, Country host, VisitKind kind,
                            LocalDate plannedFrom, LocalDate plannedTo, List<Source> sources, WrittenDate dateAsWritten) implements VisitCommand {

    public ScheduleVisit {
        Values.required(visitId, "visit id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date the visit was scheduled");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(guest, "guest");
        Values.required(host, "host country");
        Values.required(kind, "kind of visit");
        Values.date(plannedFrom, "first planned day");
        Values.date(plannedTo, "last planned day");
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public ScheduleVisit(VisitId visitId, LocalDate occurredOn, Dignitary guest, Country host, VisitKind kind,
                         LocalDate plannedFrom, LocalDate plannedTo, List<Source> sources) {
        this(visitId, occurredOn, guest, host, kind, plannedFrom, plannedTo, sources, null);
    }

    /** A {@link Builder} for this command on {@code visitId}. */
    public static Builder builder(VisitId visitId) {
        return new Builder(visitId);
    }

    /**
     * Builds {@link ScheduleVisit} by naming its components. Each method sets the component of the same name, whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final VisitId visitId;
        private Dignitary guest;
        private Country host;
        private VisitKind kind;
        private LocalDate plannedFrom;
        private LocalDate plannedTo;

        private Builder(VisitId visitId) {
            this.visitId = visitId;
        }
        public Builder guest(Dignitary guest) {
            this.guest = guest;
            return this;
        }

        public Builder host(Country host) {
            this.host = host;
            return this;
        }

        public Builder kind(VisitKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder plannedFrom(LocalDate plannedFrom) {
            this.plannedFrom = plannedFrom;
            return this;
        }

        public Builder plannedTo(LocalDate plannedTo) {
            this.plannedTo = plannedTo;
            return this;
        }

        /** The command, validated by the record's constructor. */
        public ScheduleVisit build() {
            return new ScheduleVisit(visitId, occurredOn, guest, host, kind, plannedFrom, plannedTo, sources,
                                     dateAsWritten);
        }
    }
}
