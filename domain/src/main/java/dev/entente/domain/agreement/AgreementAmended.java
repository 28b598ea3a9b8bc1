package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** An agreement in force was amended. */
@StoredEvent(name = "agreement.amended")
public record AgreementAmended(AgreementId agreementId, LocalDate occurredOn, String description, List<Source> sources) implements AgreementEvent {

    public AgreementAmended {
        sources = Values.lenientList(sources);
    }
}
