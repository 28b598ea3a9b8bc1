package dev.entente.application.batch;

import dev.entente.application.spi.KeyInAggregate;
import dev.entente.application.spi.Storage;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/** Where a batch check reads an aggregate's history: its latest usable snapshot, then the events after it. */
public interface AggregateHistory {

    /** The latest snapshot of the aggregate that the store's filter lets through (of the current shape). */
    Optional<DomainEventMessage<?>> snapshot(String aggregateId);

    /** The aggregate's events from {@code firstSequence} on. */
    DomainEventStream events(String aggregateId, long firstSequence);

    /** Which of {@code aggregateIds} have any event, if the store can say in bulk; empty if each must be read. */
    default Optional<Set<String>> withEvents(Collection<String> aggregateIds) {
        return Optional.empty();
    }

    /**
     * Which of {@code asked} recorded events (perhaps a few more, never fewer), if the store keeps an index of keys
     * (ADR 0027); empty if it does not, and each aggregate a keyed entry goes to must be read from its first event to
     * find out.
     */
    default Optional<Set<KeyInAggregate>> recordedUnderKeys(Collection<KeyInAggregate> asked) {
        return Optional.empty();
    }

    /**
     * The history in {@code storage}'s event storage engine, snapshots included, with the storage's bulk answers to
     * which aggregates have events and what keys recorded.
     */
    static AggregateHistory of(EventStorageEngine events, Storage storage) {
        return of(events, storage::aggregatesWithEvents, storage::recordedUnderKeys);
    }

    /** The history in an event storage engine, snapshots included. */
    static AggregateHistory of(EventStorageEngine storage) {
        return of(storage, ids -> Optional.empty());
    }

    /** The history in an event storage engine, with a bulk answer to which aggregates have events at all. */
    static AggregateHistory of(EventStorageEngine storage,
                               Function<Collection<String>, Optional<Set<String>>> withEvents) {
        return of(storage, withEvents, keys -> Optional.empty());
    }

    private static AggregateHistory of(EventStorageEngine storage,
                                       Function<Collection<String>, Optional<Set<String>>> withEvents,
                                       Function<Collection<KeyInAggregate>, Optional<Set<KeyInAggregate>>> underKeys) {
        return new AggregateHistory() {
            @Override
            public Optional<Set<String>> withEvents(Collection<String> aggregateIds) {
                return withEvents.apply(aggregateIds);
            }

            @Override
            public Optional<Set<KeyInAggregate>> recordedUnderKeys(Collection<KeyInAggregate> asked) {
                return underKeys.apply(asked);
            }

            @Override
            public Optional<DomainEventMessage<?>> snapshot(String aggregateId) {
                return storage.readSnapshot(aggregateId).map(snapshot -> (DomainEventMessage<?>) snapshot);
            }

            @Override
            public DomainEventStream events(String aggregateId, long firstSequence) {
                return storage.readEvents(aggregateId, firstSequence);
            }
        };
    }

    /** Every event of each aggregate, from its first, without snapshots. */
    static AggregateHistory withoutSnapshots(Function<String, DomainEventStream> history) {
        return new AggregateHistory() {
            @Override
            public Optional<DomainEventMessage<?>> snapshot(String aggregateId) {
                return Optional.empty();
            }

            @Override
            public DomainEventStream events(String aggregateId, long firstSequence) {
                DomainEventStream all = history.apply(aggregateId);
                return DomainEventStream.of(all.asStream().filter(event -> event.getSequenceNumber() >= firstSequence));
            }
        };
    }
}
