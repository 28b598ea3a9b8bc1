package dev.entente.application.batch;

import java.util.List;

/** What applying a batch did: the commands applied, and those skipped because they had been applied before. */
public record BatchReport(List<PlannedCommand> applied, List<PlannedCommand> skipped) {

    public BatchReport {
        applied = List.copyOf(applied);
        skipped = List.copyOf(skipped);
    }
}
