package dev.entente.domain.agreement;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * A party notified the others that its procedures for entry into force are complete, or delivered its instrument in an
 * exchange of instruments.
 */
@StoredEvent(name = "agreement.notified")
public record AgreementNotified(AgreementId agreementId, LocalDate occurredOn, Country party, List<Source> sources,
                                WrittenDate dateAsWritten)
        implements AgreementEvent {

    public AgreementNotified {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public AgreementNotified(AgreementId agreementId, LocalDate occurredOn, Country party, List<Source> sources) {
        this(agreementId, occurredOn, party, sources, null);
    }
}
