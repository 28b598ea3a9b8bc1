package dev.entente.domain.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@link Agreement}'s rules need to know of its history: its kind, parties (by country code) and rules, who
 * signed and ratified it when, and where it stands; {@link #INITIAL} before it is concluded.
 */
public record AgreementState(AgreementId agreementId, InstrumentKind kind, List<String> parties,
                             EntryIntoForceRule entryIntoForce, Period term, Period denunciationNotice,
                             Map<String, LocalDate> signedOn, Map<String, LocalDate> ratifiedOn,
                             AgreementStatus status, LocalDate concludedOn, LocalDate latestOn, LocalDate inForceFrom,
                             LocalDate expiresOn, LocalDate terminatedOn, boolean registered) {

    /** An agreement not concluded yet. */
    public static final AgreementState INITIAL = new AgreementState(null, null, List.of(), null, null, null, Map.of(),
            Map.of(), null, null, null, null, null, null, false);

    public AgreementState {
        parties = parties == null ? List.of() : List.copyOf(parties);
        signedOn = signedOn == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(signedOn));
        ratifiedOn = ratifiedOn == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(ratifiedOn));
    }

    /** Whether the agreement was concluded. */
    public boolean concluded() {
        return agreementId != null;
    }

    AgreementState step(AgreementStatus newStatus, LocalDate on) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn,
                ratifiedOn, newStatus, concludedOn, on, inForceFrom, expiresOn, terminatedOn, registered);
    }

    AgreementState signed(Map<String, LocalDate> signatures, AgreementStatus newStatus, LocalDate on) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signatures,
                ratifiedOn, newStatus, concludedOn, on, inForceFrom, expiresOn, terminatedOn, registered);
    }

    AgreementState ratified(Map<String, LocalDate> ratifications, LocalDate on) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn,
                ratifications, status, concludedOn, on, inForceFrom, expiresOn, terminatedOn, registered);
    }

    AgreementState inForce(AgreementStatus newStatus, LocalDate from, LocalDate expires) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn,
                ratifiedOn, newStatus, concludedOn, from, from, expires, terminatedOn, registered);
    }

    AgreementState terminated(LocalDate on) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn,
                ratifiedOn, AgreementStatus.TERMINATED, concludedOn, on, inForceFrom, expiresOn, on, registered);
    }

    AgreementState registered(LocalDate on) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn,
                ratifiedOn, status, concludedOn, on, inForceFrom, expiresOn, terminatedOn, true);
    }
}
