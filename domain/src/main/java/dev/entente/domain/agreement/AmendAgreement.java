package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Records an amendment to an agreement in force (VCLT art. 39). */
public record AmendAgreement(AgreementId agreementId, LocalDate occurredOn, String description, List<Source> sources,
                             WrittenDate dateAsWritten)
        implements AgreementCommand {

    public AmendAgreement {
        Values.required(agreementId, "agreement id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the amendment");
        dateAsWritten = Values.written(dateAsWritten);
        description = Values.text(description, "description of the amendment");
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public AmendAgreement(AgreementId agreementId, LocalDate occurredOn, String description, List<Source> sources) {
        this(agreementId, occurredOn, description, sources, null);
    }
}
