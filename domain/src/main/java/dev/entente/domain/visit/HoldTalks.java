package dev.entente.domain.visit;

import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.PartlyDatedBuilder;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Records talks during a visit: their format, who took part and the sectors discussed.
 *
 * @param participants who took part, each once; null for none on record
 * @param topics the sectors discussed, each once; null for none on record
 * @param sources the sources that report it; null for none
 */
public record HoldTalks(VisitId visitId, LocalDate occurredOn, TalksFormat format, List<Dignitary> participants,
                        List<Sector> topics, List<Source> sources, WrittenDate dateAsWritten) implements VisitCommand {

    public HoldTalks {
        Values.required(visitId, "visit id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the talks");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(format, "format of the talks");
        participants = Values.distinct(participants, "participants");
        topics = Values.distinct(topics, "topics");
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public HoldTalks(VisitId visitId, LocalDate occurredOn, TalksFormat format, List<Dignitary> participants,
                     List<Sector> topics, List<Source> sources) {
        this(visitId, occurredOn, format, participants, topics, sources, null);
    }

    /** A {@link Builder} for this command on {@code visitId}. */
    public static Builder builder(VisitId visitId) {
        return new Builder(visitId);
    }

    /**
     * Builds {@link HoldTalks} by naming its components. Each method sets the component of the same name, whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final VisitId visitId;
        private TalksFormat format;
        private List<Dignitary> participants;
        private List<Sector> topics;

        private Builder(VisitId visitId) {
            this.visitId = visitId;
        }
        public Builder format(TalksFormat format) {
            this.format = format;
            return this;
        }

        public Builder participants(List<Dignitary> participants) {
            this.participants = participants;
            return this;
        }

        public Builder participants(Dignitary... participants) {
            return participants(participants == null ? null : Arrays.asList(participants));
        }

        public Builder topics(List<Sector> topics) {
            this.topics = topics;
            return this;
        }

        public Builder topics(Sector... topics) {
            return topics(topics == null ? null : Arrays.asList(topics));
        }

        /** The command, validated by the record's constructor. */
        public HoldTalks build() {
            return new HoldTalks(visitId, occurredOn, format, participants, topics, sources, dateAsWritten);
        }
    }
}
