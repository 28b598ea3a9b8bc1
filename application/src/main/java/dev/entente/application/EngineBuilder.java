package dev.entente.application;

import dev.entente.application.projection.BulkReplay;
import dev.entente.application.projection.ReadModelEventHandler;
import dev.entente.application.projection.WakingEventSource;
import dev.entente.application.spi.Serialization;
import dev.entente.application.spi.Storage;
import dev.entente.application.spi.StorageSettings;
import dev.entente.domain.AggregateRegistry;
import dev.entente.domain.Aggregates;
import dev.entente.domain.shared.AggregateType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.axonframework.modelling.command.inspection.AggregateMetaModelFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * Assembles an {@link EntenteEngine} on Axon Framework without Spring and without Axon Server: the three
 * aggregates with snapshots, the read models on a pooled streaming processor, the embedding application's
 * listeners, and the storage and serialization given.
 */
public final class EngineBuilder {

    private Storage storage;
    private Serialization serialization;
    private int snapshotEvery = 20;
    private int segments = 4;
    private int maxClaimedSegments = Integer.MAX_VALUE;
    private int batchSize = 100;
    private Duration consistencyTimeout = Duration.ofSeconds(30);
    private int batchRetries = 5;
    private final List<ListenerEventHandler.Listener> listeners = new ArrayList<>();
    private ListenerEventHandler.Retry listenerRetry = ListenerEventHandler.Retry.DEFAULT;
    private Consumer<ListenerFailure> onListenerFailure = ListenerEventHandler::logFailure;
    private final List<Consumer<Configurer>> customizations = new ArrayList<>();
    private final List<AggregateType<?, ?, ?>> extensions = new ArrayList<>();
    private final List<EventUpcaster> extensionUpcasters = new ArrayList<>();

    EngineBuilder() {
    }

    /** Where the history, the tokens and the read models are kept. Required. */
    public EngineBuilder storage(Storage storage) {
        this.storage = storage;
        return this;
    }

    /** How events, snapshots and tokens are serialized, and the upcasters for old revisions. Required. */
    public EngineBuilder serialization(Serialization serialization) {
        this.serialization = serialization;
        return this;
    }

    /**
     * Snapshot an aggregate after this many events (default 20); 0 turns snapshots off. A command then reads at most
     * this many events after the latest snapshot (half of it on average), however long the aggregate's history: with
     * 20, the 10,001st command on an aggregate costs about what its 11th does.
     */
    public EngineBuilder snapshotEvery(int events) {
        if (events < 0) {
            throw new IllegalArgumentException("snapshotEvery must be 0 (off) or positive, was " + events);
        }
        this.snapshotEvery = events;
        return this;
    }

    /**
     * How many segments the read models' processing is split into when first created (default 4), so that several
     * engines sharing one database can share the work.
     */
    public EngineBuilder segments(int segments) {
        if (segments < 1) {
            throw new IllegalArgumentException("segments must be at least 1, was " + segments);
        }
        this.segments = segments;
        return this;
    }

    /** At most this many segments are processed by this engine (default: all), leaving the rest to others. */
    public EngineBuilder maxClaimedSegments(int maxClaimedSegments) {
        if (maxClaimedSegments < 1) {
            throw new IllegalArgumentException("maxClaimedSegments must be at least 1, was " + maxClaimedSegments);
        }
        this.maxClaimedSegments = maxClaimedSegments;
        return this;
    }

    /** How many events the read models fold in one transaction (default 100). */
    public EngineBuilder batchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /** How long a query waits for the read models to catch up before it fails (default 30 seconds). */
    public EngineBuilder consistencyTimeout(Duration timeout) {
        this.consistencyTimeout = timeout;
        return this;
    }

    /**
     * How many times a batch is checked and written again when another writer changed one of its aggregates first
     * (default 5); past that, {@link EntenteEngine#apply} gives up with
     * {@link dev.entente.application.batch.BatchContended}.
     */
    public EngineBuilder batchRetries(int retries) {
        if (retries < 0) {
            throw new IllegalArgumentException("batchRetries must be 0 or more, was " + retries);
        }
        this.batchRetries = retries;
        return this;
    }

    /**
     * Calls {@code listener} for each event recorded after the engine starts, with its metadata, in the order
     * recorded, on a thread of its own. Delivery is at least once: an event is heard again if the engine stops before
     * its delivery is recorded as done. A listener that throws is called again with the same event (see
     * {@link #listenerRetries}), then reported ({@link #onListenerFailure}) and given the next event. Listeners are
     * for side effects (notifications, messages): a replay does not call them again. Failures are reported under the
     * name {@code listener #n}, n counting the listeners added from 1.
     */
    public EngineBuilder onEvent(Consumer<RecordedEvent> listener) {
        return onEvent("listener #" + (listeners.size() + 1), listener);
    }

    /** As {@link #onEvent(Consumer)}, with the name the listener's failures are reported under. */
    public EngineBuilder onEvent(String name, Consumer<RecordedEvent> listener) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a listener needs a name");
        }
        if (listener == null) {
            throw new IllegalArgumentException("the listener '" + name + "' is null");
        }
        listeners.add(new ListenerEventHandler.Listener(name, listener));
        return this;
    }

    /**
     * How often a listener that throws is called with the same event: {@code attempts} calls in all (default 3),
     * pausing {@code firstPause} before the second (default 100 ms), the pause doubling each time up to
     * {@code longestPause} (default 1 s). The listeners' thread waits meanwhile: later events wait too, so that each
     * listener hears the events in order.
     */
    public EngineBuilder listenerRetries(int attempts, Duration firstPause, Duration longestPause) {
        this.listenerRetry = new ListenerEventHandler.Retry(attempts, firstPause, longestPause);
        return this;
    }

    /**
     * Told when a listener still fails on an event after its last attempt; delivery then goes on with the next
     * event. By default a warning is logged (SLF4J, {@code dev.entente.application.ListenerEventHandler}) naming the
     * listener, the event's stored name and its position. A handler that throws is logged and passed over.
     */
    public EngineBuilder onListenerFailure(Consumer<ListenerFailure> handler) {
        if (handler == null) {
            throw new IllegalArgumentException("the listener failure handler is null");
        }
        this.onListenerFailure = handler;
        return this;
    }

    /**
     * Adds the application's own aggregates and upcasters (docs/extending.md): their commands are sent with
     * {@link EntenteEngine#send(Object)} and in batches and chronicles, their events stored under their
     * {@code @StoredEvent} names and heard by listeners. A name, command name or stored name taken twice (by Entente or
     * another extension) stops {@link #start()} with a message naming it.
     */
    public EngineBuilder extension(EntenteExtension extension) {
        if (extension == null) {
            throw new IllegalArgumentException("the extension is null");
        }
        extensions.addAll(extension.aggregates());
        extensionUpcasters.addAll(extension.upcasters());
        return this;
    }

    /** Adds one of the application's own aggregates; see {@link #extension}. */
    public EngineBuilder aggregate(AggregateType<?, ?, ?> aggregate) {
        if (aggregate == null) {
            throw new IllegalArgumentException("the aggregate is null");
        }
        extensions.add(aggregate);
        return this;
    }

    /** Changes the Axon configuration before it is built, for what this builder does not cover. */
    public EngineBuilder customize(Consumer<Configurer> customization) {
        customizations.add(customization);
        return this;
    }

    /** Builds and starts the engine; on an existing store it picks up where it left off. */
    public EntenteEngine start() {
        if (storage == null) {
            throw new IllegalStateException("An engine needs a storage: call storage(...) before start()");
        }
        if (serialization == null) {
            throw new IllegalStateException("An engine needs a serialization: call serialization(...) before start()");
        }
        AggregateRegistry registry;
        try {
            registry = AggregateRegistry.with(extensions);
        } catch (IllegalArgumentException clash) {
            storage.close();
            throw clash;
        }
        Serialization serialization = registry.extensions().isEmpty() && extensionUpcasters.isEmpty()
                ? this.serialization : this.serialization.including(registry, List.copyOf(extensionUpcasters));
        quietenAxonConsoleBanner();
        AtomicReference<EventStorageEngine> eventStorage = new AtomicReference<>();
        AtomicLong eventsProjected = new AtomicLong();
        AtomicReference<WakingEventSource> readModelSource = new AtomicReference<>();
        AtomicReference<QuietEventStore> embeddedStore = new AtomicReference<>();

        // false: no modules found on the class path, so no Axon Server connector and no update checker calling out.
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serialization.messages())
                .configureMessageSerializer(c -> serialization.messages())
                .configureEventSerializer(c -> serialization.events())
                .configureTransactionManager(c -> storage.transactionManager())
                // The origin (Axon's default) and the digest of the batch command an event was written for.
                .configureCorrelationDataProviders(c -> List.of(new MessageOriginProvider(),
                        new SimpleCorrelationDataProvider(EventMetadata.COMMAND_DIGEST)))
                .configureEventStore(c -> {
                    EventStorageEngine engine = eventStorage.updateAndGet(existing -> existing != null ? existing
                            : storage.eventStorage(new StorageSettings(serialization.events(),
                                    serialization.snapshots(), c.upcasterChain(), c.snapshotFilter())));
                    // As configureEmbeddedEventStore builds it, but a store whose shut-down waits for its threads.
                    QuietEventStore eventStore = QuietEventStore.of(EmbeddedEventStore.builder()
                            .storageEngine(engine)
                            .messageMonitor(c.messageMonitor(EmbeddedEventStore.class, "eventStore")));
                    c.onShutdown(eventStore::shutDown);
                    embeddedStore.set(eventStore);
                    // A commit of this engine wakes the read models' processor instead of leaving it to its poll.
                    WakingEventSource waking = new WakingEventSource(eventStore);
                    eventStore.onCommitted(waking::wake);
                    c.onShutdown(waking::close);
                    readModelSource.set(waking);
                    return eventStore;
                });
        for (EventUpcaster upcaster : serialization.upcasters()) {
            configurer.registerEventUpcaster(c -> upcaster);
        }
        // Entente's aggregates run on Axon's repository through their shells; an application's own run on the event
        // store directly (EntenteEngine#send(Object), ADR 0021).
        for (AggregateType<?, ?, ?> type : Aggregates.all()) {
            configurer.configureAggregate(aggregate(type, type.shell(), eventStorage));
        }
        // The processors' threads are the engine's own: daemon threads, stopped when the engine closes, after the
        // processors have shut down. Axon's default executors keep a delayed task that held a program's exit for
        // seconds after close().
        ProcessorExecutors executors = new ProcessorExecutors();
        configurer.onShutdown(Phase.EXTERNAL_CONNECTIONS, executors::shutdown);
        configurer.eventProcessing(processing -> {
            processing.registerTokenStore(c -> storage.tokenStore(serialization.messages()));
            processing.registerPooledStreamingEventProcessor(ReadModelEventHandler.PROCESSING_GROUP,
                    c -> {
                        EventStore eventStore = c.eventStore();
                        // An event store a customization put in place has no waking source: it is read as it is.
                        WakingEventSource waking = readModelSource.get();
                        return waking != null ? waking : eventStore;
                    },
                    (c, builder) -> builder.initialSegmentCount(segments)
                            .transactionManager(storage.readModelTransactions())
                            .maxClaimedSegments(maxClaimedSegments)
                            .batchSize(batchSize)
                            .coordinatorExecutor(executors.coordinator(ReadModelEventHandler.PROCESSING_GROUP))
                            // As many threads as segments this engine may claim, at most: an executor's core
                            // threads are started one per task until there are that many, and never stop, so a pool
                            // sized by "claim them all" (Integer.MAX_VALUE) kept a new thread for every batch.
                            .workerExecutor(executors.workers(ReadModelEventHandler.PROCESSING_GROUP,
                                    Math.min(segments, maxClaimedSegments))));
            processing.registerEventHandler(c -> new ReadModelEventHandler(storage.readModels()));
            processing.registerHandlerInterceptor(ReadModelEventHandler.PROCESSING_GROUP, c -> counting(eventsProjected));
            if (!listeners.isEmpty()) {
                processing.registerPooledStreamingEventProcessor(ListenerEventHandler.PROCESSING_GROUP,
                        Configuration::eventStore,
                        // A listener hears what happens from now on, not the history before it was added.
                        (c, builder) -> builder.initialSegmentCount(1).initialToken(StreamableMessageSource::createHeadToken)
                                .coordinatorExecutor(executors.coordinator(ListenerEventHandler.PROCESSING_GROUP))
                                .workerExecutor(executors.workers(ListenerEventHandler.PROCESSING_GROUP, 1)));
                List<ListenerEventHandler.Listener> registered = List.copyOf(listeners);
                ListenerEventHandler.Retry retry = listenerRetry;
                Consumer<ListenerFailure> failures = onListenerFailure;
                processing.registerEventHandler(c -> new ListenerEventHandler(registered, retry, failures));
                // The handler reports the listeners' own failures; what still escapes it (an interruption while
                // pausing between attempts, on shut-down) must not move the token past the event: it is delivered
                // again, at least once.
                processing.registerListenerInvocationErrorHandler(ListenerEventHandler.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance());
            }
        });
        customizations.forEach(customization -> customization.accept(configurer));

        Configuration axon = configurer.buildConfiguration();
        try {
            axon.start();
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        return new EntenteEngine(axon, storage, eventStorage.get(), eventsProjected, consistencyTimeout,
                maxClaimedSegments >= segments, batchRetries, snapshotEvery, () -> {
                    // Appended past the event store: its reader is told first, so that the processors woken next
                    // find the events instead of waiting out the reader's fetch delay.
                    QuietEventStore store = embeddedStore.get();
                    if (store != null) {
                        store.fetchNow();
                    }
                    WakingEventSource source = readModelSource.get();
                    if (source != null) {
                        source.wakeNow();
                    }
                }, new BulkReplay(storage, eventStorage.get(), serialization), segments, registry);
    }

    private <A> AggregateConfigurer<A> aggregate(AggregateType<?, ?, ?> type, Class<A> shell,
                                                 AtomicReference<EventStorageEngine> eventStorage) {
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(shell);
        // The command's target as the registry names it (the same id its @TargetAggregateIdentifier method gives):
        // Axon's default resolver looks the annotated members up by reflection for every command.
        aggregate.configureCommandTargetResolver(c -> command -> new VersionedAggregateIdentifier(
                (Object) type.targetOf(command.getPayload()), null));
        // Axon's repository as the configurer builds it, keeping the aggregates it committed while the store holds
        // nothing newer of them (ADR 0035).
        aggregate.configureRepository(c -> {
            EventStore eventStore = c.eventStore();
            AggregateModel<A> model = c.getComponent(AggregateMetaModelFactory.class,
                    () -> new AnnotatedAggregateMetaModelFactory(c.parameterResolverFactory(),
                            c.handlerDefinition(shell))).createModel(shell, Set.of());
            SnapshotTriggerDefinition snapshots = snapshotEvery > 0
                    ? new EventCountSnapshotTriggerDefinition(c.snapshotter(), snapshotEvery)
                    : NoSnapshotTriggerDefinition.INSTANCE;
            return new CheckedAggregateCache<>(EventSourcingRepository.builder(shell)
                    .aggregateModel(model)
                    .eventStore(eventStore)
                    .snapshotTriggerDefinition(snapshots)
                    .aggregateFactory(aggregate.aggregateFactory())
                    .repositoryProvider(c::repository)
                    .spanFactory(c.getComponent(RepositorySpanFactory.class)), eventStorage.get());
        });
        return aggregate;
    }

    /**
     * Counts each event the read models fold once its batch has committed: a batch that rolls back and is retried is
     * counted once, when it commits. Axon runs a batch's after-commit handlers in reverse order of registration, so
     * these run before the processor's own, registered first, which advances the segment's position: once a replay
     * sees the head reached, every event up to it has been counted.
     */
    private static MessageHandlerInterceptor<EventMessage<?>> counting(AtomicLong folded) {
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            unitOfWork.afterCommit(committed -> folded.incrementAndGet());
            return result;
        };
    }

    /** Axon logs an advertisement for its console at start-up; an embedded library should not, unless asked. */
    private static void quietenAxonConsoleBanner() {
        if (System.getProperty("disable-axoniq-console-message") == null) {
            System.setProperty("disable-axoniq-console-message", "true");
        }
    }
}
