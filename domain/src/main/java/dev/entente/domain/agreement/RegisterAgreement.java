package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Records registration with the UN Secretariat (UN Charter art. 102), e.g. number {@code I-58123}. */
public record RegisterAgreement(AgreementId agreementId, LocalDate occurredOn, String registrationNumber,
                                List<Source> sources) implements AgreementCommand {

    public RegisterAgreement {
        Values.required(agreementId, "agreement id");
        Values.date(occurredOn, "date of registration");
        registrationNumber = Values.text(registrationNumber, "registration number");
        sources = Values.sources(sources);
    }
}
