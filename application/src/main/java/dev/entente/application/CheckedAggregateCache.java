package dev.entente.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Axon's event-sourcing repository for one of Entente's aggregates, keeping the aggregates its commands last
 * committed, and using one again only while the store holds no event of it past what it holds: before each use it
 * asks the store for the aggregate's last sequence number, in the command's transaction. So a command to an aggregate
 * that another writer (a batch, another engine, another process) changed since is decided on it as read from the
 * store, as before; a command to one this engine wrote last skips reading its snapshot and events and decoding them
 * again (ADR 0035). An aggregate is kept only once its command has committed, and dropped when a command on it rolls
 * back. At most {@value #KEPT} aggregates are kept, the least recently used dropped first.
 */
final class CheckedAggregateCache<T> extends EventSourcingRepository<T> {

    static final int KEPT = 1_000;

    private final EventStorageEngine storage;
    /** Guarded by itself; in the order of last use. */
    private final Map<String, EventSourcedAggregate<T>> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EventSourcedAggregate<T>> eldest) {
            return size() > KEPT;
        }
    };

    CheckedAggregateCache(Builder<T> builder, EventStorageEngine storage) {
        super(builder);
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        EventSourcedAggregate<T> aggregate;
        synchronized (kept) {
            aggregate = kept.remove(aggregateIdentifier);
        }
        // Taken out while in use: a rollback leaves it out, a commit puts it back (doSaveWithLock).
        if (aggregate != null && !aggregate.isDeleted()
                && Objects.equals(aggregate.version(), storage.lastSequenceNumberFor(aggregateIdentifier).orElse(null))) {
            return aggregate;
        }
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }

    @Override
    protected void doSaveWithLock(EventSourcedAggregate<T> aggregate) {
        super.doSaveWithLock(aggregate);
        String id = aggregate.identifierAsString();
        if (id != null && CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> {
                synchronized (kept) {
                    kept.put(id, aggregate);
                }
            });
        }
    }
}
