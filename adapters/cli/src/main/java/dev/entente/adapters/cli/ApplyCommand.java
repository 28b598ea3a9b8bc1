package dev.entente.adapters.cli;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.adapters.json.chronicle.Chronicle;
import dev.entente.adapters.json.chronicle.ChronicleError;
import dev.entente.adapters.json.chronicle.ChronicleException;
import dev.entente.adapters.json.chronicle.ChronicleReader;
import dev.entente.application.batch.BatchCheck;
import dev.entente.application.batch.BatchReport;
import dev.entente.application.batch.CheckedBatch;
import dev.entente.application.batch.Decision;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.batch.ReadOnlyCheck;
import dev.entente.application.spi.StorageSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Applies chronicles, all or nothing: every file is read and checked whole, against the rules too, before anything
 * is written; commands applied before are skipped.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Applies chronicles (JSON or JSON Lines) to the store, all or nothing.",
                "Every file is read and checked whole, against the rules too, before anything is written; "
                        + "a command applied before is skipped, so applying a chronicle twice adds nothing."})
final class ApplyCommand implements Callable<Integer> {

    /**
     * A hook for the crash suite (tests/crash), which kills this command at chosen steps: with the environment
     * variable {@code ENTENTE_APPLY_STEPS} set, each step is announced on standard error as it begins
     * ({@code entente-step: check}, {@code write}, {@code committed N applied, M skipped}), and with the value
     * {@code pause-after-commit} the command stops once the batch's transaction has committed, until it is killed.
     * Unset, it changes nothing.
     */
    static final String STEPS = System.getenv("ENTENTE_APPLY_STEPS");

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The chronicles to apply.")
    List<Path> files;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--dry-run", description = "Check the chronicles against the store and show what applying them "
            + "would record, command by command, without writing anything; a refusal is reported as apply reports it.")
    boolean dryRun;

    @Override
    public Integer call() throws ChronicleException, IOException {
        List<PlannedCommand> batch = read(files);
        if (dryRun) {
            DryRun.print(DryRun.check(storeOption.store(), batch), storeOption.store(), System.out);
            return ExitCode.OK;
        }
        List<Decision> decisions = new ArrayList<>();
        BatchReport report = apply(storeOption.store(), batch, decisions);
        System.out.println("Applied " + report.applied().size() + " command" + (report.applied().size() == 1 ? "" : "s")
                + (report.skipped().isEmpty() ? "" : "; skipped " + report.skipped().size() + " applied before")
                + " (" + storeOption.store() + ").");
        for (Decision decision : decisions) {
            if (decision.planned().withdraws()) {
                System.out.println("  Withdrew " + decision.planned().key() + " (" + decision.planned().label()
                        + "): " + DryRun.describe(decision.replaced()));
            } else if (decision.corrects()) {
                System.out.println("  Corrected " + decision.planned().key() + " (" + decision.planned().label()
                        + "): " + Corrections.change(decision));
            }
        }
        return ExitCode.OK;
    }

    /** Reads every file; all the errors of all the files are reported together. */
    static List<PlannedCommand> read(List<Path> files) throws ChronicleException, IOException {
        ChronicleReader reader = new ChronicleReader();
        List<PlannedCommand> batch = new ArrayList<>();
        List<ChronicleError> errors = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            try {
                Chronicle chronicle = reader.read(file);
                batch.addAll(chronicle.planned());
            } catch (ChronicleException invalid) {
                errors.addAll(invalid.errors());
            } catch (IOException problem) {
                unreadable.add(FileProblem.cannotRead("chronicle", file, problem).getMessage());
            }
        }
        if (!unreadable.isEmpty()) {
            // A file that cannot be read is named with the system's reason, every one of them, before any content.
            throw new UsageError(String.join("\nentente: ", unreadable));
        }
        if (!errors.isEmpty()) {
            throw new ChronicleException(errors);
        }
        return batch;
    }

    /**
     * Checks the batch against the store without writing to it, then writes what the check decided. On the embedded
     * store the check opens the database read-only (or not at all when it does not exist yet), so a refused
     * chronicle leaves every byte as it was; on PostgreSQL the engine checks it, in memory, before it writes.
     */
    static BatchReport apply(Store store, List<PlannedCommand> batch) {
        return apply(store, batch, new ArrayList<>());
    }

    /** As {@link #apply(Store, List)}, adding to {@code decisions} what the check decided for each command applied. */
    static BatchReport apply(Store store, List<PlannedCommand> batch, List<Decision> decisions) {
        store.requireWritable();
        step("check");
        CheckedBatch checked = null;
        if (!store.isPostgres()) {
            if (store.exists()) {
                try (JdbcStorage readOnly = store.openReadOnly()) {
                    checked = ReadOnlyCheck.check(batch, readOnly, new JsonSerialization());
                }
            } else {
                checked = ReadOnlyCheck.checkOnNothing(batch);
            }
        }
        step("write");
        try (Session session = Session.open(store)) {
            if (checked == null) {
                checked = session.engine().check(batch);
            }
            decisions.addAll(checked.decisions());
            BatchReport report = session.engine().apply(checked);
            step("committed " + report.applied().size() + " applied, " + report.skipped().size() + " skipped");
            if ("pause-after-commit".equals(STEPS)) {
                pauseUntilKilled();
            }
            return report;
        }
    }

    private static void step(String step) {
        if (STEPS != null) {
            System.err.println("entente-step: " + step);
            System.err.flush();
        }
    }

    private static void pauseUntilKilled() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The settings the engine reads a store with: serializers, upcasters, and the current snapshots only. */
    static StorageSettings settings() {
        return BatchCheck.settings(new JsonSerialization());
    }
}
