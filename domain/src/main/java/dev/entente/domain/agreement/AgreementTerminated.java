package dev.entente.domain.agreement;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** An agreement was terminated on {@code occurredOn} (the decision or notice), with effect from {@code effectiveOn}. */
@StoredEvent(name = "agreement.terminated")
public record AgreementTerminated(AgreementId agreementId, LocalDate occurredOn, LocalDate effectiveOn, TerminationGround ground,
                                  Country party, AgreementId supersededBy, List<Source> sources,
                                  WrittenDate dateAsWritten) implements AgreementEvent {

    public AgreementTerminated {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public AgreementTerminated(AgreementId agreementId, LocalDate occurredOn, LocalDate effectiveOn,
                               TerminationGround ground, Country party, AgreementId supersededBy,
                               List<Source> sources) {
        this(agreementId, occurredOn, effectiveOn, ground, party, supersededBy, sources, null);
    }
}
