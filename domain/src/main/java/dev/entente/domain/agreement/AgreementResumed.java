package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** The operation of a suspended agreement resumed. */
@StoredEvent(name = "agreement.resumed")
public record AgreementResumed(AgreementId agreementId, LocalDate occurredOn, List<Source> sources) implements AgreementEvent {

    public AgreementResumed {
        sources = Values.lenientList(sources);
    }
}
