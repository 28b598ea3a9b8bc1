package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** The operation of an agreement was suspended. */
@StoredEvent(name = "agreement.suspended")
public record AgreementSuspended(AgreementId agreementId, LocalDate occurredOn, String reason, List<Source> sources,
                                 WrittenDate dateAsWritten) implements AgreementEvent {

    public AgreementSuspended {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public AgreementSuspended(AgreementId agreementId, LocalDate occurredOn, String reason, List<Source> sources) {
        this(agreementId, occurredOn, reason, sources, null);
    }
}
