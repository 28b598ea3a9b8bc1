package dev.entente.application.query;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An instrument that amends or supersedes an agreement of the register (a protocol, an amendment, a new treaty), with
 * its own status on the register's date. {@code signedOn} and {@code inForceFrom} are the days those facts are known
 * from; {@code signedAsWritten} and {@code inForceAsWritten} give them as the sources do when that is not an exact
 * day (ADR 0023), and are null otherwise.
 */
public record LinkedInstrument(Link link, AgreementId id, String title, AgreementStatus status, LocalDate signedOn,
                               LocalDate inForceFrom, WrittenDate signedAsWritten, WrittenDate inForceAsWritten) {

    /** An instrument whose signature and entry into force are dated by exact days. */
    public LinkedInstrument(Link link, AgreementId id, String title, AgreementStatus status, LocalDate signedOn,
                            LocalDate inForceFrom) {
        this(link, id, title, status, signedOn, inForceFrom, null, null);
    }

    /** How the instrument relates to the agreement it is listed under. */
    public enum Link {
        AMENDS, SUPERSEDES;

        /** The phrase under the agreement, e.g. "amended by". */
        public String label() {
            return this == AMENDS ? "amended by" : "superseded by";
        }
    }

    /** The statuses under which an instrument is listed: signed, and not ended. */
    static boolean listed(AgreementStatus status) {
        return status == AgreementStatus.SIGNED || status == AgreementStatus.PROVISIONALLY_APPLIED
                || status == AgreementStatus.IN_FORCE || status == AgreementStatus.SUSPENDED;
    }

    /**
     * The instruments linked to {@code base} among {@code instruments}, each already cut at {@code date} and paired
     * with its status on it, in order of conclusion.
     */
    static List<LinkedInstrument> to(AgreementId base, Map<AgreementRecord, AgreementStatus> instruments) {
        List<LinkedInstrument> linked = new ArrayList<>();
        instruments.forEach((instrument, status) -> {
            if (!listed(status)) {
                return;
            }
            if (base.equals(instrument.amends())) {
                linked.add(of(Link.AMENDS, instrument, status));
            }
            if (base.equals(instrument.supersedes())) {
                linked.add(of(Link.SUPERSEDES, instrument, status));
            }
        });
        linked.sort(Comparator.comparing(LinkedInstrument::signedOn).thenComparing(l -> l.id().value()));
        return List.copyOf(linked);
    }

    private static LinkedInstrument of(Link link, AgreementRecord instrument, AgreementStatus status) {
        return new LinkedInstrument(link, instrument.id(), instrument.title(), status, instrument.firstSignedOn(),
                instrument.inForceFrom(), inPart(instrument.firstSignedWritten()),
                inPart(instrument.inForceFromWritten()));
    }

    private static WrittenDate inPart(WrittenDate date) {
        return date == null || date.isExactDay() ? null : date;
    }

    /** e.g. "amended by az-pk-protocol-2025 (in force since 2025-06-01)". */
    public String describe() {
        String state = switch (status) {
            case IN_FORCE -> "in force since " + (inForceAsWritten != null ? inForceAsWritten : inForceFrom);
            case SIGNED -> "signed on " + (signedAsWritten != null ? signedAsWritten : signedOn)
                    + ", not yet in force";
            default -> status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
        return link.label() + " " + id + " '" + title + "' (" + state + ")";
    }
}
