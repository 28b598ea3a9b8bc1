package dev.entente.application;

import dev.entente.application.batch.WithdrawnHistory;
import dev.entente.domain.Aggregates;
import dev.entente.domain.correction.FactWithdrawn;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, whose shut-down waits until its own threads have ended. Axon's shut-down only flags
 * the thread that reads ahead for the processors; that thread may be half-way through reading a page of events, or
 * about to, when the engine goes on to close the storage, and it then logs an ERROR with a stack trace for the
 * closed pool ("has been closed", "Database is already closed") after a run that succeeded.
 */
final class QuietEventStore extends EmbeddedEventStore {

    /** Enough for the reading thread to finish its page and see that it must stop; a bound, not a wait. */
    private static final Duration THREADS_END_WITHIN = Duration.ofSeconds(10);

    private final List<Thread> threads;
    private final List<Runnable> committed = new CopyOnWriteArrayList<>();

    private QuietEventStore(Builder builder, List<Thread> threads) {
        super(builder);
        this.threads = threads;
    }

    /** The store on {@code builder}'s storage, with a thread factory of its own so that it knows its threads. */
    static QuietEventStore of(Builder builder) {
        List<Thread> threads = new CopyOnWriteArrayList<>();
        ThreadFactory axonThreads = new AxonThreadFactory("EmbeddedEventStore");
        ThreadFactory known = task -> {
            Thread thread = axonThreads.newThread(task);
            threads.add(thread);
            return thread;
        };
        return new QuietEventStore(builder.threadFactory(known), threads);
    }

    /** Runs {@code action} each time a unit of work that appended events has committed. */
    void onCommitted(Runnable action) {
        committed.add(action);
    }

    /**
     * Wakes the thread that reads ahead for the processors, after events were appended to the storage directly (a
     * batch, an application's aggregate) rather than published here: otherwise it sleeps out its fetch delay, a second,
     * before it reads them, and a question asked meanwhile waits for that.
     */
    void fetchNow() {
        super.afterCommit(List.of());
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        if (!events.isEmpty()) {
            committed.forEach(Runnable::run);
        }
    }

    /**
     * The aggregate's stream as Axon's repository loads it, without the events withdrawn since (ADR 0022); from its
     * first event when a withdrawal reaches back into the snapshot it would start from.
     */
    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        List<? extends DomainEventMessage<?>> read = super.readEvents(aggregateIdentifier).asStream().toList();
        if (read.stream().noneMatch(message -> message.getPayload() instanceof FactWithdrawn)) {
            return DomainEventStream.of(read);
        }
        DomainEventMessage<?> first = read.get(0);
        boolean fromSnapshot = Aggregates.all().stream().anyMatch(type -> type.shell().isInstance(first.getPayload()));
        if (fromSnapshot && WithdrawnHistory.reachesBehind(first.getSequenceNumber(), read)) {
            read = readEvents(aggregateIdentifier, 0).asStream().toList();
        }
        long last = read.get(read.size() - 1).getSequenceNumber();
        return DomainEventStream.of(WithdrawnHistory.kept(read).stream(), () -> last);
    }

    @Override
    public void shutDown() {
        super.shutDown();
        // The reader waits up to its fetch delay for new events before it looks at its stop flag; wake it now.
        afterCommit(List.of());
        long deadline = System.nanoTime() + THREADS_END_WITHIN.toNanos();
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            if (thread == Thread.currentThread() || left <= 0) {
                continue;
            }
            try {
                thread.join(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
