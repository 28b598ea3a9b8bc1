package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** A signed agreement began to apply provisionally, before its entry into force. */
@StoredEvent(name = "agreement.provisionally-applied")
public record AgreementProvisionallyApplied(AgreementId agreementId, LocalDate occurredOn, List<Source> sources,
                                            WrittenDate dateAsWritten) implements AgreementEvent {

    public AgreementProvisionallyApplied {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public AgreementProvisionallyApplied(AgreementId agreementId, LocalDate occurredOn, List<Source> sources) {
        this(agreementId, occurredOn, sources, null);
    }
}
