package dev.entente.application.inmemory;

import dev.entente.application.spi.CommandLog;
import dev.entente.application.spi.KeyInAggregate;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.application.spi.Storage;
import dev.entente.application.spi.StorageSettings;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
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

    /** Kept with the events as they are appended, so always complete. */
    @Override
    public Optional<Set<KeyInAggregate>> recordedUnderKeys(Collection<KeyInAggregate> asked) {
        return Optional.of(events.recorded(asked));
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
     * Axon's in-memory engine appends whatever it is given, and finds an aggregate's events by scanning them all. This
     * one refuses a second event at the same aggregate sequence, as a database does, so that two writers racing on
     * one aggregate fail here as they would on disk; and it keeps each aggregate's events apart, so that loading an
     * aggregate does not grow with the whole history.
     */
    private static final class GuardedEngine extends InMemoryEventStorageEngine {

        private final Map<String, List<DomainEventMessage<?>>> byAggregate = new ConcurrentHashMap<>();
        /** The key index (ADR 0027): each entry's key and the aggregates it recorded in, appended with the events. */
        private final Set<KeyInAggregate> keyed = ConcurrentHashMap.newKeySet();

        @Override
        public synchronized void appendEvents(List<? extends EventMessage<?>> events) {
            Map<String, Long> last = new HashMap<>();
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domainEvent) {
                    String aggregate = domainEvent.getAggregateIdentifier();
                    long previous = last.computeIfAbsent(aggregate, id -> lastSequence(id));
                    if (domainEvent.getSequenceNumber() <= previous) {
                        String description = "event " + domainEvent.getSequenceNumber() + " of aggregate "
                                + aggregate + ", which already has events up to " + previous;
                        throw domainEvent.getSequenceNumber() == 0
                                ? new AggregateStreamCreationException("Cannot create " + description)
                                : new ConcurrencyException("Cannot append " + description);
                    }
                    last.put(aggregate, domainEvent.getSequenceNumber());
                }
            }
            super.appendEvents(events);
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domainEvent) {
                    byAggregate.computeIfAbsent(domainEvent.getAggregateIdentifier(), id -> new CopyOnWriteArrayList<>())
                            .add(domainEvent);
                }
            }
            keyed.addAll(KeyInAggregate.in(events));
        }

        Set<KeyInAggregate> recorded(Collection<KeyInAggregate> asked) {
            Set<KeyInAggregate> found = new HashSet<>();
            for (KeyInAggregate pair : asked) {
                if (keyed.contains(pair)) {
                    found.add(pair);
                }
            }
            return found;
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            List<? extends DomainEventMessage<?>> events = byAggregate.getOrDefault(aggregateIdentifier, List.of())
                    .stream().filter(event -> event.getSequenceNumber() >= firstSequenceNumber).toList();
            return DomainEventStream.of(events.stream(), () -> events.isEmpty() ? null
                    : events.get(events.size() - 1).getSequenceNumber());
        }

        @Override
        public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
            List<DomainEventMessage<?>> events = byAggregate.get(aggregateIdentifier);
            return events == null || events.isEmpty() ? Optional.empty()
                    : Optional.of(events.get(events.size() - 1).getSequenceNumber());
        }

        private long lastSequence(String aggregateIdentifier) {
            return lastSequenceNumberFor(aggregateIdentifier).orElse(-1L);
        }
    }
}
