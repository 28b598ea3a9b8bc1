package dev.entente.application.projection;

import dev.entente.domain.correction.FactWithdrawn;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;

/**
 * The events withdrawn in a history, by aggregate id and sequence number, so that a fold of the read models can pass
 * over them (ADR 0022). A withdrawal comes after the events it withdraws, so a fold learns them first, in a pass of
 * its own, and folds in a second.
 */
public final class WithdrawnEvents {

    private final Map<String, Set<Long>> byAggregate = new HashMap<>();

    /**
     * The events withdrawn by the withdrawals among {@code events}. Only the withdrawals are decoded: the type of the
     * others is told by their stored name, so a history without withdrawals costs this pass its reading alone.
     */
    public static WithdrawnEvents in(Stream<? extends EventMessage<?>> events) {
        WithdrawnEvents withdrawn = new WithdrawnEvents();
        events.filter(event -> FactWithdrawn.class.equals(event.getPayloadType()))
              .forEach(event -> withdrawn.add((FactWithdrawn) event.getPayload()));
        return withdrawn;
    }

    /** Adds the events {@code withdrawal} withdraws. */
    public void add(FactWithdrawn withdrawal) {
        byAggregate.computeIfAbsent(withdrawal.aggregateId(), any -> new HashSet<>())
                .addAll(withdrawal.sequenceNumbers());
    }

    /** Whether the event {@code sequence} of {@code aggregateId} is withdrawn. */
    public boolean contains(String aggregateId, long sequence) {
        Set<Long> withdrawn = byAggregate.get(aggregateId);
        return withdrawn != null && withdrawn.contains(sequence);
    }

    /** Whether nothing is withdrawn. */
    public boolean isEmpty() {
        return byAggregate.isEmpty();
    }

    /**
     * Whether a fold passes over {@code event}, the event {@code sequence} of {@code aggregateId}: it is a
     * withdrawal, which no read model folds, or it is withdrawn.
     */
    public boolean passesOver(Object event, String aggregateId, long sequence) {
        return event instanceof FactWithdrawn || contains(aggregateId, sequence);
    }
}
