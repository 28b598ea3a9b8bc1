package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.visit.VisitId;
import java.time.LocalDate;
import java.util.List;

/** One or several parties signed an agreement, in one ceremony, possibly during a visit. */
@StoredEvent(name = "agreement.signed", revision = "2")
public record AgreementSigned(AgreementId agreementId, LocalDate occurredOn, String place, List<Signature> signatures,
                              VisitId duringVisit, List<Source> sources, WrittenDate dateAsWritten)
        implements AgreementEvent {

    public AgreementSigned {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
        signatures = Values.lenientList(signatures);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public AgreementSigned(AgreementId agreementId, LocalDate occurredOn, String place, List<Signature> signatures,
                           VisitId duringVisit, List<Source> sources) {
        this(agreementId, occurredOn, place, signatures, duringVisit, sources, null);
    }
}
