package dev.entente.domain.agreement;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** A party consented to be bound by ratification, acceptance or approval. */
@StoredEvent(name = "agreement.ratified")
public record AgreementRatified(AgreementId agreementId, LocalDate occurredOn, Country party, ConsentKind consent,
                                List<Source> sources, WrittenDate dateAsWritten) implements AgreementEvent {

    public AgreementRatified {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public AgreementRatified(AgreementId agreementId, LocalDate occurredOn, Country party, ConsentKind consent,
                             List<Source> sources) {
        this(agreementId, occurredOn, party, consent, sources, null);
    }
}
