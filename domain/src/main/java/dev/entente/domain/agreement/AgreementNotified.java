package dev.entente.domain.agreement;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/**
 * A party notified the others that its procedures for entry into force are complete, or delivered its instrument in an
 * exchange of instruments.
 */
@StoredEvent(name = "agreement.notified")
public record AgreementNotified(AgreementId agreementId, LocalDate occurredOn, Country party, List<Source> sources)
        implements AgreementEvent {

    public AgreementNotified {
        sources = Values.lenientList(sources);
    }
}
