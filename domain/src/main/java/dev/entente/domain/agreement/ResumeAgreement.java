package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Resumes the operation of a suspended agreement. */
public record ResumeAgreement(AgreementId agreementId, LocalDate occurredOn, List<Source> sources)
        implements AgreementCommand {

    public ResumeAgreement {
        Values.required(agreementId, "agreement id");
        Values.date(occurredOn, "date of resumption");
        sources = Values.sources(sources);
    }
}
