package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Records an entry into force that the sources state, on {@code occurredOn}: an observed fact, not derived from the
 * agreement's rule. When the rule gives another date, both are kept and the observed one is shown.
 */
public record RecordEntryIntoForce(AgreementId agreementId, LocalDate occurredOn, List<Source> sources,
                                   WrittenDate dateAsWritten)
        implements AgreementCommand {

    public RecordEntryIntoForce {
        Values.required(agreementId, "agreement id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of entry into force");
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public RecordEntryIntoForce(AgreementId agreementId, LocalDate occurredOn, List<Source> sources) {
        this(agreementId, occurredOn, sources, null);
    }
}
