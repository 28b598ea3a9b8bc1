package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Records an amendment to an agreement in force (VCLT art. 39). */
public record AmendAgreement(AgreementId agreementId, LocalDate occurredOn, String description, List<Source> sources)
        implements AgreementCommand {

    public AmendAgreement {
        Values.required(agreementId, "agreement id");
        Values.date(occurredOn, "date of the amendment");
        description = Values.text(description, "description of the amendment");
        sources = Values.sources(sources);
    }
}
