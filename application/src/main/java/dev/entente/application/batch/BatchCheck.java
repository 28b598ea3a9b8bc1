package dev.entente.application.batch;

import dev.entente.application.EventMetadata;
import dev.entente.application.spi.CommandLog;
import dev.entente.application.spi.KeyInAggregate;
import dev.entente.application.spi.Serialization;
import dev.entente.application.spi.StorageSettings;
import dev.entente.domain.AggregateRegistry;
import dev.entente.domain.Aggregates;
import dev.entente.domain.correction.FactWithdrawn;
import dev.entente.domain.correction.WithdrawFacts;
import dev.entente.domain.correction.WithdrawalRule;
import dev.entente.domain.correction.Withdrawals;
import dev.entente.domain.shared.AggregateType;
import dev.entente.domain.shared.Decider;
import dev.entente.domain.shared.Fact;
import dev.entente.domain.shared.RuleViolation;
import dev.entente.domain.shared.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * Checks a batch without writing anything: which commands were applied before (by digest) and are skipped, and what
 * the rest decide, folding each aggregate's rules ({@code decide}, then {@code evolve}) over its stored history, read
 * once from its latest snapshot on (from its first event where an entry corrects or withdraws what its key recorded,
 * as the key index tells: ADR 0022, 0027). A command the rules refuse refuses the batch.
 */
public final class BatchCheck {

    private BatchCheck() {
    }

    /**
     * The commands that would be applied and those that would be skipped, each aggregate read from its first event.
     *
     * @param history the stored events of an aggregate, by aggregate id
     * @throws BatchRefused naming the first command a rule refuses
     */
    public static BatchReport check(List<PlannedCommand> batch, CommandLog log,
                                    Function<String, DomainEventStream> history) {
        return decide(batch, log, AggregateHistory.withoutSnapshots(history)).report();
    }

    /**
     * The batch checked against {@code history}: the report, the events each command to apply records, and the
     * aggregates as the batch leaves them.
     *
     * @throws BatchRefused naming the first command a rule refuses
     */
    public static CheckedBatch decide(List<PlannedCommand> batch, CommandLog log, AggregateHistory history) {
        return decide(batch, log, history, AggregateRegistry.entente());
    }

    /**
     * As {@link #decide(List, CommandLog, AggregateHistory)}, with the aggregates of {@code registry}: Entente's and an
     * application's own.
     *
     * @throws BatchRefused naming the first command a rule refuses, or the first that goes to no aggregate of
     *         {@code registry}
     */
    public static CheckedBatch decide(List<PlannedCommand> batch, CommandLog log, AggregateHistory history,
                                      AggregateRegistry registry) {
        for (PlannedCommand planned : batch) {
            try {
                if (!planned.withdraws()) {
                    planned.aggregateType(registry);
                }
            } catch (IllegalArgumentException unknown) {
                throw new BatchRefused(planned, unknown);
            }
        }
        List<PlannedCommand> toApply = new ArrayList<>();
        List<PlannedCommand> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>(batch.size() * 4 / 3 + 1);
        Set<String> appliedBefore = log.containing(batch.stream().map(PlannedCommand::digest).toList());
        for (PlannedCommand planned : batch) {
            if (!seen.add(planned.digest()) || appliedBefore.contains(planned.digest())) {
                skipped.add(planned);
            } else {
                toApply.add(planned);
            }
        }
        Map<String, HeldAggregate> held = new LinkedHashMap<>();
        // The whole stream, with each event's key and digest, of each aggregate where an entry's key recorded events
        // before (or may have: ADR 0027): to find what it recorded. Other aggregates are read from their latest
        // snapshot on.
        Map<String, List<Past>> pasts = new HashMap<>();
        List<Decision> decisions = new ArrayList<>(toApply.size());
        // Each command's aggregate id, found once: a command builds it anew each time it is asked (a few percent of
        // a long batch's check when asked three times over).
        List<String> ids = new ArrayList<>(toApply.size());
        Set<String> distinctIds = new LinkedHashSet<>();
        for (PlannedCommand planned : toApply) {
            String id = planned.aggregateId(registry);
            ids.add(id);
            distinctIds.add(id);
        }
        // Asked in bulk where the store can: an aggregate with no event yet needs no read at all.
        Optional<Set<String>> stored = toApply.isEmpty() ? Optional.empty()
                : history.withEvents(List.copyOf(distinctIds));
        Set<String> keyed = readWhole(toApply, ids, stored, history);
        for (int index = 0; index < toApply.size(); index++) {
            PlannedCommand planned = toApply.get(index);
            String id = ids.get(index);
            HeldAggregate aggregate = held.get(id);
            if (aggregate == null) {
                boolean isNew = stored.isPresent() && !stored.get().contains(id);
                if (keyed.contains(id)) {
                    List<Past> past = new ArrayList<>();
                    aggregate = isNew ? fresh(planned, id, registry) : loadWhole(planned, id, history, past, registry);
                    pasts.put(id, past);
                } else {
                    AggregateType<?, ?, ?> type = planned.aggregateType(registry);
                    aggregate = isNew ? new HeldAggregate(type, id, type.decider().initial(), -1, -1, -1)
                            : load(type, id, history);
                }
            }
            AggregateType<?, ?, ?> type = aggregate.type();
            List<Past> past = pasts.get(id);
            List<Object> events = new ArrayList<>();
            List<Object> replaced = new ArrayList<>();
            Object state = aggregate.state();
            long first = aggregate.lastSequence() + 1;
            try {
                FactWithdrawn withdrawal = past == null || planned.key() == null ? null
                        : withdrawalFor(type, planned, id, past, replaced);
                if (withdrawal != null) {
                    List<Withdrawals.Recorded> after = recorded(past);
                    after.add(new Withdrawals.Recorded(first, withdrawal));
                    if (!planned.withdraws()) {
                        // Decided where the corrected events stood, and put there when the aggregate is loaded.
                        long place = withdrawal.sequenceNumbers().get(0);
                        List<?> decided = type.decide(stateBefore(type, after, place), planned.command());
                        withdrawal = withdrawal.replacedBy(decided.size());
                        after.set(after.size() - 1, new Withdrawals.Recorded(first, withdrawal));
                        for (int i = 0; i < decided.size(); i++) {
                            after.add(new Withdrawals.Recorded(first + 1 + i, decided.get(i)));
                        }
                        events.add(withdrawal);
                        events.addAll(decided);
                    } else {
                        events.add(withdrawal);
                    }
                    state = foldKept(type, after);
                } else {
                    List<?> decided = type.decide(state, planned.command());
                    for (Object event : decided) {
                        state = type.evolve(state, event);
                    }
                    events.addAll(decided);
                }
            } catch (RuntimeException refused) {
                throw new BatchRefused(planned, refused);
            }
            if (past != null) {
                for (int i = 0; i < events.size(); i++) {
                    past.add(new Past(first + i, events.get(i), planned.key(), planned.digest()));
                }
            }
            decisions.add(new Decision(planned, type.name(), id, first, events, replaced));
            held.put(id, new HeldAggregate(type, id, state, aggregate.lastSequence() + events.size(),
                    aggregate.storedSequence(), aggregate.snapshotSequence()));
        }
        return new CheckedBatch(batch, new BatchReport(toApply, skipped), decisions, List.copyOf(held.values()));
    }

    /**
     * The aggregates to read from their first event, because an entry going to them may correct or withdraw what
     * its key recorded there (ADR 0022): those of withdrawals (whose aggregate's kind is the stored one), of a key
     * that comes twice in the batch, and of a key the key index says recorded events there. Every aggregate an entry
     * with a key goes to when the store keeps no complete index (ADR 0027). A keyed entry whose key recorded nothing
     * decides on the aggregate's current state, which its latest snapshot gives as well as its first event.
     */
    private static Set<String> readWhole(List<PlannedCommand> toApply, List<String> ids, Optional<Set<String>> stored,
                                         AggregateHistory history) {
        Set<String> whole = new HashSet<>();
        Set<String> keyedIds = new HashSet<>();
        Set<KeyInAggregate> keyedTo = new HashSet<>(toApply.size() * 4 / 3 + 1);
        for (int index = 0; index < toApply.size(); index++) {
            PlannedCommand planned = toApply.get(index);
            if (planned.key() == null) {
                continue;
            }
            String id = ids.get(index);
            keyedIds.add(id);
            if (!keyedTo.add(new KeyInAggregate(planned.key(), id)) || planned.withdraws()) {
                whole.add(id);
            }
        }
        // A key can have recorded nothing in an aggregate with no event: only the others' pairs are looked up.
        List<KeyInAggregate> asked = keyedTo.stream()
                .filter(pair -> stored.isEmpty() || stored.get().contains(pair.aggregateId())).toList();
        if (asked.isEmpty()) {
            return whole;
        }
        Optional<Set<KeyInAggregate>> recorded = history.recordedUnderKeys(asked);
        if (recorded.isEmpty()) {
            return keyedIds;
        }
        for (KeyInAggregate pair : recorded.get()) {
            if (keyedTo.contains(pair)) {
                whole.add(pair.aggregateId());
            }
        }
        return whole;
    }

    /** One stored (or just decided) event of an aggregate, with the key and digest of the entry that recorded it. */
    private record Past(long sequence, Object event, String key, String digest) {
    }

    /**
     * The withdrawal {@code planned} records first: for a {@link Withdrawal}, of every event its key recorded (the
     * rules refuse when there is none, or they are withdrawn already); for a command whose key recorded events under
     * another digest that still stand, of those (a correction); otherwise none. {@code replaced} receives the
     * events withdrawn.
     */
    private static FactWithdrawn withdrawalFor(AggregateType<?, ?, ?> type, PlannedCommand planned, String id,
                                               List<Past> past, List<Object> replaced) {
        List<Withdrawals.Recorded> recorded = recorded(past);
        Set<Long> withdrawn = Withdrawals.withdrawn(recorded);
        List<Long> sequences = new ArrayList<>();
        for (Past event : past) {
            if (planned.key().equals(event.key()) && !(event.event() instanceof FactWithdrawn)
                    && (planned.withdraws() || !withdrawn.contains(event.sequence()))) {
                sequences.add(event.sequence());
                if (!withdrawn.contains(event.sequence())) {
                    replaced.add(event.event());
                }
            }
        }
        if (planned.command() instanceof Withdrawal withdrawal) {
            return Withdrawals.decide(recorded, new WithdrawFacts(id, sequences, withdrawal.key(), withdrawal.reason(),
                    withdrawal.sources()), startsWithFirstEvent(type));
        }
        if (sequences.isEmpty()) {
            return null;
        }
        List<Source> sources = planned.command() instanceof Fact fact ? fact.sources() : List.of();
        try {
            return Withdrawals.correcting(recorded, new WithdrawFacts(id, sequences, planned.key(),
                    "corrected by " + planned.label(), sources), startsWithFirstEvent(type));
        } catch (RuleViolation startsLaterOnes) {
            if (startsLaterOnes.rule() != WithdrawalRule.FIRST_EVENT_BEFORE_LATER_ONES) {
                throw startsLaterOnes;
            }
            // An edited scheduling or conclusion whose later steps stand is no correction: a new command to the
            // rules, which refuse it as before (visit.already-scheduled, agreement.already-concluded).
            replaced.clear();
            return null;
        }
    }

    /**
     * Whether the aggregate's first event starts it, so that later events were decided on it: a visit's scheduling,
     * an agreement's conclusion, a meeting; a relationship's facts each stand alone.
     */
    private static boolean startsWithFirstEvent(AggregateType<?, ?, ?> type) {
        return type != null && type != Aggregates.RELATIONSHIP;
    }

    private static List<Withdrawals.Recorded> recorded(List<Past> past) {
        List<Withdrawals.Recorded> recorded = new ArrayList<>(past.size() + 1);
        past.forEach(event -> recorded.add(new Withdrawals.Recorded(event.sequence(), event.event())));
        return recorded;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object stateBefore(AggregateType<?, ?, ?> type, List<Withdrawals.Recorded> history, long place) {
        return Withdrawals.stateBefore((Decider) type.decider(), (Class) type.eventRoot(), history, place);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object foldKept(AggregateType<?, ?, ?> type, List<Withdrawals.Recorded> history) {
        return Withdrawals.fold((Decider) type.decider(), (Class) type.eventRoot(), history);
    }

    /** An aggregate with no event yet; a withdrawal from it has no kind, and the rules refuse it for want of events. */
    private static HeldAggregate fresh(PlannedCommand planned, String id, AggregateRegistry registry) {
        AggregateType<?, ?, ?> type = planned.withdraws() ? null : planned.aggregateType(registry);
        return new HeldAggregate(type, id, type == null ? null : type.decider().initial(), -1, -1, -1);
    }

    /**
     * The aggregate from its first event, withdrawn events left out, with every event (the withdrawn ones too) and
     * its key and digest added to {@code past}. Its kind is the command's, or for a withdrawal the stored one.
     */
    private static HeldAggregate loadWhole(PlannedCommand planned, String id, AggregateHistory history,
                                           List<Past> past, AggregateRegistry registry) {
        AggregateType<?, ?, ?> type = planned.withdraws() ? null : planned.aggregateType(registry);
        DomainEventStream events = history.events(id, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (type == null) {
                type = registry.named(event.getType()).orElse(null);
            }
            past.add(new Past(event.getSequenceNumber(), event.getPayload(),
                    text(event.getMetaData().get(EventMetadata.KEY)),
                    text(event.getMetaData().get(EventMetadata.COMMAND_DIGEST))));
        }
        long last = past.isEmpty() ? -1 : past.get(past.size() - 1).sequence();
        Object state = type == null ? null : foldKept(type, recorded(past));
        return new HeldAggregate(type, id, state, last, last, -1);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * The aggregate's state from its latest snapshot and the events after it, withdrawn events left out; from its
     * first event when a withdrawal reaches back into the snapshot (ADR 0022).
     */
    public static HeldAggregate load(AggregateType<?, ?, ?> type, String id, AggregateHistory history) {
        Object state = type.decider().initial();
        long snapshotSequence = -1;
        Optional<DomainEventMessage<?>> snapshot = history.snapshot(id);
        // An application's aggregate has no shell and so no snapshot: its history is read from the first event.
        if (snapshot.isPresent() && type.hasShell() && type.shell().isInstance(snapshot.get().getPayload())) {
            state = type.stateOf(snapshot.get().getPayload());
            snapshotSequence = snapshot.get().getSequenceNumber();
        }
        List<DomainEventMessage<?>> events = history.events(id, snapshotSequence + 1).asStream()
                .<DomainEventMessage<?>>map(event -> event).toList();
        if (snapshotSequence >= 0 && WithdrawnHistory.reachesBehind(snapshotSequence, events)) {
            state = type.decider().initial();
            snapshotSequence = -1;
            events = history.events(id, 0).asStream().<DomainEventMessage<?>>map(event -> event).toList();
        }
        long last = snapshotSequence;
        for (DomainEventMessage<?> event : WithdrawnHistory.kept(events)) {
            // As Axon's repository does: an event the aggregate has no handler for (a withdrawal) changes nothing.
            if (type.eventRoot().isInstance(event.getPayload())) {
                state = type.evolve(state, event.getPayload());
            }
        }
        if (!events.isEmpty()) {
            last = events.get(events.size() - 1).getSequenceNumber();
        }
        return new HeldAggregate(type, id, state, last, last, snapshotSequence);
    }

    /**
     * The storage settings a check reads a store with, as the engine reads it: the serializers, the upcasters, and
     * a snapshot filter that lets through only snapshots of each aggregate's current shape (its {@code @Revision}).
     */
    public static StorageSettings settings(Serialization serialization) {
        return new StorageSettings(serialization.events(), serialization.snapshots(),
                new EventUpcasterChain(serialization.upcasters()), snapshotFilter());
    }

    /** For each aggregate, only snapshots of the revision its shell declares, as Axon's aggregate configuration does. */
    public static SnapshotFilter snapshotFilter() {
        SnapshotFilter filter = SnapshotFilter.allowAll();
        for (AggregateType<?, ?, ?> type : Aggregates.all()) {
            Revision revision = type.shell().getAnnotation(Revision.class);
            filter = filter.combine(RevisionSnapshotFilter.builder().type(type.name())
                    .revision(revision == null ? null : revision.value()).build());
        }
        return filter;
    }
}
