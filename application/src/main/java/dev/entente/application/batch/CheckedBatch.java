package dev.entente.application.batch;

import java.util.List;

/**
 * A batch checked against the history: the commands as given, the report (applied and skipped commands), the events
 * each applied command records, and the aggregates as the batch leaves them. Applying it writes these events without
 * deciding again.
 */
public record CheckedBatch(List<PlannedCommand> batch, BatchReport report, List<Decision> decisions,
                           List<HeldAggregate> aggregates) {

    public CheckedBatch {
        batch = List.copyOf(batch);
        decisions = List.copyOf(decisions);
        aggregates = List.copyOf(aggregates);
    }

    /** The same batch, reached at the given attempt. */
    public CheckedBatch atAttempt(int attempt) {
        return new CheckedBatch(batch, report.atAttempt(attempt), decisions, aggregates);
    }

    /** How many events applying it writes. */
    public int eventCount() {
        return decisions.stream().mapToInt(decision -> decision.events().size()).sum();
    }
}
