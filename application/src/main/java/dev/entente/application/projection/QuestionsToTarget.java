package dev.entente.application.projection;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A read-model store in front of another, for the projector's buffers: the projector only reads records by id and
 * writes changes, which a subclass keeps; every other question goes to the target, as the queries do.
 */
abstract class QuestionsToTarget implements ReadModelStore {

    protected final ReadModelStore target;

    protected QuestionsToTarget(ReadModelStore target) {
        this.target = target;
    }

    @Override
    public Optional<RelationshipRecord> relationship(Dyad dyad) {
        return target.relationship(dyad);
    }

    @Override
    public List<VisitRecord> visitsOf(Dyad dyad) {
        return target.visitsOf(dyad);
    }

    @Override
    public List<AgreementRecord> agreementsOf(Dyad dyad) {
        return target.agreementsOf(dyad);
    }

    @Override
    public List<MeetingRecord> meetingsOf(Dyad dyad) {
        return target.meetingsOf(dyad);
    }

    @Override
    public List<AgreementRecord> agreements() {
        return target.agreements();
    }

    @Override
    public List<AgreementRecord> agreementsWith(Country party, LocalDate concludedBy) {
        return target.agreementsWith(party, concludedBy);
    }

    @Override
    public List<VisitRecord> visits() {
        return target.visits();
    }

    @Override
    public List<RelationshipRecord> relationships() {
        return target.relationships();
    }

    @Override
    public List<Dyad> dyads() {
        return target.dyads();
    }

    @Override
    public boolean keepsTimelineText() {
        return target.keepsTimelineText();
    }

    @Override
    public List<TimelineEntry> timeline(Dyad dyad) {
        return target.timeline(dyad);
    }

    @Override
    public List<TimelineEntry> timeline(Dyad dyad, LocalDate from, LocalDate to) {
        return target.timeline(dyad, from, to);
    }

    @Override
    public void clear() {
        target.clear();
    }
}
