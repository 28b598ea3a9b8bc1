package dev.entente.adapters.cli;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.batch.CheckedBatch;
import dev.entente.application.batch.Decision;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.batch.ReadOnlyCheck;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.Describe;
import dev.entente.domain.shared.Fact;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code apply --dry-run}: the batch checked against the store opened read-only (or against nothing when there is
 * no store yet), and what applying it would do printed, command by command: the events each would record, and the
 * commands skipped as applied before. A command the rules refuse ends it as {@code apply} would (exit 1), with
 * nothing written either way.
 */
final class DryRun {

    private DryRun() {
    }

    static CheckedBatch check(Store store, List<PlannedCommand> batch) {
        if (!store.exists()) {
            return ReadOnlyCheck.checkOnNothing(batch);
        }
        Session.requireExisting(store);
        try (JdbcStorage readOnly = store.openReadOnly()) {
            return ReadOnlyCheck.check(batch, readOnly, new JsonSerialization());
        }
    }

    static void print(CheckedBatch checked, Store store, PrintStream out) {
        int applied = checked.decisions().size();
        int skipped = checked.report().skipped().size();
        out.println("Dry run on the " + store + ": nothing was written.");
        out.println("Would apply " + applied + " command" + (applied == 1 ? "" : "s") + " (" + checked.eventCount()
                + " event" + (checked.eventCount() == 1 ? "" : "s") + ")"
                + (skipped == 0 ? "" : "; would skip " + skipped + " applied before") + (applied == 0 ? "." : ":"));
        for (Decision decision : checked.decisions()) {
            out.println("  + " + decision.planned().label() + " -> " + decision.aggregateId() + ": "
                    + decision.events().stream().map(DryRun::describe).collect(Collectors.joining(", "))
                    + annotations(decision.planned().annotations()));
        }
        for (PlannedCommand command : checked.report().skipped()) {
            out.println("  = " + command.label() + " (applied before)");
        }
    }

    private static String describe(Object event) {
        return Describe.kindOf(event) + (event instanceof Fact fact ? " on " + fact.occurredOn() : "");
    }

    private static String annotations(Annotations annotations) {
        if (annotations.isEmpty()) {
            return "";
        }
        int claims = annotations.alternatives().size();
        return " (with " + (annotations.note() == null ? "" : "a note")
                + (annotations.note() != null && claims > 0 ? " and " : "")
                + (claims == 0 ? "" : claims + " alternative claim" + (claims == 1 ? "" : "s")) + ")";
    }
}
