package dev.entente.application.inmemory;

import dev.entente.application.spi.CommandLog;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.application.spi.Storage;
import dev.entente.application.spi.StorageSettings;
import java.util.List;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;

/** Everything in memory, gone when the engine closes: for tests, demonstrations and throw-away analyses. */
public final class InMemoryStorage implements Storage {

    private final InMemoryReadModelStore readModels = new InMemoryReadModelStore();
    private final InMemoryTokenStore tokens = new InMemoryTokenStore();
    private final GuardedEngine events = new GuardedEngine();
    private final InMemoryCommandLog commandLog = new InMemoryCommandLog();

    @Override
    public EventStorageEngine eventStorage(StorageSettings settings) {
        return events;
    }

    @Override
    public TokenStore tokenStore(Serializer serializer) {
        return tokens;
    }

    @Override
    public TransactionManager transactionManager() {
        return NoTransactionManager.INSTANCE;
    }

    @Override
    public ReadModelStore readModels() {
        return readModels;
    }

    @Override
    public CommandLog commandLog() {
        return commandLog;
    }

    @Override
    public String describe() {
        return "memory (nothing is kept after the engine closes)";
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    /**
     * Axon's in-memory engine appends whatever it is given; a database refuses a second event at the same aggregate
     * sequence. This does the same, so that two writers racing on one aggregate fail here as they would on disk.
     */
    private static final class GuardedEngine extends InMemoryEventStorageEngine {

        @Override
        public synchronized void appendEvents(List<? extends EventMessage<?>> events) {
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domainEvent) {
                    long last = lastSequenceNumberFor(domainEvent.getAggregateIdentifier()).orElse(-1L);
                    if (domainEvent.getSequenceNumber() <= last) {
                        String description = "event " + domainEvent.getSequenceNumber() + " of aggregate "
                                + domainEvent.getAggregateIdentifier() + ", which already has events up to " + last;
                        throw domainEvent.getSequenceNumber() == 0
                                ? new AggregateStreamCreationException("Cannot create " + description)
                                : new ConcurrencyException("Cannot append " + description);
                    }
                }
            }
            super.appendEvents(events);
        }
    }
}
