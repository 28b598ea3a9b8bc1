package dev.entente.application.query;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.domain.agreement.AgreementStatus;
import java.util.List;

/**
 * One line of the agreement register: the agreement and its status on the date asked, with the instruments that amend
 * or supersede it and are signed by that date (in force on it, or signed but not yet in force).
 */
public record AgreementEntry(AgreementRecord agreement, AgreementStatus status, List<LinkedInstrument> linked) {

    public AgreementEntry {
        linked = linked == null ? List.of() : List.copyOf(linked);
    }

    /** An entry with no amending or superseding instrument. */
    public AgreementEntry(AgreementRecord agreement, AgreementStatus status) {
        this(agreement, status, List.of());
    }
}
