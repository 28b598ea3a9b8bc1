package dev.entente.application.query;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.VisitRecord;
import java.util.List;

/** One visit of the visit log, with the agreements signed during it. */
public record VisitLogEntry(VisitRecord visit, List<AgreementRecord> agreementsSigned) {

    public VisitLogEntry {
        agreementsSigned = List.copyOf(agreementsSigned);
    }
}
