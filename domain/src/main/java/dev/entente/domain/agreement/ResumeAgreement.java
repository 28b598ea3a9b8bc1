package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Resumes the operation of a suspended agreement. */
public record ResumeAgreement(AgreementId agreementId, LocalDate occurredOn, List<Source> sources,
                              WrittenDate dateAsWritten)
        implements AgreementCommand {

    public ResumeAgreement {
        Values.required(agreementId, "agreement id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of resumption");
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public ResumeAgreement(AgreementId agreementId, LocalDate occurredOn, List<Source> sources) {
        this(agreementId, occurredOn, sources, null);
    }
}
