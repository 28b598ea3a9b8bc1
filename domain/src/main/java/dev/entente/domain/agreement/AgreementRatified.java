package dev.entente.domain.agreement;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** A party consented to be bound by ratification, acceptance or approval. */
@StoredEvent(name = "agreement.ratified")
public record AgreementRatified(AgreementId agreementId, LocalDate occurredOn, Country party, ConsentKind consent, List<Source> sources) implements AgreementEvent {

    public AgreementRatified {
        sources = Values.lenientList(sources);
    }
}
