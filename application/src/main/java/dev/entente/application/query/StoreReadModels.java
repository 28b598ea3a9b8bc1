package dev.entente.application.query;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.RelationshipState;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Values;
import dev.entente.domain.visit.VisitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Answers the questions of {@link ReadModels} from the records in a {@link ReadModelStore}. */
public final class StoreReadModels implements ReadModels {

    /** By the day concluded, then by id; a class rather than lambdas, which a question's start would link (ADR 0034). */
    private static final Comparator<AgreementRecord> BY_CONCLUSION = new Comparator<>() {
        @Override
        public int compare(AgreementRecord a, AgreementRecord b) {
            int byDay = a.concludedOn().compareTo(b.concludedOn());
            return byDay != 0 ? byDay : a.id().value().compareTo(b.id().value());
        }
    };

    private final ReadModelStore store;

    public StoreReadModels(ReadModelStore store) {
        this.store = store;
    }

    @Override
    public RelationshipState stateOf(Dyad dyad, LocalDate asOf) {
        Values.required(dyad, "dyad");
        Values.required(asOf, "date");
        return RelationshipState.on(asOf, dyad, store.relationship(dyad).orElse(null), store.visitsOf(dyad),
                store.agreementsOf(dyad), store.meetingsOf(dyad));
    }

    @Override
    public List<TimelineEntry> timeline(Dyad dyad, LocalDate from, LocalDate to) {
        Values.required(dyad, "dyad");
        checkRange(from, to);
        return store.timeline(dyad, from == null ? LocalDate.MIN : from, to == null ? LocalDate.MAX : to);
    }

    /**
     * Refuses a timeline range whose end comes before its start (either may be null: open); public so that a caller
     * can check its arguments before it opens a store.
     *
     * @throws InvalidValue {@code timeline.range-out-of-order}
     */
    public static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValue("timeline.range-out-of-order",
                    "the timeline cannot run from " + from + " back to " + to);
        }
    }

    @Override
    public List<AgreementEntry> agreements(AgreementQuery query) {
        Values.required(query, "query");
        List<AgreementRecord> candidates = query.party() == null ? store.agreements()
                : store.agreementsWith(query.party(), query.asOf());
        Timelines timelines = new Timelines();
        Map<AgreementRecord, AgreementStatus> instruments = linkingInstruments(candidates, query.asOf(), timelines);
        return candidates.stream()
                .filter(a -> query.sector() == null || a.sectors().contains(query.sector()))
                .filter(a -> query.kind() == null || a.kind() == query.kind())
                .map(a -> a.asOf(query.asOf(), timelines.of(a)))
                .filter(Objects::nonNull)
                .sorted(BY_CONCLUSION)
                .map(a -> new AgreementEntry(a, a.statusOn(query.asOf()),
                        instruments.isEmpty() ? List.of() : LinkedInstrument.to(a.id(), instruments)))
                .filter(entry -> entry.status() != null)
                .filter(entry -> query.status() == null || entry.status() == query.status())
                .toList();
    }

    /**
     * The agreements among {@code candidates} that amend or supersede another, as known on {@code date}, with their
     * status then; in order of conclusion. Empty (and cheap) when no agreement links to another.
     */
    private static Map<AgreementRecord, AgreementStatus> linkingInstruments(List<AgreementRecord> candidates,
                                                                         LocalDate date, Timelines timelines) {
        Map<AgreementRecord, AgreementStatus> instruments = new LinkedHashMap<>();
        for (AgreementRecord candidate : candidates) {
            if (candidate.amends() == null && candidate.supersedes() == null) {
                continue;
            }
            AgreementRecord known = candidate.asOf(date, timelines.of(candidate));
            if (known != null) {
                instruments.put(known, known.statusOn(date));
            }
        }
        return instruments;
    }

    @Override
    public List<VisitLogEntry> visits(Dyad dyad, LocalDate asOf) {
        Values.required(dyad, "dyad");
        Values.required(asOf, "date");
        Timelines timelines = new Timelines();
        // One pass over the dyad's agreements, grouped by the visits they were signed during, rather than every
        // agreement compared with every visit; each cut at the date, so only the signatures made by then count.
        Map<VisitId, List<AgreementRecord>> signedDuring = new HashMap<>();
        for (AgreementRecord whole : store.agreementsOf(dyad)) {
            AgreementRecord agreement = whole.asOf(asOf, timelines.of(whole));
            if (agreement == null) {
                continue;
            }
            agreement.signings().stream().map(AgreementSigned::duringVisit).filter(Objects::nonNull).distinct()
                    .forEach(visit -> signedDuring.computeIfAbsent(visit, v -> new ArrayList<>()).add(agreement));
        }
        return store.visitsOf(dyad).stream()
                .map(visit -> visit.asOf(asOf, () -> timelines.of(dyad)))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(VisitRecord::plannedFrom).thenComparing(v -> v.id().value()))
                .map(visit -> new VisitLogEntry(visit, signedDuring.getOrDefault(visit.id(), List.of()).stream()
                        .sorted(BY_CONCLUSION)
                        .toList()))
                .toList();
    }

    /**
     * The timelines read to cut records at a date, each dyad's read at most once per question and only when a record
     * has facts after the date (a record with none is returned as it is, without its timeline).
     */
    private final class Timelines {
        private final Map<Dyad, List<TimelineEntry>> read = new HashMap<>();

        List<TimelineEntry> of(Dyad dyad) {
            return read.computeIfAbsent(dyad, store::timeline);
        }

        Supplier<List<TimelineEntry>> of(AgreementRecord agreement) {
            return () -> of(agreement.dyads().get(0));
        }
    }

    @Override
    public Optional<AgreementRecord> agreement(AgreementId id) {
        return store.agreement(id);
    }

    @Override
    public Optional<VisitRecord> visit(VisitId id) {
        return store.visit(id);
    }

    @Override
    public List<Dyad> dyads() {
        return store.dyads();
    }

    @Override
    public DyadRecords records(Dyad dyad) {
        Values.required(dyad, "dyad");
        return new DyadRecords(dyad, store.visitsOf(dyad), store.agreementsOf(dyad), store.relationship(dyad).orElse(null),
                store.meetingsOf(dyad));
    }
}
