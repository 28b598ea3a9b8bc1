package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** A signed agreement began to apply provisionally, before its entry into force. */
@StoredEvent(name = "agreement.provisionally-applied")
public record AgreementProvisionallyApplied(AgreementId agreementId, LocalDate occurredOn, List<Source> sources) implements AgreementEvent {

    public AgreementProvisionallyApplied {
        sources = Values.lenientList(sources);
    }
}
