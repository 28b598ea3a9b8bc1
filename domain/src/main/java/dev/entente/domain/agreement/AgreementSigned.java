package dev.entente.domain.agreement;

import dev.entente.domain.visit.VisitId;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** One or several parties signed an agreement, in one ceremony, possibly during a visit. */
@StoredEvent(name = "agreement.signed", revision = "2")
public record AgreementSigned(AgreementId agreementId, LocalDate occurredOn, String place, List<Signature> signatures,
                              VisitId duringVisit, List<Source> sources) implements AgreementEvent {

    public AgreementSigned {
        sources = Values.lenientList(sources);
        signatures = Values.lenientList(signatures);
    }
}
