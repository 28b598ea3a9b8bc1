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
import dev.entente.domain.shared.PartlyDated;
import java.io.PrintStream;
import java.util.IdentityHashMap;
import java.util.Map;
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

    /**
     * Prints what applying would do, entry by entry in the order of the batch: {@code + new}, {@code ~ changed since
     * applied, will correct} (with each changed field, old and new), {@code - will withdraw}, {@code = already
     * applied}.
     */
    static void print(CheckedBatch checked, Store store, PrintStream out) {
        int applied = checked.decisions().size();
        int skipped = checked.report().skipped().size();
        out.println("Dry run on the " + store + ": nothing was written.");
        out.println("Would apply " + applied + " command" + (applied == 1 ? "" : "s") + " (" + checked.eventCount()
                + " event" + (checked.eventCount() == 1 ? "" : "s") + ")"
                + (skipped == 0 ? "" : "; would skip " + skipped + " applied before") + (applied == 0 ? "." : ":"));
        Map<PlannedCommand, Decision> decided = new IdentityHashMap<>();
        checked.decisions().forEach(decision -> decided.put(decision.planned(), decision));
        for (PlannedCommand command : checked.batch()) {
            Decision decision = decided.remove(command);
            if (decision == null) {
                out.println("  = already applied: " + command.label());
            } else if (decision.planned().withdraws()) {
                out.println("  - will withdraw: " + command.label() + " -> " + decision.aggregateId() + ": "
                        + describe(decision.replaced()) + " (" + decision.withdrawal().reason() + ")");
            } else if (decision.corrects()) {
                out.println("  ~ changed since applied, will correct: " + command.label() + " -> "
                        + decision.aggregateId() + ": " + Corrections.change(decision));
            } else {
                out.println("  + new: " + command.label() + " -> " + decision.aggregateId() + ": "
                        + describe(decision.events()) + annotations(decision.planned().annotations()));
            }
        }
    }

    static String describe(List<Object> events) {
        return events.stream().map(DryRun::describe).collect(Collectors.joining(", "));
    }

    static String describe(Object event) {
        // A partly dated fact is shown as the sources date it (ADR 0023), not on the day it is known from.
        return Describe.kindOf(event) + (event instanceof PartlyDated dated ? " on " + dated.writtenDate()
                : event instanceof Fact fact ? " on " + fact.occurredOn() : "");
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
