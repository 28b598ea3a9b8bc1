package dev.entente.application.batch;

import dev.entente.application.spi.CommandLog;
import dev.entente.application.spi.Serialization;
import dev.entente.application.spi.StorageSettings;
import dev.entente.domain.AggregateRegistry;
import dev.entente.domain.Aggregates;
import dev.entente.domain.shared.AggregateType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * once from its latest snapshot on. A command the rules refuse refuses the batch.
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
                planned.aggregateType(registry);
            } catch (IllegalArgumentException unknown) {
                throw new BatchRefused(planned, unknown);
            }
        }
        List<PlannedCommand> toApply = new ArrayList<>();
        List<PlannedCommand> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> appliedBefore = log.containing(batch.stream().map(PlannedCommand::digest).toList());
        for (PlannedCommand planned : batch) {
            if (!seen.add(planned.digest()) || appliedBefore.contains(planned.digest())) {
                skipped.add(planned);
            } else {
                toApply.add(planned);
            }
        }
        Map<String, HeldAggregate> held = new LinkedHashMap<>();
        List<Decision> decisions = new ArrayList<>(toApply.size());
        // Asked in bulk where the store can: an aggregate with no event yet needs no read at all.
        Optional<Set<String>> stored = toApply.isEmpty() ? Optional.empty()
                : history.withEvents(toApply.stream().map(planned -> planned.aggregateId(registry)).distinct()
                        .toList());
        for (PlannedCommand planned : toApply) {
            AggregateType<?, ?, ?> type = planned.aggregateType(registry);
            String id = planned.aggregateId(registry);
            HeldAggregate aggregate = held.computeIfAbsent(id, any -> stored.isPresent() && !stored.get().contains(id)
                    ? new HeldAggregate(type, id, type.decider().initial(), -1, -1, -1)
                    : load(type, id, history));
            List<?> events;
            try {
                events = type.decide(aggregate.state(), planned.command());
            } catch (RuntimeException refused) {
                throw new BatchRefused(planned, refused);
            }
            Object state = aggregate.state();
            for (Object event : events) {
                state = type.evolve(state, event);
            }
            decisions.add(new Decision(planned, type.name(), id, aggregate.lastSequence() + 1, List.copyOf(events)));
            held.put(id, new HeldAggregate(type, id, state, aggregate.lastSequence() + events.size(),
                    aggregate.storedSequence(), aggregate.snapshotSequence()));
        }
        return new CheckedBatch(batch, new BatchReport(toApply, skipped), decisions, List.copyOf(held.values()));
    }

    /** The aggregate's state from its latest snapshot and the events after it. */
    public static HeldAggregate load(AggregateType<?, ?, ?> type, String id, AggregateHistory history) {
        Object state = type.decider().initial();
        long snapshotSequence = -1;
        Optional<DomainEventMessage<?>> snapshot = history.snapshot(id);
        // An application's aggregate has no shell and so no snapshot: its history is read from the first event.
        if (snapshot.isPresent() && type.hasShell() && type.shell().isInstance(snapshot.get().getPayload())) {
            state = type.stateOf(snapshot.get().getPayload());
            snapshotSequence = snapshot.get().getSequenceNumber();
        }
        long last = snapshotSequence;
        DomainEventStream events = history.events(id, snapshotSequence + 1);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            // As Axon's repository does: an event the aggregate has no handler for (none here) changes nothing.
            if (type.eventRoot().isInstance(event.getPayload())) {
                state = type.evolve(state, event.getPayload());
            }
            last = event.getSequenceNumber();
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
