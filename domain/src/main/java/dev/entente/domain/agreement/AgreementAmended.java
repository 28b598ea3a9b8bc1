package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** An agreement in force was amended. */
@StoredEvent(name = "agreement.amended")
public record AgreementAmended(AgreementId agreementId, LocalDate occurredOn, String description, List<Source> sources,
                               WrittenDate dateAsWritten) implements AgreementEvent {

    public AgreementAmended {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public AgreementAmended(AgreementId agreementId, LocalDate occurredOn, String description, List<Source> sources) {
        this(agreementId, occurredOn, description, sources, null);
    }
}
