package dev.entente.domain.agreement;

import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.visit.VisitId;
import java.time.LocalDate;
import java.util.List;

/**
 * Records one signing ceremony: one or several signatures on a date and at a place, optionally during a visit
 * ({@code duringVisit} may be null).
 */
public record SignAgreement(AgreementId agreementId, LocalDate occurredOn, String place, List<Signature> signatures,
                            VisitId duringVisit, List<Source> sources) implements AgreementCommand {

    public SignAgreement {
        Values.required(agreementId, "agreement id");
        Values.date(occurredOn, "date of signature");
        place = Values.optionalText(place);
        signatures = Values.list(signatures, "signatures");
        if (signatures.isEmpty()) {
            throw new InvalidValue("value.required",
                    "signing agreement " + agreementId + " needs at least one signature");
        }
        sources = Values.sources(sources);
    }
}
