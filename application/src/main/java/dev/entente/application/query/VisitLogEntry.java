package dev.entente.application.query;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.VisitRecord;
import java.util.List;

/**
 * One visit of the visit log, with the agreements on record signed during it and, when its ceremonies state one, the
 * number of documents the sources say were signed in all ({@code documentsSignedInAll}, null when none is stated),
 * which may be more than those on record.
 */
public record VisitLogEntry(VisitRecord visit, List<AgreementRecord> agreementsSigned, Integer documentsSignedInAll) {

    public VisitLogEntry {
        agreementsSigned = List.copyOf(agreementsSigned);
    }

    /** The entry for {@code visit}, with the number signed in all that its ceremonies state. */
    public VisitLogEntry(VisitRecord visit, List<AgreementRecord> agreementsSigned) {
        this(visit, agreementsSigned, visit.documentsSignedInAll());
    }
}
