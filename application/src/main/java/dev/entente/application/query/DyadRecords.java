package dev.entente.application.query;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.shared.Dyad;
import java.util.List;

/**
 * Everything on record between two countries, whole (not cut at a date): their visits, the agreements both are party
 * to, their relationship's own record, and the multilateral meetings both took part in. What the series and the
 * chart are drawn from.
 */
public record DyadRecords(Dyad dyad, List<VisitRecord> visits, List<AgreementRecord> agreements,
                          RelationshipRecord relationship, List<MeetingRecord> meetings) {

    /** The records of a dyad whose states met at no multilateral meeting. */
    public DyadRecords(Dyad dyad, List<VisitRecord> visits, List<AgreementRecord> agreements,
                       RelationshipRecord relationship) {
        this(dyad, visits, agreements, relationship, List.of());
    }

    public DyadRecords {
        meetings = List.copyOf(meetings);
        visits = List.copyOf(visits);
        agreements = List.copyOf(agreements);
        relationship = relationship == null ? RelationshipRecord.empty(dyad) : relationship;
    }
}
