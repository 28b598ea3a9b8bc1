package dev.entente.application.batch;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Serializes a batch's event messages on another thread, chunk by chunk as the calling thread builds them and in the
 * order they will be appended: the building of the later chunks, the JDBC inserts and the Jackson writing then run on
 * two cores instead of one after the other on one (issue 8, seventh session: the messages of a long batch took a
 * fifth of its write to build while the other core waited for the first append).
 * <p>
 * It relies on Axon's messages keeping what they were serialized to, per serializer (a message's
 * {@code SerializedObjectHolder}, guarded, so a message is serialized once whichever thread gets there first): the
 * storage engine's append finds the payload and metadata already written, byte for byte what it would have written
 * itself, with the same serializer. It changes nothing that is stored; a message it has not reached yet is
 * serialized by the append as before, and anything it fails on is left for the append to fail on, as before.
 */
public final class SerializeAhead implements AutoCloseable {

    /** What the append asks for, in the storages Entente builds ({@code JdbcStorage}'s data type). */
    private static final Class<byte[]> REPRESENTATION = byte[].class;

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Serializer serializer;
    private final Executor executor;
    /** The first chunk, held until a second comes: a batch of one chunk is the append's at once. */
    private List<? extends EventMessage<?>> first;
    private boolean started;

    private SerializeAhead(Serializer serializer, Executor executor) {
        this.serializer = serializer;
        this.executor = executor;
    }

    /**
     * Ready to serialize the chunks {@link #add} hands it with the event serializer of {@code storage}, on the JVM's
     * common pool; it does nothing for a storage engine that does not serialize through one (an in-memory one).
     */
    public static SerializeAhead over(EventStorageEngine storage) {
        return over(storage, ForkJoinPool.commonPool());
    }

    /** As {@link #over(EventStorageEngine)}, on {@code executor}. */
    static SerializeAhead over(EventStorageEngine storage, Executor executor) {
        return new SerializeAhead(storage instanceof AbstractEventStorageEngine serializing
                ? serializing.getEventSerializer() : null, executor);
    }

    /**
     * The next chunk to be appended, after every chunk added before, to be serialized once a second chunk has come
     * (a single chunk is left to the append, which reaches it at once). Not for several threads at once.
     */
    public void add(List<? extends EventMessage<?>> chunk) {
        if (serializer == null || stopped.get()) {
            return;
        }
        if (!started && first == null) {
            first = chunk;
            return;
        }
        if (!started) {
            started = true;
            submit(first);
            first = null;
        }
        submit(chunk);
    }

    private void submit(List<? extends EventMessage<?>> chunk) {
        executor.execute(() -> serialize(chunk));
    }

    private void serialize(List<? extends EventMessage<?>> chunk) {
        try {
            for (EventMessage<?> event : chunk) {
                if (stopped.get()) {
                    return;
                }
                event.serializePayload(serializer, REPRESENTATION);
                event.serializeMetaData(serializer, REPRESENTATION);
            }
        } catch (RuntimeException ignored) {
            // The append serializes the same message again and reports the failure where it belongs.
        }
    }

    /** Stops the serializing (the batch was written, or rolled back); it does not wait for it. */
    @Override
    public void close() {
        stopped.set(true);
        first = null;
    }
}
