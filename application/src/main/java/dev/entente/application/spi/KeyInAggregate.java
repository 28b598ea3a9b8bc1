package dev.entente.application.spi;

import dev.entente.application.EventMetadata;
import dev.entente.domain.shared.Values;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * A batch entry's stable key ({@code entente.key}) and an aggregate it recorded events in: an entry of the key index
 * (ADR 0027), by which a batch check learns that a key recorded nothing in an aggregate without reading its whole
 * stream. Which events the key recorded is not kept: a check that finds the pair reads the aggregate whole anyway.
 *
 * @param key         the entry's stable key
 * @param aggregateId the aggregate
 */
public record KeyInAggregate(String key, String aggregateId) {

    public KeyInAggregate {
        Values.text(key, "key");
        Values.text(aggregateId, "aggregate id");
    }

    /** The pairs of key and aggregate that {@code events} recorded, in the order first met; events without a key add none. */
    public static Set<KeyInAggregate> in(List<? extends EventMessage<?>> events) {
        Set<KeyInAggregate> pairs = new LinkedHashSet<>();
        KeyInAggregate last = null;
        for (EventMessage<?> message : events) {
            Object key = message.getMetaData().get(EventMetadata.KEY);
            if (key != null && message instanceof DomainEventMessage<?> event) {
                // A key's events come together (one entry's decision), so most are the pair just added.
                if (last == null || !last.key().equals(key.toString())
                        || !last.aggregateId().equals(event.getAggregateIdentifier())) {
                    last = new KeyInAggregate(key.toString(), event.getAggregateIdentifier());
                    pairs.add(last);
                }
            }
        }
        return pairs;
    }
}
