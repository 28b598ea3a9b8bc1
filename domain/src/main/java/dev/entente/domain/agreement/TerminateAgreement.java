package dev.entente.domain.agreement;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.PartlyDatedBuilder;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Ends an agreement: by mutual consent, by a party's denunciation, or superseded by a later agreement (the
 * {@code ground}).
 *
 * @param party the denouncing party, required for a denunciation; null otherwise
 * @param supersededBy the later agreement, required when superseded; null otherwise
 * @param effectiveOn the day the termination takes effect; null for {@code occurredOn}, or for a denunciation the end
 * of the agreement's notice period (twelve months after notice when it has none, VCLT art. 56)
 * @param sources the sources that report it; null for none
 */
public record TerminateAgreement(AgreementId agreementId, LocalDate occurredOn, TerminationGround ground,
                                 Country party, AgreementId supersededBy, LocalDate effectiveOn, List<Source> sources,
                                 WrittenDate dateAsWritten)
        implements AgreementCommand {

    public TerminateAgreement {
        Values.required(agreementId, "agreement id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the termination or notice");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(ground, "ground of termination");
        Values.optionalDate(effectiveOn, "date the termination takes effect");
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public TerminateAgreement(AgreementId agreementId, LocalDate occurredOn, TerminationGround ground, Country party,
                              AgreementId supersededBy, LocalDate effectiveOn, List<Source> sources) {
        this(agreementId, occurredOn, ground, party, supersededBy, effectiveOn, sources, null);
    }

    /** A {@link Builder} for this command on {@code agreementId}. */
    public static Builder builder(AgreementId agreementId) {
        return new Builder(agreementId);
    }

    /**
     * Builds {@link TerminateAgreement} by naming its components. Each method sets the component of the same name,
     * whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final AgreementId agreementId;
        private TerminationGround ground;
        private Country party;
        private AgreementId supersededBy;
        private LocalDate effectiveOn;

        private Builder(AgreementId agreementId) {
            this.agreementId = agreementId;
        }
        public Builder ground(TerminationGround ground) {
            this.ground = ground;
            return this;
        }

        public Builder party(Country party) {
            this.party = party;
            return this;
        }

        public Builder supersededBy(AgreementId supersededBy) {
            this.supersededBy = supersededBy;
            return this;
        }

        public Builder effectiveOn(LocalDate effectiveOn) {
            this.effectiveOn = effectiveOn;
            return this;
        }

        /** The command, validated by the record's constructor. */
        public TerminateAgreement build() {
            return new TerminateAgreement(agreementId, occurredOn, ground, party, supersededBy, effectiveOn, sources,
                                          dateAsWritten);
        }
    }
}
