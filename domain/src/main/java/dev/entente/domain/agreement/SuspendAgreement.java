package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Suspends the operation of an agreement in force (VCLT art. 57). */
public record SuspendAgreement(AgreementId agreementId, LocalDate occurredOn, String reason, List<Source> sources,
                               WrittenDate dateAsWritten)
        implements AgreementCommand {

    public SuspendAgreement {
        Values.required(agreementId, "agreement id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the suspension");
        dateAsWritten = Values.written(dateAsWritten);
        reason = Values.optionalText(reason);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public SuspendAgreement(AgreementId agreementId, LocalDate occurredOn, String reason, List<Source> sources) {
        this(agreementId, occurredOn, reason, sources, null);
    }
}
