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
        List<KeyedEvents> runs = new ArrayList<>();
        KeyedEvents open = null;
        for (EventMessage<?> message : events) {
            Object key = message.getMetaData().get(EventMetadata.KEY);
            if (key == null || !(message instanceof DomainEventMessage<?> event)) {
                continue;
            }
            long sequence = event.getSequenceNumber();
            if (open != null && open.key().equals(key.toString())
                    && open.aggregateId().equals(event.getAggregateIdentifier())
                    && open.lastSequence() + 1 == sequence) {
                open = new KeyedEvents(open.key(), open.aggregateId(), open.firstSequence(), sequence);
                runs.set(runs.size() - 1, open);
            } else {
                open = new KeyedEvents(key.toString(), event.getAggregateIdentifier(), sequence, sequence);
                runs.add(open);
            }
        }
        return runs;
    }
}
