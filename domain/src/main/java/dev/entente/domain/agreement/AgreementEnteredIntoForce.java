package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** An agreement entered into force on {@code occurredOn}; it expires on {@code expiresOn} when it has a term (else null). */
@StoredEvent(name = "agreement.entered-into-force")
public record AgreementEnteredIntoForce(AgreementId agreementId, LocalDate occurredOn, LocalDate expiresOn, List<Source> sources) implements AgreementEvent {

    public AgreementEnteredIntoForce {
        sources = Values.lenientList(sources);
    }
}
