package dev.entente.domain.agreement;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Records a party's notification that its procedures for entry into force are complete (or its instrument in an
 * exchange of instruments): a step of its own, per party, like a ratification. An exchange is one notification per
 * party on the same date.
 */
public record NotifyAgreement(AgreementId agreementId, LocalDate occurredOn, Country party, List<Source> sources,
                              WrittenDate dateAsWritten)
        implements AgreementCommand {

    public NotifyAgreement {
        Values.required(agreementId, "agreement id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the notification");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(party, "notifying party");
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public NotifyAgreement(AgreementId agreementId, LocalDate occurredOn, Country party, List<Source> sources) {
        this(agreementId, occurredOn, party, sources, null);
    }
}
