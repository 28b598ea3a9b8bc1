package dev.entente.adapters.cli;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.adapters.json.chronicle.Chronicle;
import dev.entente.adapters.json.chronicle.ChronicleCommand;
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
import java.util.function.Consumer;
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
        if (dryRun) {
            List<PlannedCommand> batch = read(files);
            DryRun.print(DryRun.check(storeOption.store(), batch), storeOption.store(), System.out);
            return ExitCode.OK;
        }
        List<Decision> decisions = new ArrayList<>();
        BatchReport report = readAndApply(storeOption.store(), files, decisions);
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
        List<PlannedCommand> batch = new ArrayList<>();
        read(files, null, batch);
        return batch;
    }

    /**
     * Reads every file into {@code batch}, or, if {@code checking} is not null, hands it each part of each file's
     * commands as the reader binds them instead, until a file has an error or the check refuses (it then holds the
     * refusal).
     */
    private static void read(List<Path> files, CheckAsRead checking, List<PlannedCommand> batch)
            throws ChronicleException, IOException {
        ChronicleReader reader = new ChronicleReader();
        List<ChronicleError> errors = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            try {
                Chronicle chronicle = checking == null || !errors.isEmpty() || !unreadable.isEmpty()
                        ? reader.read(file) : reader.read(file, checking);
                if (checking == null) {
                    batch.addAll(chronicle.planned());
                } else {
                    // A command that cannot be planned stops here, as it did when the file was planned whole.
                    checking.planningFailure();
                }
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
    }

    /**
     * Reads the files and applies them. On the embedded store the check folds each part of a chronicle as the reader
     * hands it out, against the store opened read-only (ADR 0025, amended), so that when the last part is read only
     * the rest of the check and the write remain; still nothing is written before every command is read and checked
     * (ADR 0006), and an error in any file is reported before a refusal the check found earlier in the batch. Where
     * the check cannot start before the read (PostgreSQL, whose engine checks; a store that cannot be written or
     * opened, which is reported after the chronicles' errors as before), the files are read first, then applied.
     */
    static BatchReport readAndApply(Store store, List<Path> files, List<Decision> decisions)
            throws ChronicleException, IOException {
        CheckAsRead checking = store.isPostgres() ? null : CheckAsRead.start(store);
        if (checking == null) {
            return apply(store, read(files), decisions);
        }
        CheckedBatch checked;
        try (checking) {
            step("check");
            read(files, checking, List.of());
            checked = checking.finish();
        }
        return write(store, checked, decisions);
    }

    /**
     * The check of a batch as it is read: each part of the commands folded as the reader hands it out, until the
     * check refuses one, whose refusal is kept until every file is read (a reading error goes first). Holds the
     * store open read-only, if it exists, until closed.
     */
    private static final class CheckAsRead implements Consumer<List<ChronicleCommand>>, AutoCloseable {

        private final JdbcStorage readOnly;
        private final BatchCheck.Fold fold;
        private RuntimeException refused;
        private RuntimeException unplanned;

        private CheckAsRead(JdbcStorage readOnly, BatchCheck.Fold fold) {
            this.readOnly = readOnly;
            this.fold = fold;
        }

        /** The check on {@code store}, or null when it cannot start (to be reported where it was before). */
        static CheckAsRead start(Store store) {
            JdbcStorage readOnly = null;
            try {
                store.requireWritable();
                if (!store.exists()) {
                    return new CheckAsRead(null, ReadOnlyCheck.foldOnNothing());
                }
                readOnly = store.openReadOnly();
                return new CheckAsRead(readOnly, ReadOnlyCheck.fold(readOnly, new JsonSerialization()));
            } catch (RuntimeException cannotStart) {
                if (readOnly != null) {
                    readOnly.close();
                }
                return null;
            }
        }

        @Override
        public void accept(List<ChronicleCommand> part) {
            if (refused != null || unplanned != null) {
                return;
            }
            List<PlannedCommand> planned;
            try {
                planned = part.stream().map(ChronicleCommand::planned).toList();
            } catch (RuntimeException e) {
                unplanned = e;
                return;
            }
            try {
                fold.add(planned);
            } catch (RuntimeException e) {
                refused = e;
            }
        }

        /** Throws what planning a command of the file just read threw, if anything did. */
        void planningFailure() {
            if (unplanned != null) {
                throw unplanned;
            }
        }

        /** The batch checked, once every file is read without an error; throws the refusal if there is one. */
        CheckedBatch finish() {
            if (refused != null) {
                throw refused;
            }
            return fold.finish();
        }

        @Override
        public void close() {
            if (readOnly != null) {
                readOnly.close();
            }
        }
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
        if (checked != null) {
            return write(store, checked, decisions);
        }
        step("write");
        try (Session session = Session.open(store)) {
            return written(session, session.engine().check(batch), decisions);
        }
    }

    /** Writes a batch checked before, adding to {@code decisions} what the check decided for each command applied. */
    private static BatchReport write(Store store, CheckedBatch checked, List<Decision> decisions) {
        step("write");
        try (Session session = Session.open(store)) {
            return written(session, checked, decisions);
        }
    }

    private static BatchReport written(Session session, CheckedBatch checked, List<Decision> decisions) {
        decisions.addAll(checked.decisions());
        BatchReport report = session.engine().apply(checked);
        step("committed " + report.applied().size() + " applied, " + report.skipped().size() + " skipped");
        if ("pause-after-commit".equals(STEPS)) {
            pauseUntilKilled();
        }
        return report;
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
