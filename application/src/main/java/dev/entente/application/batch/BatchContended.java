package dev.entente.application.batch;

/**
 * A batch given up because other writers kept changing an aggregate it writes to, each time between the check and
 * the write: nothing of it was written, and applying it again later is safe.
 */
public final class BatchContended extends RuntimeException {

    private final String aggregateId;
    private final int attempts;

    public BatchContended(String aggregateId, int attempts, RuntimeException cause) {
        super("Another writer kept changing " + aggregateId + " while this batch was being written ("
                + attempts + " attempt" + (attempts == 1 ? "" : "s") + "); nothing of the batch was written. "
                + "Try again: what the other writer applied meanwhile will be skipped.", cause);
        this.aggregateId = aggregateId;
        this.attempts = attempts;
    }

    /** The aggregate the last attempt lost to another writer, e.g. {@code relationship:AZ-PK}. */
    public String aggregateId() {
        return aggregateId;
    }

    /** How many times the batch was checked and written before it was given up. */
    public int attempts() {
        return attempts;
    }
}
