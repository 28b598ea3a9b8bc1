package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Suspends the operation of an agreement in force (VCLT art. 57). */
public record SuspendAgreement(AgreementId agreementId, LocalDate occurredOn, String reason, List<Source> sources)
        implements AgreementCommand {

    public SuspendAgreement {
        Values.required(agreementId, "agreement id");
        Values.date(occurredOn, "date of the suspension");
        reason = Values.optionalText(reason);
        sources = Values.sources(sources);
    }
}
