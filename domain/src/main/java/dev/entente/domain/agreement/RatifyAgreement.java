package dev.entente.domain.agreement;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.FactBuilder;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/**
 * Records a party's consent to be bound after its signature: ratification, acceptance or approval.
 *
 * @param consent how the party consented; null for {@linkplain ConsentKind#RATIFICATION ratification}
 * @param sources the sources that report it; null for none
 */
public record RatifyAgreement(AgreementId agreementId, LocalDate occurredOn, Country party, ConsentKind consent,
                              List<Source> sources) implements AgreementCommand {

    public RatifyAgreement {
        Values.required(agreementId, "agreement id");
        Values.date(occurredOn, "date of ratification");
        Values.required(party, "ratifying party");
        consent = consent == null ? ConsentKind.RATIFICATION : consent;
        sources = Values.sources(sources);
    }

    /** A {@link Builder} for this command on {@code agreementId}. */
    public static Builder builder(AgreementId agreementId) {
        return new Builder(agreementId);
    }

    /**
     * Builds {@link RatifyAgreement} by naming its components. Each method sets the component of the same name, whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends FactBuilder<Builder> {

        private final AgreementId agreementId;
        private Country party;
        private ConsentKind consent;

        private Builder(AgreementId agreementId) {
            this.agreementId = agreementId;
        }
        public Builder party(Country party) {
            this.party = party;
            return this;
        }

        public Builder consent(ConsentKind consent) {
            this.consent = consent;
            return this;
        }

        /** The command, validated by the record's constructor. */
        public RatifyAgreement build() {
            return new RatifyAgreement(agreementId, occurredOn, party, consent, sources);
        }
    }
}
