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
 * Records that {@code recognising} recognised a government of {@code recognised}, e.g. a new government after a
 * revolution: a different fact from recognising the state's independence, and one that may recur.
 *
 * @param occurredOn the day it happened; null when {@code dateAsWritten} is given, whose last day it then is
 * @param government the government recognised, in the sources' words (e.g. "the Provisional Government"); null (or
 * blank) when they don't name it
 * @param sources the sources that report it; null for none
 * @param dateAsWritten the date as the sources write it when they give less than a day (a month, a year, uncertain);
 * null for the exact day {@code occurredOn} (ADR 0016)
 */
public record RecogniseGovernment(Dyad dyad, LocalDate occurredOn, Country recognising, Country recognised,
                                  String government, List<Source> sources, WrittenDate dateAsWritten)
        implements RelationshipCommand {

    public RecogniseGovernment {
        Values.required(dyad, "dyad");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of recognition");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(recognising, "recognising country");
        Values.required(recognised, "country whose government is recognised");
        government = Values.optionalText(government);
        sources = Values.sources(sources);
    }

    /** A {@link Builder} for this command on {@code dyad}. */
    public static Builder builder(Dyad dyad) {
        return new Builder(dyad);
    }

    /**
     * Builds {@link RecogniseGovernment} by naming its components. Each method sets the component of the same name,
     * whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final Dyad dyad;
        private Country recognising;
        private Country recognised;
        private String government;

        private Builder(Dyad dyad) {
            this.dyad = dyad;
        }
        public Builder recognising(Country recognising) {
            this.recognising = recognising;
            return this;
        }

        public Builder recognised(Country recognised) {
            this.recognised = recognised;
            return this;
        }

        public Builder government(String government) {
            this.government = government;
            return this;
        }
        /** The command, validated by the record's constructor. */
        public RecogniseGovernment build() {
            return new RecogniseGovernment(dyad, occurredOn, recognising, recognised, government, sources,
                    dateAsWritten);
        }
    }
}
