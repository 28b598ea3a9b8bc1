package dev.entente.engine;

import dev.entente.application.spi.Storage;
import dev.entente.application.spi.StorageSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * A storage that runs {@code hook} each time events are about to be appended, then appends them: for tests that
 * make another writer get there first, between a batch's check and its write.
 */
final class BeforeAppend extends ForwardingStorage {

    private final Runnable hook;

    BeforeAppend(Storage storage, Runnable hook) {
        super(storage);
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
}
