package dev.entente.application.batch;

import dev.entente.domain.shared.AggregateType;

/**
 * An aggregate as a checked batch leaves it: its state after the batch's events, the sequence number of its last
 * event ({@code -1} for none), the one it was read at, and that of the snapshot it was read from ({@code -1}: none).
 */
public record HeldAggregate(AggregateType<?, ?, ?> type, String aggregateId, Object state, long lastSequence,
                            long storedSequence, long snapshotSequence) {

    /** Events since the last snapshot, this batch's included. */
    public long eventsSinceSnapshot() {
        return lastSequence - snapshotSequence;
    }
}
