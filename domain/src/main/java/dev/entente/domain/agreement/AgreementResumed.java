package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** The operation of a suspended agreement resumed. */
@StoredEvent(name = "agreement.resumed")
public record AgreementResumed(AgreementId agreementId, LocalDate occurredOn, List<Source> sources,
                               WrittenDate dateAsWritten) implements AgreementEvent {

    public AgreementResumed {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public AgreementResumed(AgreementId agreementId, LocalDate occurredOn, List<Source> sources) {
        this(agreementId, occurredOn, sources, null);
    }
}
