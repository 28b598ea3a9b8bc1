package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** The operation of an agreement was suspended. */
@StoredEvent(name = "agreement.suspended")
public record AgreementSuspended(AgreementId agreementId, LocalDate occurredOn, String reason, List<Source> sources) implements AgreementEvent {

    public AgreementSuspended {
        sources = Values.lenientList(sources);
    }
}
