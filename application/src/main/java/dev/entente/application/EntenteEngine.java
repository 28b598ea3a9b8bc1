package dev.entente.application;

import dev.entente.application.batch.AggregateHistory;
import dev.entente.application.batch.BatchCheck;
import dev.entente.application.batch.BatchContended;
import dev.entente.application.batch.BatchRefused;
import dev.entente.application.batch.BatchReport;
import dev.entente.application.batch.CheckedBatch;
import dev.entente.application.batch.Decision;
import dev.entente.application.batch.EntryKey;
import dev.entente.application.batch.EventChunks;
import dev.entente.application.batch.HeldAggregate;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.batch.SerializeAhead;
import dev.entente.application.batch.Withdrawal;
import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.projection.BulkReplay;
import dev.entente.application.projection.ReadModelEventHandler;
import dev.entente.application.projection.ReadModelProjector;
import dev.entente.application.projection.WithdrawnEvents;
import dev.entente.application.query.AgreementEntry;
import dev.entente.application.query.AgreementQuery;
import dev.entente.application.query.DyadRecords;
import dev.entente.application.query.ReadModels;
import dev.entente.application.query.StoreReadModels;
import dev.entente.application.query.VisitLogEntry;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.Describe;
import dev.entente.application.readmodel.RelationshipState;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.AppliedCommand;
import dev.entente.application.spi.CommandLog;
import dev.entente.application.spi.Storage;
import dev.entente.domain.AggregateRegistry;
import dev.entente.domain.agreement.AgreementCommand;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.meeting.MeetingCommand;
import dev.entente.domain.relationship.RelationshipCommand;
import dev.entente.domain.shared.AggregateType;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.visit.VisitCommand;
import dev.entente.domain.visit.VisitId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * A running Entente: send it commands, ask it about the relations between states, replay its history. Build one
 * with {@link #builder()} (or the {@code Entente} façade of the embedded adapter), and close it when done. Queries
 * wait, up to the consistency timeout, until the read models have seen every event recorded before the question.
 */
public final class EntenteEngine implements ReadModels, AutoCloseable {

    private final Configuration axon;
    private final Storage storage;
    private final EventStorageEngine eventStorage;
    private final ReadModels readModels;
    private final AtomicLong eventsProjected;
    private final Duration consistencyTimeout;
    private final boolean processesAllSegments;
    private final int batchRetries;
    /** The read models' segments as last counted in the token store; see {@link #reached}. */
    private volatile int knownSegments = Integer.MAX_VALUE;
    private final int snapshotEvery;
    /**
     * Has the read models read what is committed, at once: after a batch, whose events bypass the event bus that wakes
     * them after a command, and when a question waits for them (a command's wake may be held back a moment, ADR 0035).
     */
    private final Runnable wakeReadModels;
    /** Rebuilds the read models without their processor (ADR 0013). */
    private final BulkReplay bulkReplay;
    /** The read models' segments on a store whose processor has not yet made its tokens. */
    private final int initialSegments;
    /** Entente's aggregates and the application's own (ADR 0021). */
    private final AggregateRegistry registry;

    EntenteEngine(Configuration axon, Storage storage, EventStorageEngine eventStorage, AtomicLong eventsProjected,
                  Duration consistencyTimeout, boolean processesAllSegments, int batchRetries, int snapshotEvery,
                  Runnable wakeReadModels, BulkReplay bulkReplay, int initialSegments, AggregateRegistry registry) {
        this.axon = axon;
        this.storage = storage;
        this.eventStorage = eventStorage;
        this.readModels = new StoreReadModels(storage.readModels());
        this.eventsProjected = eventsProjected;
        this.consistencyTimeout = consistencyTimeout;
        this.processesAllSegments = processesAllSegments;
        this.batchRetries = batchRetries;
        this.snapshotEvery = snapshotEvery;
        this.wakeReadModels = wakeReadModels;
        this.bulkReplay = bulkReplay;
        this.initialSegments = initialSegments;
        this.registry = registry;
    }

    /** A builder for an engine on the storage and serialization of your choice. */
    public static EngineBuilder builder() {
        return new EngineBuilder();
    }

    // --- commands ----------------------------------------------------------------------------------------------

    /**
     * Sends a command to its visit and waits until its events are recorded.
     *
     * @throws dev.entente.domain.shared.RuleViolation when a rule refuses it, an id scheduled twice or never
     *         scheduled included ({@code visit.already-scheduled}, {@code visit.unknown})
     * @throws org.axonframework.modelling.command.ConcurrencyException when another writer changed the visit first
     *         ({@link AggregateStreamCreationException} when it created the same visit first)
     */
    public void send(VisitCommand command) {
        dispatch(command);
    }

    /** Sends a command to its agreement and waits until its events are recorded; refusals as for visits. */
    public void send(AgreementCommand command) {
        dispatch(command);
    }

    /** Sends a command to its relationship (created by the first one) and waits until its events are recorded. */
    public void send(RelationshipCommand command) {
        dispatch(command);
    }

    /**
     * Sends a command to its multilateral meeting and waits until its events are recorded; an id recorded twice is
     * refused ({@code meeting.already-held}).
     */
    public void send(MeetingCommand command) {
        dispatch(command);
    }

    /**
     * Sends a command of Entente's or of one of the application's own aggregates (docs/extending.md) and waits until
     * its events are recorded. An application's command is decided on the event store directly: its aggregate's
     * events are read by its id and folded with {@code evolve}, {@code decide} says what it records, and that is
     * appended; when another writer appended to the aggregate meanwhile, it is decided again (as many times as a
     * batch is retried).
     *
     * @throws dev.entente.domain.shared.RuleViolation when a rule refuses it, the application's own rules included
     * @throws IllegalArgumentException when it is a command of no aggregate the engine knows
     */
    public void send(Object command) {
        Values.required(command, "command");
        AggregateType<?, ?, ?> type = registry.forCommand(command).orElseThrow(() -> new IllegalArgumentException(
                command.getClass().getName() + " is not a command of Entente nor of an aggregate the engine was given"
                        + " (EngineBuilder.aggregate or extension)"));
        if (type.hasShell()) {
            dispatch(command);
        } else {
            decideAndAppend(type, command);
        }
    }

    private void dispatch(Object command) {
        Values.required(command, "command");
        axon.commandGateway().sendAndWait(command);
    }

    /** An application aggregate's command: load, fold, decide, append; decided again if another writer came first. */
    private void decideAndAppend(AggregateType<?, ?, ?> type, Object command) {
        String aggregateId = type.targetOf(command);
        // As Axon's gateway does for a command message: a fresh id, both trace and correlation id.
        String commandId = UUID.randomUUID().toString();
        MetaData metaData = MetaData.with("traceId", commandId).and("correlationId", commandId);
        for (int attempt = 1; ; attempt++) {
            HeldAggregate held = BatchCheck.load(type, aggregateId, AggregateHistory.of(eventStorage));
            List<?> events = type.decide(held.state(), command);
            if (events.isEmpty()) {
                return;
            }
            List<EventMessage<?>> messages = new ArrayList<>(events.size());
            long sequence = held.lastSequence() + 1;
            for (Object event : events) {
                messages.add(EventChunks.domainEvent(type.name(), aggregateId, sequence++, event, metaData));
            }
            Transaction transaction = storage.transactionManager().startTransaction();
            try {
                eventStorage.appendEvents(messages);
                transaction.commit();
            } catch (ConcurrencyException | AggregateStreamCreationException overtaken) {
                transaction.rollback();
                if (attempt > batchRetries) {
                    throw overtaken;
                }
                backOff(attempt);
                continue;
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
            wakeReadModels.run();
            return;
        }
    }

    /**
     * Checks a batch without writing anything: which commands would be skipped (applied before, by digest), and
     * what the others decide, each aggregate read once from its latest snapshot on.
     *
     * @throws BatchRefused naming the first command refused, with the refusal as its cause
     */
    public CheckedBatch check(List<PlannedCommand> batch) {
        Values.required(batch, "batch");
        return BatchCheck.decide(batch, storage.commandLog(),
                AggregateHistory.of(eventStorage, storage), registry);
    }

    /**
     * A check of a batch taken in parts as it is read ({@link BatchCheck.Fold}): its {@code finish()} is what
     * {@link #check} gives for the parts as one batch, to be written by {@link #apply(CheckedBatch)}.
     */
    public BatchCheck.Fold checking() {
        return new BatchCheck.Fold(storage.commandLog(), AggregateHistory.of(eventStorage, storage), registry);
    }

    /**
     * Applies a batch of commands all or nothing. Commands applied before (by digest, from an earlier batch or
     * earlier in this one) are skipped; the rest are decided once, by folding each aggregate's rules over its history
     * ({@link #check}), so that a refusal writes nothing, and the events they decided are then written in one
     * transaction, without deciding again. Each applied command is recorded with the aggregate it went to and the
     * number of events it wrote, and each of those events carries the command's digest under
     * {@link EventMetadata#COMMAND_DIGEST} and its annotations, if any, under {@link EventMetadata#NOTE} and
     * {@link EventMetadata#ALTERNATIVES}, and its stable key, if it has one, under {@link EventMetadata#KEY}. A command
     * whose key recorded events under another digest corrects them, and a {@link Withdrawal} withdraws them (ADR
     * 0022); the read models are then rebuilt ({@link #replay}), passing over the withdrawn events.
     * <p>
     * When another writer changes an aggregate of the batch between the check and the write, the write is rolled
     * back and the whole batch checked and written again, up to the number of retries the engine was built with:
     * what the other writer applied meanwhile is then skipped. {@link BatchReport#attempts()} says how many tries
     * it took.
     *
     * @throws BatchRefused   naming the first command refused, with the refusal as its cause; nothing was written
     * @throws BatchContended when other writers won every retry; nothing was written
     */
    public BatchReport apply(List<PlannedCommand> batch) {
        return apply(check(batch));
    }

    /**
     * Writes a batch checked before, by {@link #check} or by {@link BatchCheck#decide} on this store opened
     * read-only: the events it decided, without deciding again. If another writer changed one of its aggregates
     * since, the batch is checked and written again, as {@link #apply(List)} does.
     */
    public BatchReport apply(CheckedBatch checked) {
        Values.required(checked, "checked batch");
        CommandLog log = storage.commandLog();
        CheckedBatch plan = checked;
        for (int attempt = 1; ; attempt++) {
            if (plan.report().applied().isEmpty()) {
                return plan.report();
            }
            try {
                write(plan, log);
                if (plan.decisions().stream().anyMatch(decision -> decision.withdrawal() != null)) {
                    // The read models fold event by event and cannot take back what they folded: rebuilt, they pass
                    // over the withdrawn events (ADR 0022).
                    replay(ReplayProgress.silent());
                }
                return plan.report();
            } catch (Overtaken overtaken) {
                if (attempt > batchRetries) {
                    throw new BatchContended(overtaken.aggregateId, attempt, overtaken.failure);
                }
                backOff(attempt);
                plan = check(checked.batch()).atAttempt(attempt + 1);
            }
        }
    }

    /**
     * Withdraws what the batch entry with stable key {@code key} (e.g.
     * {@code visit:aliyev-pakistan-2024/RecordArrival#1}, see {@link EntryKey}) recorded: a {@code fact.withdrawn}
     * in that aggregate's stream, never an edit (ADR 0022). The same withdrawal sent again is skipped, as any batch
     * entry applied before. To correct an entry instead, apply it edited, with the same key
     * ({@link PlannedCommand#key()}): the batch records the withdrawal and the edited command's events.
     *
     * @throws BatchRefused {@code withdrawal.nothing-to-withdraw} when the key recorded nothing there,
     *         {@code withdrawal.already-withdrawn}, {@code withdrawal.without-sources}
     */
    public BatchReport withdraw(String key, String reason, List<Source> sources) {
        Withdrawal withdrawal = new Withdrawal(key, reason, sources);
        return apply(List.of(new PlannedCommand(withdrawal, "withdraw:" + sha256(withdrawal.toString()),
                "withdraw " + key)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", impossible);
        }
    }

    /** Rows per JDBC batch when a checked batch's events are appended. */
    private static final int APPEND_CHUNK = 1_000;

    /**
     * Writes the events of a checked batch, its command log and the snapshots it calls for, in one transaction;
     * rolls it back on any failure.
     */
    private void write(CheckedBatch plan, CommandLog log) {
        // Each chunk is serialized on another thread as soon as it is built, while this one builds the next and then
        // appends (SerializeAhead).
        try (SerializeAhead ahead = SerializeAhead.over(eventStorage)) {
            write(plan, log, ahead);
        }
    }

    private void write(CheckedBatch plan, CommandLog log, SerializeAhead ahead) {
        // Built a few chunks ahead of the append and let go once appended (EventChunks): the pool serializes the chunks
        // built while this thread appends, and only those few are alive at once, not the whole batch's messages.
        EventChunks chunks = new EventChunks(plan.decisions(), APPEND_CHUNK);
        Deque<List<EventMessage<?>>> built = new ArrayDeque<>(BUILT_AHEAD + 1);
        buildAhead(chunks, built, ahead);
        Transaction transaction = storage.transactionManager().startTransaction();
        try {
            for (List<EventMessage<?>> events = built.poll(); events != null; events = built.poll()) {
                buildAhead(chunks, built, ahead);
                append(events, plan);
            }
            List<AppliedCommand> applied = new ArrayList<>(plan.decisions().size());
            for (Decision decision : plan.decisions()) {
                applied.add(new AppliedCommand(decision.planned().digest(), decision.planned().label(),
                        decision.aggregateId(), decision.events().size()));
            }
            log.recordAll(applied);
            snapshot(plan);
            transaction.commit();
            wakeReadModels.run();
        } catch (Conflict conflict) {
            transaction.rollback();
            // Another writer appended to an aggregate of the batch since it was read: which one, for the report.
            throw new Overtaken(overtakenAggregate(plan, conflict.aggregateIds), conflict.failure);
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }

    /** Chunks built ahead of the one being appended: enough for the pool to serialize while this thread appends. */
    private static final int BUILT_AHEAD = 3;

    private static void buildAhead(EventChunks chunks, Deque<List<EventMessage<?>>> built, SerializeAhead ahead) {
        while (built.size() < BUILT_AHEAD) {
            List<EventMessage<?>> chunk = chunks.next();
            if (chunk == null) {
                return;
            }
            built.add(chunk);
            ahead.add(chunk);
        }
    }

    private void append(List<EventMessage<?>> events, CheckedBatch plan) {
        try {
            eventStorage.appendEvents(events);
        } catch (ConcurrencyException | AggregateStreamCreationException overtaken) {
            Set<String> ids = new HashSet<>();
            events.forEach(event -> ids.add(((DomainEventMessage<?>) event).getAggregateIdentifier()));
            throw new Conflict(ids, overtaken);
        }
    }

    /** Read after the rollback, outside any transaction (a PostgreSQL transaction that failed answers nothing). */
    private String overtakenAggregate(CheckedBatch plan, Set<String> inChunk) {
        for (HeldAggregate aggregate : plan.aggregates()) {
            if (inChunk.contains(aggregate.aggregateId())
                    && lastSequenceOf(aggregate.aggregateId()) != aggregate.storedSequence()) {
                return aggregate.aggregateId();
            }
        }
        return plan.aggregates().stream().map(HeldAggregate::aggregateId).filter(inChunk::contains)
                .findFirst().orElse("an aggregate of the batch");
    }

    /** An append that met another writer's events, inside the transaction. */
    private static final class Conflict extends RuntimeException {
        private final transient Set<String> aggregateIds;
        private final RuntimeException failure;

        Conflict(Set<String> aggregateIds, RuntimeException failure) {
            super("conflicting append", failure, false, false);
            this.aggregateIds = aggregateIds;
            this.failure = failure;
        }
    }

    /** A snapshot of each aggregate the batch left at least {@code snapshotEvery} events past its last one. */
    private void snapshot(CheckedBatch plan) {
        if (snapshotEvery <= 0) {
            return;
        }
        for (HeldAggregate aggregate : plan.aggregates()) {
            // An application's aggregate has no shell to snapshot: it is read from its first event (ADR 0021).
            if (aggregate.type().hasShell() && aggregate.lastSequence() > aggregate.storedSequence()
                    && aggregate.eventsSinceSnapshot() >= snapshotEvery) {
                eventStorage.storeSnapshot(new GenericDomainEventMessage<>(aggregate.type().name(),
                        aggregate.aggregateId(), aggregate.lastSequence(),
                        aggregate.type().snapshotOf(aggregate.aggregateId(), aggregate.state())));
            }
        }
    }

    private long lastSequenceOf(String aggregateId) {
        return eventStorage.lastSequenceNumberFor(aggregateId).orElse(-1L);
    }

    /** A little longer each time, and never the same for two writers, so that they stop meeting. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(10L * attempt + ThreadLocalRandom.current().nextLong(10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to apply a batch again", e);
        }
    }

    /** Another writer got to an aggregate of the batch first; the batch is checked and written again. */
    private static final class Overtaken extends RuntimeException {
        private final String aggregateId;
        private final transient RuntimeException failure;

        Overtaken(String aggregateId, RuntimeException failure) {
            super("overtaken at " + aggregateId, failure, false, false);
            this.aggregateId = aggregateId;
            this.failure = failure;
        }
    }

    /** Axon's gateway, for sending commands asynchronously. */
    public CommandGateway commandGateway() {
        return axon.commandGateway();
    }

    // --- queries -----------------------------------------------------------------------------------------------

    @Override
    public RelationshipState stateOf(Dyad dyad, LocalDate asOf) {
        awaitReadModels();
        return readModels.stateOf(dyad, asOf);
    }

    @Override
    public DyadRecords records(Dyad dyad) {
        awaitReadModels();
        return readModels.records(dyad);
    }

    @Override
    public List<TimelineEntry> timeline(Dyad dyad, LocalDate from, LocalDate to) {
        awaitReadModels();
        return readModels.timeline(dyad, from, to);
    }

    @Override
    public List<AgreementEntry> agreements(AgreementQuery query) {
        awaitReadModels();
        return readModels.agreements(query);
    }

    @Override
    public List<VisitLogEntry> visits(Dyad dyad, LocalDate asOf) {
        awaitReadModels();
        return readModels.visits(dyad, asOf);
    }

    @Override
    public Optional<AgreementRecord> agreement(AgreementId id) {
        awaitReadModels();
        return readModels.agreement(id);
    }

    @Override
    public Optional<VisitRecord> visit(VisitId id) {
        awaitReadModels();
        return readModels.visit(id);
    }

    @Override
    public List<Dyad> dyads() {
        awaitReadModels();
        return readModels.dyads();
    }

    /**
     * The read models built from the history as it was recorded up to {@code recordedBy}: "what did we know on
     * 1 July about the state on 12 July". Built in memory on each call, from the event store, not from the
     * persisted read models.
     */
    public ReadModels asRecordedBy(Instant recordedBy) {
        Values.required(recordedBy, "instant");
        InMemoryReadModelStore store = new InMemoryReadModelStore();
        ReadModelProjector projector = new ReadModelProjector(store);
        // Withdrawals come after what they withdraw: learnt in a pass of their own, then passed over (ADR 0022).
        WithdrawnEvents withdrawn;
        try (Stream<? extends TrackedEventMessage<?>> events = eventStorage.readEvents(null, false)) {
            withdrawn = WithdrawnEvents.in(events.filter(event -> !event.getTimestamp().isAfter(recordedBy)));
        }
        try (Stream<? extends TrackedEventMessage<?>> events = eventStorage.readEvents(null, false)) {
            events.filter(event -> !event.getTimestamp().isAfter(recordedBy))
                  .filter(event -> !withdrawn.passesOver(event.getPayload(),
                          ((DomainEventMessage<?>) event).getAggregateIdentifier(),
                          ((DomainEventMessage<?>) event).getSequenceNumber()))
                  .forEach(event -> projector.project(event.getPayload(), position(event.trackingToken()),
                          Annotations.fromMetadata(event.getMetaData())));
        }
        return new StoreReadModels(store);
    }

    /**
     * The whole history in the order it was recorded, each event with the command digest and annotations recorded
     * beside it. Close the stream when done.
     */
    public Stream<RecordedEvent> history() {
        return eventStorage.readEvents(null, false).map(event -> {
            DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
            return new RecordedEvent(event.getPayload(), Describe.kindOf(event.getPayload()),
                    domain.getAggregateIdentifier(), domain.getSequenceNumber(), position(event.trackingToken()),
                    event.getTimestamp()).withMetadata(event.getMetaData());
        });
    }

    /**
     * Waits until the read models have seen every event recorded so far, on the segments this engine processes.
     *
     * @throws ReadModelsBehind when they have not within the consistency timeout
     */
    public void awaitReadModels() {
        awaitReadModels(consistencyTimeout);
    }

    private void awaitReadModels(Duration timeout) {
        long head = headPosition();
        if (head < 0) {
            return;
        }
        StreamingEventProcessor processor = readModelProcessor();
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!reached(processor, head)) {
            wakeReadModels.run();
        }
        while (!reached(processor, head)) {
            failIfBroken(processor);
            if (System.nanoTime() > deadline) {
                throw new ReadModelsBehind("The read models have not caught up with position " + head
                        + " of the history within " + timeout + " (processor status: " + processor.processingStatus()
                        + "); the answer would be stale.");
            }
            sleep();
        }
    }

    // --- replay ------------------------------------------------------------------------------------------------

    /**
     * Rebuilds every read model from the full history in one pass over the event table (ADR 0013): stops the event
     * processors, then in one transaction empties the read models, folds every event recorded up to now into them
     * page by page, and moves the read-model processor's tokens to that point; then starts the processors again, which
     * carry on from there with what is recorded later. A failure or a crash before the commit leaves the read models
     * and tokens as they were. Other processors that allow a replay (the embedding application's own) are reset, and
     * the replay returns only once each has caught up with the history as it was when the replay began; listeners,
     * which cause side effects, are not replayed. The report counts the events folded, each once; progress is told
     * as the pages are written, never going back, and once at the end. On several engines sharing one database, stop
     * the others first (their claim on a segment makes the replay fail, changing nothing).
     *
     * @throws ReadModelsBehind when a reset processor has not caught up within the consistency timeout (its own
     *         replay goes on)
     */
    public ReplayReport replay(ReplayProgress progress) {
        Values.required(progress, "progress listener");
        long started = System.nanoTime();
        // A processor whose handlers all disallow replay (the listeners' side effects) is left as it is.
        List<StreamingEventProcessor> replayed = streamingProcessors().stream()
                .filter(StreamingEventProcessor::supportsReset).toList();
        StreamingEventProcessor readModels = readModelProcessor();
        // All at once: each releases its segments' claims on threads of its own (ADR 0030).
        CompletableFuture.allOf(replayed.stream().map(StreamingEventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new)).join();
        long[] outcome = {0, -1};
        try {
            // Its commit is durable when this returns; SQLite's checkpoint follows on a thread of its own (ADR 0030).
            storage.inLargeTransaction(() -> {
                TrackingToken head = eventStorage.createHeadToken();
                long headPosition = head == null ? -1 : head.position().orElse(-1);
                outcome[1] = headPosition;
                long[] lastReport = {System.nanoTime()};
                outcome[0] = bulkReplay.run(headPosition, (position, folded) -> {
                    long now = System.nanoTime();
                    if (now - lastReport[0] >= 100_000_000L) {
                        progress.advanced(position, headPosition, folded, rate(folded, now - started));
                        lastReport[0] = now;
                    }
                });
                if (head != null) {
                    moveTokens(readModels.getName(), head);
                }
            });
        } finally {
            for (StreamingEventProcessor processor : replayed) {
                if (processor != readModels) {
                    processor.resetTokens();
                }
                processor.start();
            }
        }
        for (StreamingEventProcessor processor : replayed) {
            if (processor != readModels) {
                awaitCaughtUp(processor, outcome[1]);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long head = Math.max(outcome[1], 0);
        progress.advanced(head, head, outcome[0], rate(outcome[0], took.toNanos()));
        return new ReplayReport(outcome[0], took);
    }

    /**
     * Waits until {@code processor}, reset, has replayed the history up to {@code head}: every segment of its
     * token space claimed on this engine and past {@code head}. A segment in error is retried by Axon meanwhile.
     */
    private void awaitCaughtUp(StreamingEventProcessor processor, long head) {
        if (head < 0) {
            return;
        }
        long deadline = System.nanoTime() + consistencyTimeout.toNanos();
        while (!caughtUp(processor.processingStatus(), head)) {
            if (System.nanoTime() > deadline) {
                throw new ReadModelsBehind("The processor '" + processor.getName() + "' has not replayed the history"
                        + " up to position " + head + " within " + consistencyTimeout + " (status: "
                        + processor.processingStatus() + "); its replay goes on.");
            }
            sleep();
        }
    }

    /**
     * Whether the segments claimed here cover the processor's whole token space (their shares, 1/(mask+1) each, add
     * up to one; a processor split into segments claims them one by one) and have all passed {@code head}.
     */
    private static boolean caughtUp(Map<Integer, EventTrackerStatus> status, long head) {
        long covered = 0;
        for (EventTrackerStatus segment : status.values()) {
            if (segment.isErrorState() || segment.getCurrentPosition().orElse(-1) < head) {
                return false;
            }
            // Masks are 2^k - 1: each segment owns (2^32)/(mask+1) of the 2^32 hash values.
            covered += (1L << 32) / (segment.getSegment().getMask() + 1L);
        }
        return covered >= (1L << 32);
    }

    private static double rate(long events, long nanos) {
        return events / Math.max(nanos / 1e9, 1e-9);
    }

    /**
     * Sets every segment of {@code processorName} to {@code head}, in the transaction open on the thread; on a store
     * whose processor has not yet made its tokens, makes them there.
     */
    private void moveTokens(String processorName, TrackingToken head) {
        TokenStore tokens = axon.eventProcessingConfiguration().tokenStore(processorName);
        int[] segments = tokens.fetchSegments(processorName);
        if (segments.length == 0) {
            tokens.initializeTokenSegments(processorName, initialSegments, head);
            return;
        }
        for (int segment : segments) {
            // Storing claims the segment for this engine, as a processor would; the processor, started next, claims
            // it afresh.
            storeClaiming(tokens, head, processorName, segment);
            tokens.releaseClaim(processorName, segment);
        }
    }

    /**
     * Stores {@code head} as the token of a segment, waiting out the claim of an engine that stopped without
     * releasing it (a process killed, or one whose shut-down ran out of time under load): such a claim lapses after
     * the storage's claim timeout. A claim still held after that belongs to a live engine, and the replay fails.
     */
    private void storeClaiming(TokenStore tokens, TrackingToken head, String processorName, int segment) {
        long deadline = System.nanoTime() + storage.claimTimeout().plusSeconds(2).toNanos();
        while (true) {
            try {
                // Fetching claims the segment, taking over a claim that has lapsed; storing then needs the claim.
                tokens.fetchToken(processorName, segment);
                tokens.storeToken(head, processorName, segment);
                return;
            } catch (UnableToClaimTokenException claimed) {
                if (System.nanoTime() > deadline) {
                    throw claimed;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw claimed;
                }
            }
        }
    }

    // --- lifecycle ---------------------------------------------------------------------------------------------

    /**
     * The aggregates this engine runs, Entente's and the application's own: give it to a {@code ChronicleReader} to
     * read chronicles that hold the application's commands.
     */
    public AggregateRegistry aggregates() {
        return registry;
    }

    /** Where the engine keeps its data, in words. */
    public String describeStorage() {
        return storage.describe();
    }

    /** The Axon configuration underneath, for what this API does not cover. */
    public Configuration axonConfiguration() {
        return axon;
    }

    /** Stops the event processors and releases the storage; the data stays. */
    @Override
    public void close() {
        try {
            axon.shutdown();
        } finally {
            storage.close();
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private long headPosition() {
        TrackingToken head = eventStorage.createHeadToken();
        if (head == null) {
            return -1;
        }
        OptionalLong position = head.position();
        return position.orElse(-1);
    }

    /**
     * Whether the segments this engine processes have all passed {@code head}. An engine that processes every
     * segment must first have claimed them all: right after a start it may hold some and not yet the others.
     */
    private boolean reached(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return false;
        }
        // The segment count is read from the token store only while fewer segments are claimed than last counted:
        // not on every look of a wait.
        if (processesAllSegments && status.size() < knownSegments && status.size() < (knownSegments =
                segmentCount(processor))) {
            return false;
        }
        return status.values().stream().allMatch(
                segment -> !segment.isErrorState() && segment.getCurrentPosition().orElse(-1) >= head);
    }

    private int segmentCount(StreamingEventProcessor processor) {
        TokenStore tokens = axon.eventProcessingConfiguration().tokenStore(processor.getName());
        return storage.transactionManager().fetchInTransaction(() -> tokens.fetchSegments(processor.getName())).length;
    }

    /** A segment that failed would never catch up: say why now rather than after the timeout. */
    private static void failIfBroken(StreamingEventProcessor processor) {
        processor.processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .findFirst()
                .ifPresent(segment -> {
                    throw new ReadModelsBehind("The read models stopped at segment " + segment.getSegment()
                            + " on an error: " + segment.getError(), segment.getError());
                });
    }

    private StreamingEventProcessor readModelProcessor() {
        return axon.eventProcessingConfiguration()
                .eventProcessor(ReadModelEventHandler.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("The read-model processor is not configured"));
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        return axon.eventProcessingConfiguration().eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("Token " + token + " has no position"));
    }

    private static void sleep() {
        try {
            // Short: right after a write the processor, woken by the commit, needs a few milliseconds.
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the read models", e);
        }
    }
}
