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
 * Records a party's consent to be bound after its signature: ratification, acceptance or approval.
 *
 * @param consent how the party consented; null for {@linkplain ConsentKind#RATIFICATION ratification}
 * @param sources the sources that report it; null for none
 */
public record RatifyAgreement(AgreementId agreementId, LocalDate occurredOn, Country party, ConsentKind consent,
                              List<Source> sources, WrittenDate dateAsWritten) implements AgreementCommand {

    public RatifyAgreement {
        Values.required(agreementId, "agreement id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of ratification");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(party, "ratifying party");
        consent = consent == null ? ConsentKind.RATIFICATION : consent;
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public RatifyAgreement(AgreementId agreementId, LocalDate occurredOn, Country party, ConsentKind consent,
                           List<Source> sources) {
        this(agreementId, occurredOn, party, consent, sources, null);
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
    public static final class Builder extends PartlyDatedBuilder<Builder> {

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
            return new RatifyAgreement(agreementId, occurredOn, party, consent, sources, dateAsWritten);
        }
    }
}
