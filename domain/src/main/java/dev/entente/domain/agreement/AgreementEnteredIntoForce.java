package dev.entente.domain.agreement;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement entered into force on {@code occurredOn}; it expires on {@code expiresOn} when it has a term that does
 * not renew (else null). {@code observed} is true when the sources state the date ({@link RecordEntryIntoForce});
 * otherwise the date is derived from the rule {@code derivedFrom} (its phrase) met by {@code inputs} (the steps, with
 * their dates), and {@code sources} are those of the step that met it. Events stored before these three fields
 * existed hold null in them: derived, from a rule and inputs not written down. When the sources, or the step the rule
 * counts from, give the date only in part, {@code dateAsWritten} keeps it as written and {@code occurredOn} is the day
 * it is known from; {@code expiresAsWritten} likewise for the expiry (ADR 0023). Both are null for exact days.
 */
@StoredEvent(name = "agreement.entered-into-force")
public record AgreementEnteredIntoForce(AgreementId agreementId, LocalDate occurredOn, LocalDate expiresOn,
                                        List<Source> sources, Boolean observed, String derivedFrom, String inputs,
                                        WrittenDate dateAsWritten, WrittenDate expiresAsWritten)
        implements AgreementEvent {

    public AgreementEnteredIntoForce {
        dateAsWritten = Values.written(dateAsWritten);
        expiresAsWritten = Values.written(expiresAsWritten);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public AgreementEnteredIntoForce(AgreementId agreementId, LocalDate occurredOn, LocalDate expiresOn,
                                     List<Source> sources, Boolean observed, String derivedFrom, String inputs) {
        this(agreementId, occurredOn, expiresOn, sources, observed, derivedFrom, inputs, null, null);
    }

    /** An entry into force as events stored before {@code observed} existed carried it: derived, details unknown. */
    public AgreementEnteredIntoForce(AgreementId agreementId, LocalDate occurredOn, LocalDate expiresOn,
                                     List<Source> sources) {
        this(agreementId, occurredOn, expiresOn, sources, null, null, null);
    }

    /** Whether the sources state this date (rather than the agreement's rule giving it). */
    public boolean wasObserved() {
        return Boolean.TRUE.equals(observed);
    }
}
