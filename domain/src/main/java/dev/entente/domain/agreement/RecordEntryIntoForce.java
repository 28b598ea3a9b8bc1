package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/**
 * Records an entry into force that the sources state, on {@code occurredOn}: an observed fact, not derived from the
 * agreement's rule. When the rule gives another date, both are kept and the observed one is shown.
 */
public record RecordEntryIntoForce(AgreementId agreementId, LocalDate occurredOn, List<Source> sources)
        implements AgreementCommand {

    public RecordEntryIntoForce {
        Values.required(agreementId, "agreement id");
        Values.date(occurredOn, "date of entry into force");
        sources = Values.sources(sources);
    }
}
