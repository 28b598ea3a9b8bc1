package dev.entente.application.batch;

import dev.entente.domain.correction.FactWithdrawn;
import dev.entente.domain.correction.Withdrawals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * {@code messages} as the aggregate's rules count them ({@link Withdrawals#kept}): without the events withdrawn
     * among them, a correction's events where the events it withdrew stood; then the withdrawals themselves, which
     * change no state but keep the stream's last sequence number in it.
     */
    public static List<DomainEventMessage<?>> kept(List<? extends DomainEventMessage<?>> messages) {
        Map<Long, DomainEventMessage<?>> bySequence = new HashMap<>();
        List<Withdrawals.Recorded> history = new ArrayList<>(messages.size());
        List<DomainEventMessage<?>> withdrawals = new ArrayList<>();
        for (DomainEventMessage<?> message : messages) {
            bySequence.put(message.getSequenceNumber(), message);
            history.add(new Withdrawals.Recorded(message.getSequenceNumber(), message.getPayload()));
            if (message.getPayload() instanceof FactWithdrawn) {
                withdrawals.add(message);
            }
        }
        List<DomainEventMessage<?>> kept = new ArrayList<>(messages.size());
        for (Withdrawals.Recorded recorded : Withdrawals.kept(history)) {
            kept.add(bySequence.get(recorded.sequence()));
        }
        kept.addAll(withdrawals);
        return kept;
    }
}
