package dev.entente.application.batch;

import dev.entente.application.EventMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * The events a checked batch decided, as the messages the event storage appends, built a chunk at a time when asked
 * for rather than all at once: a write can so append each chunk soon after it is built and let it go, instead of
 * keeping every message of a long batch (and the bytes each is serialized to) alive until the commit, which the
 * collector copied as the write went on (issue 8, ninth session). The chunks are the ones building them all first
 * gives: in the decisions' order, {@code size} events each but the last.
 * <p>
 * Each event gets a time-ordered identifier ({@link #domainEvent}). Every event of one decision carries the same
 * metadata: the command's digest under
 * {@link EventMetadata#COMMAND_DIGEST}, a fresh id as both trace and correlation id (as Axon's gateway gives a command
 * message), the command's annotations, and its stable key under {@link EventMetadata#KEY} if it has one.
 * Not for several threads at once.
 */
public final class EventChunks {

    private final Iterator<Decision> decisions;
    private final int size;
    private Decision current;
    private MetaData metaData;
    /** The index, in the current decision's events, of the next event to build. */
    private int next;

    /** The events of {@code decisions}, in chunks of {@code size}. */
    public EventChunks(List<Decision> decisions, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a chunk holds at least one event, not " + size);
        }
        this.decisions = decisions.iterator();
        this.size = size;
    }

    /** The next chunk, or null when every event has been built. */
    public List<EventMessage<?>> next() {
        List<EventMessage<?>> chunk = null;
        while (true) {
            if (current == null || next == current.events().size()) {
                if (!decisions.hasNext()) {
                    return chunk;
                }
                current = decisions.next();
                next = 0;
                metaData = metaDataOf(current.planned());
                continue;
            }
            if (chunk == null) {
                chunk = new ArrayList<>(size);
            }
            chunk.add(domainEvent(current.aggregateType(), current.aggregateId(), current.firstSequence() + next,
                    current.events().get(next), metaData));
            next++;
            if (chunk.size() == size) {
                return chunk;
            }
        }
    }

    /**
     * The message of an event Entente appends: Axon's, with a time-ordered identifier ({@link EventIdentifiers}, ADR
     * 0039) instead of a random one, and the time of Axon's event clock, as Axon's own constructor takes it.
     */
    public static <T> GenericDomainEventMessage<T> domainEvent(String aggregateType, String aggregateId, long sequence,
                                                               T payload, MetaData metaData) {
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, metaData,
                EventIdentifiers.next(), GenericEventMessage.clock.instant());
    }

    /**
     * One map, copied once into the metadata: Axon's {@code MetaData.and} and {@code mergedWith} each copy the whole map
     * twice, which for the four or five entries of a command's metadata came to about ten copies a command.
     */
    private static MetaData metaDataOf(PlannedCommand planned) {
        String commandId = UUID.randomUUID().toString();
        Map<String, Object> entries = new HashMap<>();
        entries.put(EventMetadata.COMMAND_DIGEST, planned.digest());
        entries.put("traceId", commandId);
        entries.put("correlationId", commandId);
        entries.putAll(planned.annotations().toMetadata());
        if (planned.key() != null) {
            entries.put(EventMetadata.KEY, planned.key());
        }
        return MetaData.from(entries);
    }
}
