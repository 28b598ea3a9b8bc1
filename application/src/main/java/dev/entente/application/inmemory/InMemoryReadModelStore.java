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
import java.util.Collections;
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

    /*
     * What a question's folds call is written without lambdas and streams, each of which a question's start would link
     * once (docs/adr/0034).
     */

    private static final Comparator<Dyad> CANONICAL = new Comparator<>() {
        @Override
        public int compare(Dyad a, Dyad b) {
            return a.toString().compareTo(b.toString());
        }
    };

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
        for (Dyad dyad : meeting.held().dyads()) {
            linksOf(meetingLinks, dyad).add(meeting.id());
        }
    }

    @Override
    public void append(RelationshipFact fact) {
        ConcurrentSkipListMap<Long, RelationshipFact> facts = relationships.get(fact.dyad());
        if (facts == null) {
            relationships.putIfAbsent(fact.dyad(), new ConcurrentSkipListMap<>());
            facts = relationships.get(fact.dyad());
        }
        facts.putIfAbsent(fact.position(), fact);
    }

    @Override
    public void link(Dyad dyad, VisitId visit) {
        linksOf(visitLinks, dyad).add(visit);
    }

    @Override
    public void link(Dyad dyad, AgreementId agreement) {
        linksOf(agreementLinks, dyad).add(agreement);
    }

    /** The links of {@code dyad} in {@code links}, made empty if it has none yet. */
    private static <K> Set<K> linksOf(Map<Dyad, Set<K>> links, Dyad dyad) {
        Set<K> linked = links.get(dyad);
        if (linked == null) {
            links.putIfAbsent(dyad, ConcurrentHashMap.newKeySet());
            linked = links.get(dyad);
        }
        return linked;
    }

    /** The records {@code links} names for {@code dyad}, in the order of the links, those not (or no longer) held left out. */
    private static <K, R> List<R> linked(Map<Dyad, Set<K>> links, Map<K, R> records, Dyad dyad) {
        List<R> found = new ArrayList<>();
        for (K key : links.getOrDefault(dyad, Set.of())) {
            R record = records.get(key);
            if (record != null) {
                found.add(record);
            }
        }
        return Collections.unmodifiableList(found);
    }

    @Override
    public List<VisitRecord> visitsOf(Dyad dyad) {
        return linked(visitLinks, visits, dyad);
    }

    @Override
    public List<AgreementRecord> agreementsOf(Dyad dyad) {
        return linked(agreementLinks, agreements, dyad);
    }

    @Override
    public List<MeetingRecord> meetingsOf(Dyad dyad) {
        return linked(meetingLinks, meetings, dyad);
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
        ConcurrentSkipListMap<Long, TimelineEntry> entries = timelines.get(entry.dyad());
        if (entries == null) {
            timelines.putIfAbsent(entry.dyad(), new ConcurrentSkipListMap<>());
            entries = timelines.get(entry.dyad());
        }
        entries.putIfAbsent(entry.position(), entry);
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
