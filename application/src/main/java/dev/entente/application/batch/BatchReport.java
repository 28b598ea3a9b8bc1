package dev.entente.application.batch;

import java.util.List;

/**
 * What applying a batch did: the commands applied, those skipped because they had been applied before (by an
 * earlier batch, earlier in this one, or by another writer while this one waited), and how many times it was checked
 * and written: more than once when another writer got to an aggregate of the batch first.
 */
public record BatchReport(List<PlannedCommand> applied, List<PlannedCommand> skipped, int attempts) {

    public BatchReport {
        applied = List.copyOf(applied);
        skipped = List.copyOf(skipped);
        if (attempts < 1) {
            throw new IllegalArgumentException("A batch is tried at least once, got " + attempts);
        }
    }

    /** A report of a batch checked or applied at the first attempt. */
    public BatchReport(List<PlannedCommand> applied, List<PlannedCommand> skipped) {
        this(applied, skipped, 1);
    }

    /** The same report, reached at the given attempt. */
    public BatchReport atAttempt(int attempt) {
        return new BatchReport(applied, skipped, attempt);
    }
}
