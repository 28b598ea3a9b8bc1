package dev.entente.adapters.cli;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.application.ReplayProgress;
import dev.entente.adapters.jdbc.eventlog.EventLog;
import dev.entente.adapters.jdbc.eventlog.EventLogException;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.batch.ReadOnlyCheck;
import dev.entente.domain.correction.FactWithdrawn;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Reads an event log into an empty store, all or nothing, and builds the read models from it. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Reads an event log (as written by export) into an empty store, all or nothing, and builds "
                + "the read models from it. Every line is checked before anything is written; a refused log "
                + "(exit 2) lists every problem with its line and code.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The event log to read.")
    Path file;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws IOException {
        FileProblem.requireReadable("event log", file);
        Store where = store.store();
        where.requireWritable();
        if (!where.isPostgres() && where.exists() && holdsEvents(where)) {
            // Refused before the store is opened for writing, which would create its log files even to refuse.
            throw new UsageError("The store already holds events; an event log is imported only into an empty store ["
                    + EventLogException.STORE_NOT_EMPTY + "]");
        }
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file));
        } catch (IOException problem) {
            throw FileProblem.cannotRead("event log", file, problem);
        }
        try (in; JdbcStorage storage = where.open()) {
            var report = EventLog.importInto(storage, in);
            System.out.println("Imported " + report.events() + " events"
                    + (report.commands() == 0 ? "" : " and " + report.commands() + " applied commands") + " into the "
                    + where + ".");
        }
        try (Session session = Session.open(where)) {
            if (mentionsWithdrawals(file)) {
                // Rebuilt in one pass rather than event by event: a fold event by event cannot take back the events
                // a later withdrawal withdraws (ADR 0022).
                session.engine().replay(ReplayProgress.silent());
            } else {
                session.engine().awaitReadModels();
            }
            System.out.println("The read models are built from the imported history.");
        }
        return ExitCode.OK;
    }

    /** Whether the log names a withdrawal; a mere mention (in a note) only costs a replay. */
    private static boolean mentionsWithdrawals(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return lines.anyMatch(line -> line.contains("\"" + FactWithdrawn.STORED_NAME + "\""));
        }
    }

    /** Whether an existing embedded store holds events, read without writing a byte to it. */
    private static boolean holdsEvents(Store where) {
        try (JdbcStorage readOnly = where.openReadOnly()) {
            return ReadOnlyCheck.holdsEvents(readOnly, new JsonSerialization());
        }
    }
}
