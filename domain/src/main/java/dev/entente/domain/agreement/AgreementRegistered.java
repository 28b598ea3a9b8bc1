package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** An agreement in force was registered with the UN Secretariat. */
@StoredEvent(name = "agreement.registered")
public record AgreementRegistered(AgreementId agreementId, LocalDate occurredOn, String registrationNumber, List<Source> sources) implements AgreementEvent {

    public AgreementRegistered {
        sources = Values.lenientList(sources);
    }
}
