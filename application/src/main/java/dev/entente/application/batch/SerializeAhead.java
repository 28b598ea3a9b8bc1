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
 * Serializes a batch's event messages on another thread, in the order they will be appended, while the calling
 * thread appends the chunks before them: the JDBC inserts and the Jackson writing then run on two cores instead of
 * one after the other on one.
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

    private SerializeAhead() {
    }

    /**
     * Starts serializing {@code chunks}, in order, with the event serializer of {@code storage}; does nothing for a
     * storage engine that does not serialize through one (an in-memory one) or for a single chunk, which the append
     * reaches at once.
     */
    public static SerializeAhead start(EventStorageEngine storage,
                                       List<? extends List<? extends EventMessage<?>>> chunks) {
        return start(storage, chunks, ForkJoinPool.commonPool());
    }

    /** As {@link #start(EventStorageEngine, List)}, on {@code executor}. */
    static SerializeAhead start(EventStorageEngine storage, List<? extends List<? extends EventMessage<?>>> chunks,
                                Executor executor) {
        SerializeAhead ahead = new SerializeAhead();
        if (storage instanceof AbstractEventStorageEngine serializing && chunks.size() > 1) {
            Serializer serializer = serializing.getEventSerializer();
            // The first chunk is the append's at once: start with the second.
            executor.execute(() -> ahead.serialize(serializer, chunks.subList(1, chunks.size())));
        }
        return ahead;
    }

    private void serialize(Serializer serializer, List<? extends List<? extends EventMessage<?>>> chunks) {
        try {
            for (List<? extends EventMessage<?>> chunk : chunks) {
                for (EventMessage<?> event : chunk) {
                    if (stopped.get()) {
                        return;
                    }
                    event.serializePayload(serializer, REPRESENTATION);
                    event.serializeMetaData(serializer, REPRESENTATION);
                }
            }
        } catch (RuntimeException ignored) {
            // The append serializes the same message again and reports the failure where it belongs.
        }
    }

    /** Stops the serializing (the batch was written, or rolled back); it does not wait for it. */
    @Override
    public void close() {
        stopped.set(true);
    }
}
