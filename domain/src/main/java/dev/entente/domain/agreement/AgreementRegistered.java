package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** An agreement in force was registered with the UN Secretariat. */
@StoredEvent(name = "agreement.registered")
public record AgreementRegistered(AgreementId agreementId, LocalDate occurredOn, String registrationNumber,
                                  List<Source> sources, WrittenDate dateAsWritten) implements AgreementEvent {

    public AgreementRegistered {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public AgreementRegistered(AgreementId agreementId, LocalDate occurredOn, String registrationNumber,
                               List<Source> sources) {
        this(agreementId, occurredOn, registrationNumber, sources, null);
    }
}
