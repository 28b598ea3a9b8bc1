package dev.entente.application.projection;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.RelationshipFact;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.application.spi.ReadModelStore.AgreementLink;
import dev.entente.application.spi.ReadModelStore.Changes;
import dev.entente.application.spi.ReadModelStore.VisitLink;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The read models as the projector sees them while an event processor folds a batch of events: records read once
 * per batch, changes kept in memory and written in one go when the batch's unit of work prepares to commit, in the
 * transaction that also stores the processor's token. Outside a unit of work it reads and writes straight through.
 */
final class BatchBuffer implements ReadModelStore {

    private static final String RESOURCE = BatchBuffer.class.getName();

    private final ReadModelStore target;

    BatchBuffer(ReadModelStore target) {
        this.target = target;
    }

    /** The changes of the current batch, written to the target before the batch commits. */
    private static final class Pending {
        private final Map<VisitId, Optional<VisitRecord>> visits = new HashMap<>();
        private final Map<AgreementId, Optional<AgreementRecord>> agreements = new HashMap<>();
        private final Map<VisitId, VisitRecord> changedVisits = new LinkedHashMap<>();
        private final Map<AgreementId, AgreementRecord> changedAgreements = new LinkedHashMap<>();
        private final List<RelationshipFact> relationshipFacts = new ArrayList<>();
        private final Set<VisitLink> visitLinks = new LinkedHashSet<>();
        private final Set<AgreementLink> agreementLinks = new LinkedHashSet<>();
        private final List<TimelineEntry> timeline = new ArrayList<>();

        Changes changes() {
            return new Changes(List.copyOf(changedVisits.values()), List.copyOf(changedAgreements.values()),
                    relationshipFacts, List.copyOf(visitLinks),
                    List.copyOf(agreementLinks), timeline);
        }
    }

    private Pending pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(RESOURCE, key -> {
            Pending pending = new Pending();
            unitOfWork.onPrepareCommit(u -> {
                Changes changes = pending.changes();
                if (!changes.isEmpty()) {
                    target.write(changes);
                }
            });
            return pending;
        });
    }

    private static <K, V> Optional<V> read(Map<K, Optional<V>> known, K key, Function<K, Optional<V>> load) {
        return known.computeIfAbsent(key, load);
    }

    @Override
    public Optional<VisitRecord> visit(VisitId id) {
        Pending pending = pending();
        return pending == null ? target.visit(id) : read(pending.visits, id, target::visit);
    }

    @Override
    public Optional<AgreementRecord> agreement(AgreementId id) {
        Pending pending = pending();
        return pending == null ? target.agreement(id) : read(pending.agreements, id, target::agreement);
    }

    // The projector appends a relationship's facts without reading the relationship; a read goes to the target.
    @Override
    public Optional<RelationshipRecord> relationship(Dyad dyad) {
        return target.relationship(dyad);
    }

    @Override
    public void save(VisitRecord visit) {
        Pending pending = pending();
        if (pending == null) {
            target.save(visit);
        } else {
            pending.visits.put(visit.id(), Optional.of(visit));
            pending.changedVisits.put(visit.id(), visit);
        }
    }

    @Override
    public void save(AgreementRecord agreement) {
        Pending pending = pending();
        if (pending == null) {
            target.save(agreement);
        } else {
            pending.agreements.put(agreement.id(), Optional.of(agreement));
            pending.changedAgreements.put(agreement.id(), agreement);
        }
    }

    @Override
    public void append(RelationshipFact fact) {
        Pending pending = pending();
        if (pending == null) {
            target.append(fact);
        } else {
            pending.relationshipFacts.add(fact);
        }
    }

    @Override
    public void link(Dyad dyad, VisitId visit) {
        Pending pending = pending();
        if (pending == null) {
            target.link(dyad, visit);
        } else {
            pending.visitLinks.add(new VisitLink(dyad, visit));
        }
    }

    @Override
    public void link(Dyad dyad, AgreementId agreement) {
        Pending pending = pending();
        if (pending == null) {
            target.link(dyad, agreement);
        } else {
            pending.agreementLinks.add(new AgreementLink(dyad, agreement));
        }
    }

    @Override
    public void append(TimelineEntry entry) {
        Pending pending = pending();
        if (pending == null) {
            target.append(entry);
        } else {
            pending.timeline.add(entry);
        }
    }

    // The projector only reads records by id; the questions below go to the target, as the queries do.

    @Override
    public List<VisitRecord> visitsOf(Dyad dyad) {
        return target.visitsOf(dyad);
    }

    @Override
    public List<AgreementRecord> agreementsOf(Dyad dyad) {
        return target.agreementsOf(dyad);
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
