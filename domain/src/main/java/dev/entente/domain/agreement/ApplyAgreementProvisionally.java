package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Starts applying a signed agreement before it enters into force (VCLT art. 25). */
public record ApplyAgreementProvisionally(AgreementId agreementId, LocalDate occurredOn, List<Source> sources)
        implements AgreementCommand {

    public ApplyAgreementProvisionally {
        Values.required(agreementId, "agreement id");
        Values.date(occurredOn, "date provisional application began");
        sources = Values.sources(sources);
    }
}
