package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Starts applying a signed agreement before it enters into force (VCLT art. 25). */
public record ApplyAgreementProvisionally(AgreementId agreementId, LocalDate occurredOn, List<Source> sources,
                                          WrittenDate dateAsWritten)
        implements AgreementCommand {

    public ApplyAgreementProvisionally {
        Values.required(agreementId, "agreement id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date provisional application began");
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public ApplyAgreementProvisionally(AgreementId agreementId, LocalDate occurredOn, List<Source> sources) {
        this(agreementId, occurredOn, sources, null);
    }
}
