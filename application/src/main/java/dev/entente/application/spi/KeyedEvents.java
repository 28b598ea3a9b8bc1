package dev.entente.application.spi;

import dev.entente.application.EventMetadata;
import dev.entente.domain.shared.Values;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * Events that a batch entry's stable key ({@code entente.key}) recorded in one append: the aggregate and the run of
 * sequence numbers, first to last. An entry of a key index (ADR 0027), by which a batch check finds what a key
 * recorded without reading the aggregate's whole stream.
 *
 * @param key           the entry's stable key
 * @param aggregateId   the aggregate the events belong to
 * @param firstSequence the sequence number of the first of them
 * @param lastSequence  the sequence number of the last of them, at least {@code firstSequence}
 */
public record KeyedEvents(String key, String aggregateId, long firstSequence, long lastSequence) {

    public KeyedEvents {
        Values.text(key, "key");
        Values.text(aggregateId, "aggregate id");
        if (firstSequence < 0 || lastSequence < firstSequence) {
            throw new IllegalArgumentException("A run of sequence numbers goes from 0 or more up, got "
                    + firstSequence + " to " + lastSequence);
        }
    }

    /**
     * The runs of {@code events} that carry a key, in order: consecutive events of one aggregate under one key, with
     * consecutive sequence numbers, make one run. Events without a key are left out.
     */
    public static List<KeyedEvents> in(List<? extends EventMessage<?>> events) {
        Runs runs = new Runs();
        for (EventMessage<?> message : events) {
            Object key = message.getMetaData().get(EventMetadata.KEY);
            if (key != null && message instanceof DomainEventMessage<?> event) {
                runs.add(key.toString(), event.getAggregateIdentifier(), event.getSequenceNumber());
            }
        }
        return runs.list();
    }

    /**
     * Runs gathered from keyed events given in order: an event of the same key and aggregate as the run before it,
     * with the next sequence number, extends that run; any other starts one.
     */
    public static final class Runs {

        private final List<KeyedEvents> runs = new ArrayList<>();

        /** The event of {@code aggregateId} at {@code sequence} that {@code key} recorded. */
        public void add(String key, String aggregateId, long sequence) {
            KeyedEvents open = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (open != null && open.key().equals(key) && open.aggregateId().equals(aggregateId)
                    && open.lastSequence() + 1 == sequence) {
                runs.set(runs.size() - 1, new KeyedEvents(key, aggregateId, open.firstSequence(), sequence));
            } else {
                runs.add(new KeyedEvents(key, aggregateId, sequence, sequence));
            }
        }

        /** The runs so far, in order. */
        public List<KeyedEvents> list() {
            return runs;
        }
    }
}
