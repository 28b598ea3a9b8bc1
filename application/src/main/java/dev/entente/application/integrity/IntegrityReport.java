package dev.entente.application.integrity;

import java.util.List;

/**
 * What an {@link IntegrityCheck} found: how much the store holds, and every problem, none when the store is whole.
 *
 * @param events     the stored events
 * @param aggregates the aggregates they belong to
 * @param commands   the applied commands on record
 * @param problems   what is wrong, in the order found; empty when the store is whole
 */
public record IntegrityReport(long events, long aggregates, long commands, List<IntegrityProblem> problems) {

    public IntegrityReport {
        problems = List.copyOf(problems);
    }

    /** Whether nothing is wrong. */
    public boolean isWhole() {
        return problems.isEmpty();
    }
}
