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
import java.util.Objects;
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
        return new Fold(log, history, registry).add(batch).finish();
    }

    /**
     * A check that takes the batch in parts, in order, as they are read (ADR 0025, amended): {@link #add} checks a
     * part at once, and {@link #finish} gives what {@link #decide} gives for all the parts as one batch — the same
     * report, decisions and aggregates. Nothing is written; a caller that reads the batch from a file can so check
     * its beginning while the rest is still being read, and report a reading error found later before a refusal.
     * Not for several threads at once.
     */
    public static final class Fold {

        private final CommandLog log;
        private final AggregateHistory history;
        private final AggregateRegistry registry;
        private final List<PlannedCommand> batch = new ArrayList<>();
        private final List<PlannedCommand> toApply = new ArrayList<>();
        private final List<PlannedCommand> skipped = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final Map<String, HeldAggregate> held = new LinkedHashMap<>();
        /**
         * The whole stream, with each event's key and digest, of each aggregate where an entry's key recorded events
         * before (or may have: ADR 0027), or comes twice: to find what it recorded. Other aggregates are read from
         * their latest snapshot on.
         */
        private final Map<String, List<Past>> pasts = new HashMap<>();
        /** Every key and aggregate an entry of the batch so far went to. */
        private final Set<KeyInAggregate> keyedTo = new HashSet<>();
        private final List<Decision> decisions = new ArrayList<>();
        /** The decisions so far by aggregate, to give an aggregate read whole late its events of this batch. */
        private final Map<String, List<Decision>> decidedFor = new HashMap<>();

        /** A check against {@code history} and {@code log}, of commands to the aggregates of {@code registry}. */
        public Fold(CommandLog log, AggregateHistory history, AggregateRegistry registry) {
            this.log = Objects.requireNonNull(log, "command log");
            this.history = Objects.requireNonNull(history, "history");
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /**
         * Checks the next part of the batch, after every part added before; this fold, to add more or finish.
         *
         * @throws BatchRefused naming the first command of the part a rule refuses, or the first that goes to no
         *         aggregate of the registry; the fold must not be used after
         */
        public Fold add(List<PlannedCommand> part) {
            for (PlannedCommand planned : part) {
                try {
                    if (!planned.withdraws()) {
                        planned.aggregateType(registry);
                    }
                } catch (IllegalArgumentException unknown) {
                    throw new BatchRefused(planned, unknown);
                }
            }
            batch.addAll(part);
            List<PlannedCommand> partToApply = new ArrayList<>(part.size());
            Set<String> appliedBefore = log.containing(part.stream().map(PlannedCommand::digest).toList());
            for (PlannedCommand planned : part) {
                if (!seen.add(planned.digest()) || appliedBefore.contains(planned.digest())) {
                    skipped.add(planned);
                } else {
                    partToApply.add(planned);
                }
            }
            toApply.addAll(partToApply);
            // Each command's aggregate id, found once: a command builds it anew each time it is asked (a few percent
            // of a long batch's check when asked three times over).
            List<String> ids = new ArrayList<>(partToApply.size());
            Set<String> notHeld = new LinkedHashSet<>();
            for (PlannedCommand planned : partToApply) {
                String id = planned.aggregateId(registry);
                ids.add(id);
                if (!held.containsKey(id)) {
                    notHeld.add(id);
                }
            }
            // Asked in bulk where the store can: an aggregate with no event yet needs no read at all.
            Optional<Set<String>> stored = notHeld.isEmpty() ? Optional.empty()
                    : history.withEvents(List.copyOf(notHeld));
            Set<String> whole = readWhole(partToApply, ids, stored);
            for (String id : whole) {
                HeldAggregate aggregate = held.get(id);
                if (aggregate != null && !pasts.containsKey(id)) {
                    readWholeNow(aggregate);
                }
            }
            for (int index = 0; index < partToApply.size(); index++) {
                decide(partToApply.get(index), ids.get(index), stored, whole);
            }
            return this;
        }

        /** What the parts added so far decide, as one batch. */
        public CheckedBatch finish() {
            return new CheckedBatch(batch, new BatchReport(toApply, skipped), decisions, List.copyOf(held.values()));
        }

        private void decide(PlannedCommand planned, String id, Optional<Set<String>> stored, Set<String> whole) {
            HeldAggregate aggregate = held.get(id);
            if (aggregate == null) {
                boolean isNew = stored.isPresent() && !stored.get().contains(id);
                if (whole.contains(id)) {
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
                addTo(past, first, events, planned);
            }
            Decision decision = new Decision(planned, type.name(), id, first, events, replaced);
            decisions.add(decision);
            decidedFor.computeIfAbsent(id, any -> new ArrayList<>(2)).add(decision);
            held.put(id, new HeldAggregate(type, id, state, aggregate.lastSequence() + events.size(),
                    aggregate.storedSequence(), aggregate.snapshotSequence()));
        }

        /**
         * Gives an aggregate held from its snapshot (or new) the whole stream it would have had, had the batch been
         * checked at once: its stored events from the first, then what this batch decided for it so far. Its state
         * stays: the snapshot's and the whole stream's fold are the same (ADR 0027). An entry of a later part needs
         * it: a key that came in an earlier part, or one the index names.
         */
        private void readWholeNow(HeldAggregate aggregate) {
            String id = aggregate.aggregateId();
            List<Past> past = new ArrayList<>();
            if (aggregate.storedSequence() >= 0) {
                readPast(id, history, past);
            }
            for (Decision decision : decidedFor.getOrDefault(id, List.of())) {
                addTo(past, decision.firstSequence(), decision.events(), decision.planned());
            }
            pasts.put(id, past);
            // As an aggregate read whole from the start: no snapshot counted under it.
            held.put(id, new HeldAggregate(aggregate.type(), id, aggregate.state(), aggregate.lastSequence(),
                    aggregate.storedSequence(), -1));
        }

        private static void addTo(List<Past> past, long first, List<Object> events, PlannedCommand planned) {
            for (int i = 0; i < events.size(); i++) {
                past.add(new Past(first + i, events.get(i), planned.key(), planned.digest()));
            }
        }

        /**
         * The aggregates of this part to read from their first event, because an entry going to them may correct or
         * withdraw what its key recorded there (ADR 0022): those of withdrawals (whose aggregate's kind is the stored
         * one), of a key that comes twice in the batch, and of a key the key index says recorded events there. Every
         * aggregate an entry with a key goes to when the store keeps no complete index (ADR 0027). A keyed entry
         * whose key recorded nothing decides on the aggregate's current state, which its latest snapshot gives as
         * well as its first event.
         */
        private Set<String> readWhole(List<PlannedCommand> part, List<String> ids, Optional<Set<String>> stored) {
            Set<String> whole = new HashSet<>();
            Set<String> keyedIds = new HashSet<>();
            List<KeyInAggregate> asked = new ArrayList<>();
            for (int index = 0; index < part.size(); index++) {
                PlannedCommand planned = part.get(index);
                if (planned.key() == null) {
                    continue;
                }
                String id = ids.get(index);
                keyedIds.add(id);
                KeyInAggregate pair = new KeyInAggregate(planned.key(), id);
                if (!keyedTo.add(pair) || planned.withdraws()) {
                    whole.add(id);
                } else if (hasStoredEvents(id, stored)) {
                    // A key can have recorded nothing in an aggregate with no event: only the others' are asked.
                    asked.add(pair);
                }
            }
            if (asked.isEmpty()) {
                return whole;
            }
            Optional<Set<KeyInAggregate>> recorded = history.recordedUnderKeys(asked);
            if (recorded.isEmpty()) {
                whole.addAll(keyedIds);
                return whole;
            }
            for (KeyInAggregate pair : recorded.get()) {
                whole.add(pair.aggregateId());
            }
            return whole;
        }

        /** Whether the aggregate has stored events, or may have: the store could not say. */
        private boolean hasStoredEvents(String id, Optional<Set<String>> stored) {
            HeldAggregate aggregate = held.get(id);
            if (aggregate != null) {
                return aggregate.storedSequence() >= 0;
            }
            return stored.isEmpty() || stored.get().contains(id);
        }
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
        String storedType = readPast(id, history, past);
        if (type == null && storedType != null) {
            type = registry.named(storedType).orElse(null);
        }
        long last = past.isEmpty() ? -1 : past.get(past.size() - 1).sequence();
        Object state = type == null ? null : foldKept(type, recorded(past));
        return new HeldAggregate(type, id, state, last, last, -1);
    }

    /** Adds every stored event of the aggregate to {@code past}, with its key and digest; the stored kind, if any. */
    private static String readPast(String id, AggregateHistory history, List<Past> past) {
        String type = null;
        DomainEventStream events = history.events(id, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (type == null) {
                type = event.getType();
            }
            past.add(new Past(event.getSequenceNumber(), event.getPayload(),
                    text(event.getMetaData().get(EventMetadata.KEY)),
                    text(event.getMetaData().get(EventMetadata.COMMAND_DIGEST))));
        }
        return type;
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
