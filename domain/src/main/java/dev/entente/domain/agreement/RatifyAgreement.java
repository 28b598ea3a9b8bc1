package dev.entente.domain.agreement;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Records a party's consent to be bound after its signature: ratification, acceptance or approval. */
public record RatifyAgreement(AgreementId agreementId, LocalDate occurredOn, Country party, ConsentKind consent,
                              List<Source> sources) implements AgreementCommand {

    public RatifyAgreement {
        Values.required(agreementId, "agreement id");
        Values.date(occurredOn, "date of ratification");
        Values.required(party, "ratifying party");
        consent = consent == null ? ConsentKind.RATIFICATION : consent;
        sources = Values.sources(sources);
    }
}
