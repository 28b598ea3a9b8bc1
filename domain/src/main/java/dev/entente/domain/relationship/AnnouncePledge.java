package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
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
 * Records that {@code pledgedBy} announced a pledge to the other state of the dyad, such as an investment: what, in
 * the sources' words ({@code pledge}), the amount as they state it, and the sectors it concerns. A pledge is a
 * statement of intent, not an agreement.
 *
 * @param occurredOn the day it happened; null when {@code dateAsWritten} is given, whose last day it then is
 * @param amount the amount as the sources state it, e.g. "an initial $2 billion"; null (or blank) when none is stated
 * @param sectors the sectors it concerns, each once; null for none
 * @param sources the sources that report it; null for none
 * @param dateAsWritten the date as the sources write it when they give less than a day (a month, a year, uncertain);
 * null for the exact day {@code occurredOn} (ADR 0016)
 */
public record AnnouncePledge(Dyad dyad, LocalDate occurredOn, Country pledgedBy, String pledge, String amount,
                         List<Sector> sectors, List<Source> sources, WrittenDate dateAsWritten)
        implements RelationshipCommand {

    public AnnouncePledge {
        Values.required(dyad, "dyad");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the pledge");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(pledgedBy, "pledging country");
        pledge = Values.text(pledge, "what was pledged");
        amount = Values.optionalText(amount);
        sectors = Values.distinct(sectors, "sectors");
        sources = Values.sources(sources);
    }

    /** A {@link Builder} for this command on {@code dyad}. */
    public static Builder builder(Dyad dyad) {
        return new Builder(dyad);
    }

    /**
     * Builds {@link AnnouncePledge} by naming its components. Each method sets the component of the same name, whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final Dyad dyad;
        private Country pledgedBy;
        private String pledge;
        private String amount;
        private List<Sector> sectors;

        private Builder(Dyad dyad) {
            this.dyad = dyad;
        }
        public Builder pledgedBy(Country pledgedBy) {
            this.pledgedBy = pledgedBy;
            return this;
        }

        public Builder pledge(String pledge) {
            this.pledge = pledge;
            return this;
        }

        public Builder amount(String amount) {
            this.amount = amount;
            return this;
        }

        public Builder sectors(List<Sector> sectors) {
            this.sectors = sectors;
            return this;
        }

        public Builder sectors(Sector... sectors) {
            return sectors(sectors == null ? null : Arrays.asList(sectors));
        }
        /** The command, validated by the record's constructor. */
        public AnnouncePledge build() {
            return new AnnouncePledge(dyad, occurredOn, pledgedBy, pledge, amount, sectors, sources, dateAsWritten);
        }
    }
}
