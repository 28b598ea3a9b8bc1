package dev.entente.domain.meeting;

import dev.entente.domain.shared.Country;
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
 * Records a meeting of three or more states held on one day: a summit, a council meeting, a ministerial. Recorded
 * once, it reaches the timeline and state of every pair of its participants (ADR 0020).
 *
 * @param mechanism the name of the mechanism or format, e.g. "Azerbaijan–Pakistan–Türkiye trilateral summit"; null
 *                  for none
 * @param place where it was held, e.g. a city
 * @param host the participating state that hosted it; null for none (e.g. held at a third location)
 * @param participants the participating states, each once (required); the rules ask for at least three
 * @param dignitaries who represented the participants, each once; null for none on record
 * @param outcome the title of its declaration or outcome document; null for none
 * @param sources the sources that report it; null for none
 */
public record HoldMeeting(MeetingId meetingId, LocalDate occurredOn, MeetingKind kind, String mechanism, String place,
                          Country host, List<Country> participants, List<Dignitary> dignitaries, String outcome,
                          List<Source> sources, WrittenDate dateAsWritten) implements MeetingCommand {

    public HoldMeeting {
        Values.required(meetingId, "meeting id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the meeting");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(kind, "kind of meeting");
        mechanism = Values.optionalText(mechanism);
        place = Values.text(place, "place of the meeting");
        participants = Values.distinct(Values.required(participants, "participants"), "participants");
        dignitaries = Values.distinct(dignitaries, "dignitaries");
        outcome = Values.optionalText(outcome);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public HoldMeeting(MeetingId meetingId, LocalDate occurredOn, MeetingKind kind, String mechanism, String place,
                       Country host, List<Country> participants, List<Dignitary> dignitaries, String outcome,
                       List<Source> sources) {
        this(meetingId, occurredOn, kind, mechanism, place, host, participants, dignitaries, outcome, sources, null);
    }

    /** A {@link Builder} for this command on {@code meetingId}. */
    public static Builder builder(MeetingId meetingId) {
        return new Builder(meetingId);
    }

    /**
     * Builds {@link HoldMeeting} by naming its components. Each method sets the component of the same name, whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final MeetingId meetingId;
        private MeetingKind kind;
        private String mechanism;
        private String place;
        private Country host;
        private List<Country> participants;
        private List<Dignitary> dignitaries;
        private String outcome;

        private Builder(MeetingId meetingId) {
            this.meetingId = meetingId;
        }
        public Builder kind(MeetingKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder mechanism(String mechanism) {
            this.mechanism = mechanism;
            return this;
        }

        public Builder place(String place) {
            this.place = place;
            return this;
        }

        public Builder host(Country host) {
            this.host = host;
            return this;
        }

        public Builder participants(List<Country> participants) {
            this.participants = participants;
            return this;
        }

        public Builder participants(Country... participants) {
            return participants(participants == null ? null : Arrays.asList(participants));
        }

        public Builder dignitaries(List<Dignitary> dignitaries) {
            this.dignitaries = dignitaries;
            return this;
        }

        public Builder dignitaries(Dignitary... dignitaries) {
            return dignitaries(dignitaries == null ? null : Arrays.asList(dignitaries));
        }

        public Builder outcome(String outcome) {
            this.outcome = outcome;
            return this;
        }

        /** The command, validated by the record's constructor. */
        public HoldMeeting build() {
            return new HoldMeeting(meetingId, occurredOn, kind, mechanism, place, host, participants, dignitaries,
                    outcome, sources, dateAsWritten);
        }
    }
}
