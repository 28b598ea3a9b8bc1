package dev.entente.engine;

import dev.entente.application.spi.CommandLog;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.application.spi.Storage;
import dev.entente.application.spi.StorageSettings;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * A storage that runs {@code hook} each time events are about to be appended, then appends them: for tests that
 * make another writer get there first, between a batch's check and its write.
 */
final class BeforeAppend implements Storage {

    private final Storage storage;
    private final Runnable hook;

    BeforeAppend(Storage storage, Runnable hook) {
        this.storage = storage;
        this.hook = hook;
    }

    @Override
    public EventStorageEngine eventStorage(StorageSettings settings) {
        EventStorageEngine events = storage.eventStorage(settings);
        return new EventStorageEngine() {
            @Override
            public void appendEvents(List<? extends EventMessage<?>> appended) {
                hook.run();
                events.appendEvents(appended);
            }

            @Override
            public void storeSnapshot(DomainEventMessage<?> snapshot) {
                events.storeSnapshot(snapshot);
            }

            @Override
            public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
                return events.readEvents(token, mayBlock);
            }

            @Override
            public DomainEventStream readEvents(String aggregateId) {
                return events.readEvents(aggregateId);
            }

            @Override
            public DomainEventStream readEvents(String aggregateId, long firstSequenceNumber) {
                return events.readEvents(aggregateId, firstSequenceNumber);
            }

            @Override
            public Optional<DomainEventMessage<?>> readSnapshot(String aggregateId) {
                return events.readSnapshot(aggregateId);
            }

            @Override
            public Optional<Long> lastSequenceNumberFor(String aggregateId) {
                return events.lastSequenceNumberFor(aggregateId);
            }

            @Override
            public TrackingToken createTailToken() {
                return events.createTailToken();
            }

            @Override
            public TrackingToken createHeadToken() {
                return events.createHeadToken();
            }

            @Override
            public TrackingToken createTokenAt(Instant dateTime) {
                return events.createTokenAt(dateTime);
            }
        };
    }

    @Override
    public TokenStore tokenStore(Serializer serializer) {
        return storage.tokenStore(serializer);
    }

    @Override
    public TransactionManager transactionManager() {
        return storage.transactionManager();
    }

    @Override
    public ReadModelStore readModels() {
        return storage.readModels();
    }

    @Override
    public CommandLog commandLog() {
        return storage.commandLog();
    }

    @Override
    public Optional<Set<String>> aggregatesWithEvents(Collection<String> aggregateIds) {
        return storage.aggregatesWithEvents(aggregateIds);
    }

    @Override
    public String describe() {
        return storage.describe();
    }

    @Override
    public void close() {
        storage.close();
    }
}
