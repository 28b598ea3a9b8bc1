package dev.entente.application.projection;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.readmodel.RelationshipFact;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.application.spi.ReadModelStore.AgreementLink;
import dev.entente.application.spi.ReadModelStore.Changes;
import dev.entente.application.spi.ReadModelStore.VisitLink;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read models as the projector sees them while it folds many events: each record read from the target once,
 * every change kept in memory until {@link #flush()} writes them all in one {@link ReadModelStore#write}, so a record
 * changed by many events of a batch is written once. The projector appends a relationship's facts without reading
 * the relationship, and reads other records only by id; the questions it never asks go to the target.
 */
final class ChangeBuffer extends QuestionsToTarget {

    /** Records kept between flushes, past which the cache starts again: a bulk replay's heap stays bounded. */
    private static final int MAX_CACHED = 20_000;

    /**
     * Set when the target was emptied before the first event and only this buffer writes to it, as in a bulk
     * replay: a record never saved here is then known to be absent without asking.
     */
    private final Set<Object> savedIds;

    private final Map<VisitId, Optional<VisitRecord>> visits = new HashMap<>();
    private final Map<AgreementId, Optional<AgreementRecord>> agreements = new HashMap<>();
    private final Map<VisitId, VisitRecord> changedVisits = new LinkedHashMap<>();
    private final Map<AgreementId, AgreementRecord> changedAgreements = new LinkedHashMap<>();
    private final List<RelationshipFact> relationshipFacts = new ArrayList<>();
    private final Set<VisitLink> visitLinks = new LinkedHashSet<>();
    private final Set<AgreementLink> agreementLinks = new LinkedHashSet<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final Map<Object, MeetingRecord> meetings = new LinkedHashMap<>();

    private ChangeBuffer(ReadModelStore target, boolean targetStartsEmpty) {
        super(target);
        this.savedIds = targetStartsEmpty ? new HashSet<>() : null;
    }

    /** A buffer over read models that may hold anything: a record not yet read is read from the target. */
    static ChangeBuffer over(ReadModelStore target) {
        return new ChangeBuffer(target, false);
    }

    /** A buffer over read models just emptied, which nothing else writes to until the buffer is done. */
    static ChangeBuffer overEmptied(ReadModelStore target) {
        return new ChangeBuffer(target, true);
    }

    /** Writes every change since the last flush to the target, in one {@link ReadModelStore#write}. */
    void flush() {
        Changes changes = take();
        if (!changes.isEmpty()) {
            target.write(changes);
        }
    }

    /**
     * Every change since the last flush or take, for the caller to write (before it writes any later change, and
     * before it asks a target anything these changes touch): the buffer forgets them as if flushed, but keeps the
     * records they hold in memory, so that no question goes to the target before they are written.
     */
    Changes take() {
        Changes changes = new Changes(List.copyOf(changedVisits.values()), List.copyOf(changedAgreements.values()),
                relationshipFacts, List.copyOf(visitLinks), List.copyOf(agreementLinks), timeline,
                List.copyOf(meetings.values()));
        if (visits.size() + agreements.size() > MAX_CACHED) {
            visits.clear();
            agreements.clear();
            changedVisits.forEach((id, visit) -> visits.put(id, Optional.of(visit)));
            changedAgreements.forEach((id, agreement) -> agreements.put(id, Optional.of(agreement)));
        }
        changedVisits.clear();
        changedAgreements.clear();
        relationshipFacts.clear();
        visitLinks.clear();
        agreementLinks.clear();
        timeline.clear();
        meetings.clear();
        return changes;
    }

    @Override
    public Optional<VisitRecord> visit(VisitId id) {
        return visits.computeIfAbsent(id, key -> savedIds != null && !savedIds.contains(key) ? Optional.empty()
                : target.visit(key));
    }

    @Override
    public Optional<AgreementRecord> agreement(AgreementId id) {
        return agreements.computeIfAbsent(id, key -> savedIds != null && !savedIds.contains(key) ? Optional.empty()
                : target.agreement(key));
    }

    @Override
    public void save(VisitRecord visit) {
        visits.put(visit.id(), Optional.of(visit));
        changedVisits.put(visit.id(), visit);
        if (savedIds != null) {
            savedIds.add(visit.id());
        }
    }

    @Override
    public void save(AgreementRecord agreement) {
        agreements.put(agreement.id(), Optional.of(agreement));
        changedAgreements.put(agreement.id(), agreement);
        if (savedIds != null) {
            savedIds.add(agreement.id());
        }
    }

    @Override
    public void save(MeetingRecord meeting) {
        meetings.put(meeting.id(), meeting);
    }

    @Override
    public void append(RelationshipFact fact) {
        relationshipFacts.add(fact);
    }

    @Override
    public void link(Dyad dyad, VisitId visit) {
        visitLinks.add(new VisitLink(dyad, visit));
    }

    @Override
    public void link(Dyad dyad, AgreementId agreement) {
        agreementLinks.add(new AgreementLink(dyad, agreement));
    }

    @Override
    public void append(TimelineEntry entry) {
        timeline.add(entry);
    }
}
