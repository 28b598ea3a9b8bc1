package dev.entente.domain.agreement;

import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.PartlyDatedBuilder;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.visit.VisitId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Records one signing ceremony: one or several signatures on a date and at a place, optionally during a visit.
 *
 * @param place where it was signed; null (or blank) when not stated
 * @param duringVisit the visit during which it was signed; null when not during a visit on record
 * @param sources the sources that report it; null for none
 */
public record SignAgreement(AgreementId agreementId, LocalDate occurredOn, String place, List<Signature> signatures,
                            VisitId duringVisit, List<Source> sources, WrittenDate dateAsWritten)
        implements AgreementCommand {

    public SignAgreement {
        Values.required(agreementId, "agreement id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of signature");
        dateAsWritten = Values.written(dateAsWritten);
        place = Values.optionalText(place);
        signatures = Values.list(signatures, "signatures");
        if (signatures.isEmpty()) {
            throw new InvalidValue("value.required",
                    "signing agreement " + agreementId + " needs at least one signature");
        }
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public SignAgreement(AgreementId agreementId, LocalDate occurredOn, String place, List<Signature> signatures,
                         VisitId duringVisit, List<Source> sources) {
        this(agreementId, occurredOn, place, signatures, duringVisit, sources, null);
    }

    /** A {@link Builder} for this command on {@code agreementId}. */
    public static Builder builder(AgreementId agreementId) {
        return new Builder(agreementId);
    }

    /**
     * Builds {@link SignAgreement} by naming its components. Each method sets the component of the same name, whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final AgreementId agreementId;
        private String place;
        private List<Signature> signatures;
        private VisitId duringVisit;

        private Builder(AgreementId agreementId) {
            this.agreementId = agreementId;
        }
        public Builder place(String place) {
            this.place = place;
            return this;
        }

        public Builder signatures(List<Signature> signatures) {
            this.signatures = signatures;
            return this;
        }

        public Builder signatures(Signature... signatures) {
            return signatures(signatures == null ? null : Arrays.asList(signatures));
        }

        public Builder duringVisit(VisitId duringVisit) {
            this.duringVisit = duringVisit;
            return this;
        }

        /** The command, validated by the record's constructor. */
        public SignAgreement build() {
            return new SignAgreement(agreementId, occurredOn, place, signatures, duringVisit, sources, dateAsWritten);
        }
    }
}
