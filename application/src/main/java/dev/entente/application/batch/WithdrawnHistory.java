package dev.entente.application.batch;

import dev.entente.domain.correction.FactWithdrawn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * An aggregate's stream as its rules load it (ADR 0022): the events withdrawn by a later {@link FactWithdrawn} are
 * left out, wherever it is loaded from (the batch check, Axon's repository). A snapshot holds the state its
 * aggregate had, withdrawn events already left out; one taken before a withdrawal that reaches back to it holds a
 * withdrawn event, and must not be used.
 */
public final class WithdrawnHistory {

    private WithdrawnHistory() {
    }

    /** The sequence numbers the withdrawals among {@code messages} withdraw. */
    public static Set<Long> withdrawn(List<? extends DomainEventMessage<?>> messages) {
        Set<Long> withdrawn = new HashSet<>();
        for (DomainEventMessage<?> message : messages) {
            if (message.getPayload() instanceof FactWithdrawn withdrawal) {
                withdrawn.addAll(withdrawal.sequenceNumbers());
            }
        }
        return withdrawn;
    }

    /** Whether a withdrawal among {@code messages} withdraws an event the snapshot at {@code snapshotSequence} holds. */
    public static boolean reachesBehind(long snapshotSequence, List<? extends DomainEventMessage<?>> messages) {
        return withdrawn(messages).stream().anyMatch(sequence -> sequence <= snapshotSequence);
    }

    /** {@code messages} without the events withdrawn among them; the withdrawals themselves stay. */
    public static List<DomainEventMessage<?>> kept(List<? extends DomainEventMessage<?>> messages) {
        Set<Long> withdrawn = withdrawn(messages);
        List<DomainEventMessage<?>> kept = new ArrayList<>(messages.size());
        for (DomainEventMessage<?> message : messages) {
            if (!withdrawn.contains(message.getSequenceNumber()) || message.getPayload() instanceof FactWithdrawn) {
                kept.add(message);
            }
        }
        return kept;
    }
}
