package dev.entente.domain.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@link Agreement}'s rules need to know of its history: its kind, parties (by country code) and rules, who
 * signed, ratified and notified it when, and where it stands; {@link #INITIAL} before it is concluded.
 * {@code inForceFrom} is the entry into force shown: the observed one when the sources state it
 * ({@code observedInForce}), else the one the rule derived. Dates a step's sources give only in part (ADR 0023) count
 * by what is certain of them: {@code latestOn} is the latest day the history certainly reaches (for an exact day, that
 * day; for a month, its first day; nothing for an uncertain, approximate or "on or before" date), and
 * {@code signedFrom} the first day the first signature certainly falls on or after (null before any signature, and
 * {@link LocalDate#MIN} once a signature's date proves nothing).
 */
public record AgreementState(AgreementId agreementId, InstrumentKind kind, List<String> parties,
                             EntryIntoForceRule entryIntoForce, Period term, Period denunciationNotice,
                             Map<String, LocalDate> signedOn, Map<String, LocalDate> ratifiedOn,
                             AgreementStatus status, LocalDate concludedOn, LocalDate latestOn, LocalDate inForceFrom,
                             LocalDate expiresOn, LocalDate terminatedOn, boolean registered,
                             Map<String, LocalDate> notifiedOn, boolean observedInForce, boolean binding,
                             Period renewal, LocalDate signedFrom) {

    /** An agreement not concluded yet. */
    public static final AgreementState INITIAL = new AgreementState(null, null, List.of(), null, null, null, Map.of(),
            Map.of(), null, null, null, null, null, null, false, Map.of(), false, false, null, null);

    public AgreementState {
        parties = parties == null ? List.of() : List.copyOf(parties);
        signedOn = copy(signedOn);
        ratifiedOn = copy(ratifiedOn);
        notifiedOn = copy(notifiedOn);
    }

    /** A state whose signatures are all dated by exact days, the first on the earliest day in {@code signedOn}. */
    public AgreementState(AgreementId agreementId, InstrumentKind kind, List<String> parties,
                          EntryIntoForceRule entryIntoForce, Period term, Period denunciationNotice,
                          Map<String, LocalDate> signedOn, Map<String, LocalDate> ratifiedOn, AgreementStatus status,
                          LocalDate concludedOn, LocalDate latestOn, LocalDate inForceFrom, LocalDate expiresOn,
                          LocalDate terminatedOn, boolean registered, Map<String, LocalDate> notifiedOn,
                          boolean observedInForce, boolean binding, Period renewal) {
        this(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn, ratifiedOn, status,
                concludedOn, latestOn, inForceFrom, expiresOn, terminatedOn, registered, notifiedOn, observedInForce,
                binding, renewal, signedOn == null ? null : signedOn.values().stream().min(LocalDate::compareTo)
                        .orElse(null));
    }

    private static Map<String, LocalDate> copy(Map<String, LocalDate> dates) {
        return dates == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(dates));
    }

    /** Whether the agreement was concluded. */
    public boolean concluded() {
        return agreementId != null;
    }

    /** The parties that took {@code step}, with its date. */
    public Map<String, LocalDate> consented(EntryIntoForceRule.ConsentStep step) {
        return step == EntryIntoForceRule.ConsentStep.RATIFICATION ? ratifiedOn : notifiedOn;
    }

    AgreementState step(AgreementStatus newStatus, LocalDate on) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn,
                ratifiedOn, newStatus, concludedOn, on, inForceFrom, expiresOn, terminatedOn, registered, notifiedOn,
                observedInForce, binding, renewal, signedFrom);
    }

    AgreementState signed(Map<String, LocalDate> signatures, AgreementStatus newStatus, LocalDate on,
                          LocalDate firstSignedFrom) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signatures,
                ratifiedOn, newStatus, concludedOn, on, inForceFrom, expiresOn, terminatedOn, registered, notifiedOn,
                observedInForce, binding, renewal, firstSignedFrom);
    }

    AgreementState ratified(Map<String, LocalDate> ratifications, LocalDate on) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn,
                ratifications, status, concludedOn, on, inForceFrom, expiresOn, terminatedOn, registered, notifiedOn,
                observedInForce, binding, renewal, signedFrom);
    }

    AgreementState notified(Map<String, LocalDate> notifications, LocalDate on) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn,
                ratifiedOn, status, concludedOn, on, inForceFrom, expiresOn, terminatedOn, registered, notifications,
                observedInForce, binding, renewal, signedFrom);
    }

    AgreementState inForce(AgreementStatus newStatus, LocalDate from, LocalDate expires, LocalDate reaches) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn,
                ratifiedOn, newStatus, concludedOn, reaches, from, expires, terminatedOn, registered, notifiedOn,
                observedInForce, binding, renewal, signedFrom);
    }

    /**
     * In force from the date the sources state. The history's latest date stays where it was: an observed entry into
     * force does not refuse the steps the sources report before it.
     */
    AgreementState observedInForce(AgreementStatus newStatus, LocalDate from, LocalDate expires) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn,
                ratifiedOn, newStatus, concludedOn, latestOn, from, expires, terminatedOn, registered, notifiedOn,
                true, binding, renewal, signedFrom);
    }

    /** A derived entry into force once one was observed: the observed date stays the one shown. */
    AgreementState derivedBesideObserved(LocalDate derivedOn) {
        LocalDate latest = derivedOn.isAfter(latestOn) ? derivedOn : latestOn;
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn,
                ratifiedOn, status, concludedOn, latest, inForceFrom, expiresOn, terminatedOn, registered, notifiedOn,
                true, binding, renewal, signedFrom);
    }

    AgreementState terminated(LocalDate on, LocalDate reaches) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn,
                ratifiedOn, AgreementStatus.TERMINATED, concludedOn, reaches, inForceFrom, expiresOn, on, registered,
                notifiedOn, observedInForce, binding, renewal, signedFrom);
    }

    AgreementState registered(LocalDate on) {
        return new AgreementState(agreementId, kind, parties, entryIntoForce, term, denunciationNotice, signedOn,
                ratifiedOn, status, concludedOn, on, inForceFrom, expiresOn, terminatedOn, true, notifiedOn,
                observedInForce, binding, renewal, signedFrom);
    }
}
