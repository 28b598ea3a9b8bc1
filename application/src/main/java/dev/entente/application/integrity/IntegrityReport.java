package dev.entente.application.integrity;

import java.util.List;

/**
 * What an {@link IntegrityCheck} found: how much the store holds, and every problem, none when the store is whole.
 *
 * @param events     the stored events
 * @param aggregates the aggregates they belong to
 * @param commands   the applied commands on record
 * @param unfolded   the events the persisted read models have not folded yet (an engine folds them when it next
 *                   runs); the read models were compared with a fold of the others
 * @param problems   what is wrong, in the order found; empty when the store is whole
 */
public record IntegrityReport(long events, long aggregates, long commands, long unfolded,
                              List<IntegrityProblem> problems) {

    public IntegrityReport {
        problems = List.copyOf(problems);
    }

    /** Whether nothing is wrong. */
    public boolean isWhole() {
        return problems.isEmpty();
    }
}
