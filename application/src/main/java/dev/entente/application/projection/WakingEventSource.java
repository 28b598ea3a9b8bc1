package dev.entente.application.projection;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the read-model processor reads it, with a way to wake the processor when this engine has just
 * committed events. Axon's embedded event store offers no callback for new events, so a pooled processor on it looks
 * for them every 500 ms: a question asked right after a write waited for that poll. Here the stream takes the
 * processor's callback, {@link #wake()} calls it after a commit, and the poll stays as it was for events other
 * processes write. The stream's first look after a wake waits briefly for the store's reader to fetch the events
 * just committed, rather than finding none and going back to sleep.
 * <p>
 * Commits that follow each other closely wake the processor once for all of them: the first at once, the others at
 * the end of a short window ({@link #COALESCE}), so that a caller sending commands one after another is not
 * made to wait, at each one, for a read-model transaction of the one before (on SQLite they take turns at the single
 * write lock), and the processor folds them in one batch. A reader that waits for the read models asks for a wake at
 * once ({@link #wakeNow()}) (ADR 0035).
 */
public final class WakingEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    /** How often the processor looks for events written by others, as Axon's own poll does. */
    private static final long POLL_MILLIS = 500;
    /** How long the first look after a wake waits for the events just committed to be fetched. */
    private static final int FETCH_WAIT_MILLIS = 50;
    /** How long after a wake the next commit's wake may be held back, so that it wakes for all commits since. */
    static final Duration COALESCE = Duration.ofMillis(5);

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "entente-read-model-poll");
        thread.setDaemon(true);
        return thread;
    });

    /** The window after a wake in which the next commit's wake is held back, in nanoseconds. */
    private final long window;
    /** When the processor was last woken ({@link System#nanoTime()}). */
    private final AtomicLong lastWake;
    /** Whether a wake is set for the end of the window, covering every commit until then. */
    private final AtomicBoolean wakeSet = new AtomicBoolean();

    public WakingEventSource(StreamableMessageSource<TrackedEventMessage<?>> store) {
        this(store, COALESCE);
    }

    /** As {@link #WakingEventSource(StreamableMessageSource)}, holding wakes back within {@code window} of the last. */
    WakingEventSource(StreamableMessageSource<TrackedEventMessage<?>> store, Duration window) {
        this.store = store;
        this.window = window.toNanos();
        this.lastWake = new AtomicLong(System.nanoTime() - this.window);
        poll.scheduleWithFixedDelay(() -> streams.forEach(Stream::poll), POLL_MILLIS, POLL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Tells the processor that this engine has committed events: it reads them now, or, within the window
     * ({@link #COALESCE}) of the last wake, at the end of that window, with whatever else is committed by then.
     */
    public void wake() {
        if (wakeSet.get()) {
            return;
        }
        long since = System.nanoTime() - lastWake.get();
        if (since >= window) {
            wakeNow();
        } else if (wakeSet.compareAndSet(false, true)) {
            try {
                poll.schedule(() -> {
                    wakeSet.set(false);
                    wakeNow();
                }, window - since, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException closed) {
                // Closed with the engine: no processor is left to wake.
                wakeSet.set(false);
            }
        }
    }

    /** Tells the processor to read what is committed now, without waiting for a window to end. */
    public void wakeNow() {
        lastWake.set(System.nanoTime());
        streams.forEach(Stream::wake);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        Stream stream = new Stream(store.openStream(trackingToken));
        streams.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(java.time.Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(java.time.Duration duration) {
        return store.createTokenSince(duration);
    }

    /** Stops the poll; the streams are closed by the processor that opened them. */
    @Override
    public void close() {
        poll.shutdownNow();
    }

    /** One processor's stream: the store's, plus the processor's callback. */
    private final class Stream implements BlockingStream<TrackedEventMessage<?>> {
        private final BlockingStream<TrackedEventMessage<?>> events;
        private final AtomicBoolean woken = new AtomicBoolean();
        private volatile Runnable callback;

        Stream(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        void wake() {
            woken.set(true);
            poll();
        }

        void poll() {
            Runnable current = callback;
            if (current != null) {
                current.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            return true;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            // Only the processor's thread reads the stream, so the short wait happens there, once per wake.
            if (timeout == 0 && woken.getAndSet(false)) {
                return events.hasNextAvailable(FETCH_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            }
            return events.hasNextAvailable(timeout, unit);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return events.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            events.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            streams.remove(this);
            events.close();
        }
    }
}
