package dev.entente.application.inmemory;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.readmodel.RelationshipFact;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Read models kept in memory: for the in-memory engine, and for read models built from part of the history. */
public final class InMemoryReadModelStore implements ReadModelStore {

    private static final Comparator<Dyad> CANONICAL = Comparator.comparing(Dyad::toString);

    private final Map<VisitId, VisitRecord> visits = new ConcurrentHashMap<>();
    private final Map<AgreementId, AgreementRecord> agreements = new ConcurrentHashMap<>();
    private final Map<Dyad, ConcurrentSkipListMap<Long, RelationshipFact>> relationships = new ConcurrentHashMap<>();
    private final Map<Dyad, Set<VisitId>> visitLinks = new ConcurrentHashMap<>();
    private final Map<Dyad, Set<AgreementId>> agreementLinks = new ConcurrentHashMap<>();
    private final Map<Dyad, ConcurrentSkipListMap<Long, TimelineEntry>> timelines = new ConcurrentHashMap<>();
    private final Map<MeetingId, MeetingRecord> meetings = new ConcurrentHashMap<>();
    private final Map<Dyad, Set<MeetingId>> meetingLinks = new ConcurrentHashMap<>();
    private final boolean keepsTimelineText;

    /** Read models that keep every timeline entry whole. */
    public InMemoryReadModelStore() {
        this(true);
    }

    private InMemoryReadModelStore(boolean keepsTimelineText) {
        this.keepsTimelineText = keepsTimelineText;
    }

    /**
     * Read models whose folds need not describe timeline entries: the projector hands them only where each entry
     * stands ({@link TimelineEntry#at}), as for a fold of records whose entries no one asks for (ADR 0029).
     */
    public static InMemoryReadModelStore withoutTimelineText() {
        return new InMemoryReadModelStore(false);
    }

    @Override
    public boolean keepsTimelineText() {
        return keepsTimelineText;
    }

    @Override
    public Optional<VisitRecord> visit(VisitId id) {
        return Optional.ofNullable(visits.get(id));
    }

    @Override
    public Optional<AgreementRecord> agreement(AgreementId id) {
        return Optional.ofNullable(agreements.get(id));
    }

    @Override
    public Optional<RelationshipRecord> relationship(Dyad dyad) {
        ConcurrentSkipListMap<Long, RelationshipFact> facts = relationships.get(dyad);
        return facts == null || facts.isEmpty() ? Optional.empty()
                : Optional.of(RelationshipRecord.of(dyad, List.copyOf(facts.values())));
    }

    @Override
    public void save(VisitRecord visit) {
        visits.put(visit.id(), visit);
    }

    @Override
    public void save(AgreementRecord agreement) {
        agreements.put(agreement.id(), agreement);
    }

    @Override
    public void save(MeetingRecord meeting) {
        meetings.put(meeting.id(), meeting);
        meeting.held().dyads().forEach(dyad -> meetingLinks.computeIfAbsent(dyad, d -> ConcurrentHashMap.newKeySet())
                .add(meeting.id()));
    }

    @Override
    public void append(RelationshipFact fact) {
        relationships.computeIfAbsent(fact.dyad(), d -> new ConcurrentSkipListMap<>()).putIfAbsent(fact.position(), fact);
    }

    @Override
    public void link(Dyad dyad, VisitId visit) {
        visitLinks.computeIfAbsent(dyad, d -> ConcurrentHashMap.newKeySet()).add(visit);
    }

    @Override
    public void link(Dyad dyad, AgreementId agreement) {
        agreementLinks.computeIfAbsent(dyad, d -> ConcurrentHashMap.newKeySet()).add(agreement);
    }

    @Override
    public List<VisitRecord> visitsOf(Dyad dyad) {
        return visitLinks.getOrDefault(dyad, Set.of()).stream().map(visits::get).filter(r -> r != null).toList();
    }

    @Override
    public List<AgreementRecord> agreementsOf(Dyad dyad) {
        return agreementLinks.getOrDefault(dyad, Set.of()).stream().map(agreements::get).filter(r -> r != null).toList();
    }

    @Override
    public List<MeetingRecord> meetingsOf(Dyad dyad) {
        return meetingLinks.getOrDefault(dyad, Set.of()).stream().map(meetings::get).filter(r -> r != null).toList();
    }

    @Override
    public List<AgreementRecord> agreements() {
        return List.copyOf(agreements.values());
    }

    @Override
    public List<AgreementRecord> agreementsWith(Country party, LocalDate concludedBy) {
        return agreements.values().stream()
                .filter(a -> a.parties().contains(party) && !a.concludedOn().isAfter(concludedBy))
                .toList();
    }

    @Override
    public List<VisitRecord> visits() {
        return List.copyOf(visits.values());
    }

    @Override
    public List<RelationshipRecord> relationships() {
        return relationships.keySet().stream().map(this::relationship).flatMap(Optional::stream).toList();
    }

    @Override
    public List<Dyad> dyads() {
        Set<Dyad> all = new TreeSet<>(CANONICAL);
        all.addAll(relationships.keySet());
        all.addAll(visitLinks.keySet());
        all.addAll(agreementLinks.keySet());
        all.addAll(meetingLinks.keySet());
        return List.copyOf(all);
    }

    @Override
    public void append(TimelineEntry entry) {
        timelines.computeIfAbsent(entry.dyad(), d -> new ConcurrentSkipListMap<>()).putIfAbsent(entry.position(), entry);
    }

    @Override
    public List<TimelineEntry> timeline(Dyad dyad, LocalDate from, LocalDate to) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (TimelineEntry entry : timelines.getOrDefault(dyad, new ConcurrentSkipListMap<>()).values()) {
            if (!entry.occurredOn().isBefore(from) && !entry.occurredOn().isAfter(to)) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::occurredOn).thenComparingLong(TimelineEntry::position));
        return List.copyOf(entries);
    }

    @Override
    public List<TimelineEntry> timeline(Dyad dyad) {
        return List.copyOf(timelines.getOrDefault(dyad, new ConcurrentSkipListMap<>()).values());
    }

    @Override
    public void clear() {
        visits.clear();
        agreements.clear();
        relationships.clear();
        visitLinks.clear();
        agreementLinks.clear();
        timelines.clear();
        meetings.clear();
        meetingLinks.clear();
    }
}
