package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.PartlyDatedBuilder;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Records that {@code severedBy} broke off diplomatic relations with the other state of the dyad.
 *
 * @param occurredOn the day it happened; null when {@code dateAsWritten} is given, whose last day it then is
 * @param reason why, in the sources' words; null (or blank) when not stated
 * @param sources the sources that report it; null for none
 * @param dateAsWritten the date as the sources write it when they give less than a day (a month, a year, uncertain);
 * null for the exact day {@code occurredOn} (ADR 0016)
 */
public record SeverDiplomaticRelations(Dyad dyad, LocalDate occurredOn, Country severedBy, String reason,
                                       List<Source> sources, WrittenDate dateAsWritten) implements RelationshipCommand {

    public SeverDiplomaticRelations {
        Values.required(dyad, "dyad");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date relations were severed");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(severedBy, "country that severed relations");
        reason = Values.optionalText(reason);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}. */
    public SeverDiplomaticRelations(Dyad dyad, LocalDate occurredOn, Country severedBy, String reason, List<Source> sources) {
        this(dyad, occurredOn, severedBy, reason, sources, null);
    }

    /** A {@link Builder} for this command on {@code dyad}. */
    public static Builder builder(Dyad dyad) {
        return new Builder(dyad);
    }

    /**
     * Builds {@link SeverDiplomaticRelations} by naming its components. Each method sets the component of the same
     * name, whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final Dyad dyad;
        private Country severedBy;
        private String reason;

        private Builder(Dyad dyad) {
            this.dyad = dyad;
        }
        public Builder severedBy(Country severedBy) {
            this.severedBy = severedBy;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }
        /** The command, validated by the record's constructor. */
        public SeverDiplomaticRelations build() {
            return new SeverDiplomaticRelations(dyad, occurredOn, severedBy, reason, sources, dateAsWritten);
        }
    }
}
