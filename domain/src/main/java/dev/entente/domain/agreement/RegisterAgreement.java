package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** Records registration with the UN Secretariat (UN Charter art. 102), e.g. number {@code I-58123}. */
public record RegisterAgreement(AgreementId agreementId, LocalDate occurredOn, String registrationNumber,
                                List<Source> sources, WrittenDate dateAsWritten) implements AgreementCommand {

    public RegisterAgreement {
        Values.required(agreementId, "agreement id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of registration");
        dateAsWritten = Values.written(dateAsWritten);
        registrationNumber = Values.text(registrationNumber, "registration number");
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public RegisterAgreement(AgreementId agreementId, LocalDate occurredOn, String registrationNumber,
                             List<Source> sources) {
        this(agreementId, occurredOn, registrationNumber, sources, null);
    }
}
