package dev.entente.domain.visit;

import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.PartlyDatedBuilder;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Records the guest's arrival: where, who received them, and the honours rendered.
 *
 * @param receivedBy who received the guest, each once; null for none on record
 * @param honours the honours rendered; null for {@linkplain Honours#none() none}
 * @param sources the sources that report it; null for none
 */
public record RecordArrival(VisitId visitId, LocalDate occurredOn, String place, List<Dignitary> receivedBy,
                            Honours honours, List<Source> sources, WrittenDate dateAsWritten) implements VisitCommand {

    public RecordArrival {
        Values.required(visitId, "visit id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of arrival");
        dateAsWritten = Values.written(dateAsWritten);
        place = Values.text(place, "place of arrival");
        receivedBy = Values.distinct(receivedBy, "received by");
        honours = honours == null ? Honours.none() : honours;
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public RecordArrival(VisitId visitId, LocalDate occurredOn, String place, List<Dignitary> receivedBy,
                         Honours honours, List<Source> sources) {
        this(visitId, occurredOn, place, receivedBy, honours, sources, null);
    }

    /** A {@link Builder} for this command on {@code visitId}. */
    public static Builder builder(VisitId visitId) {
        return new Builder(visitId);
    }

    /**
     * Builds {@link RecordArrival} by naming its components. Each method sets the component of the same name, whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final VisitId visitId;
        private String place;
        private List<Dignitary> receivedBy;
        private Honours honours;

        private Builder(VisitId visitId) {
            this.visitId = visitId;
        }
        public Builder place(String place) {
            this.place = place;
            return this;
        }

        public Builder receivedBy(List<Dignitary> receivedBy) {
            this.receivedBy = receivedBy;
            return this;
        }

        public Builder receivedBy(Dignitary... receivedBy) {
            return receivedBy(receivedBy == null ? null : Arrays.asList(receivedBy));
        }

        public Builder honours(Honours honours) {
            this.honours = honours;
            return this;
        }

        /** The command, validated by the record's constructor. */
        public RecordArrival build() {
            return new RecordArrival(visitId, occurredOn, place, receivedBy, honours, sources, dateAsWritten);
        }
    }
}
