package dev.entente.adapters.cli;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.eventlog.EventLog;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the store's history as an event log (JSON Lines). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store's whole history as an event log (JSON Lines, see docs/event-log-format.md).")
final class ExportCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write it; standard output by default.")
    Path output;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws IOException {
        Store where = store.store();
        if (!where.exists()) {
            throw new UsageError("There is no store at " + where.directory() + " to export");
        }
        if (output == null) {
            try (JdbcStorage storage = where.openReadOnly()) {
                OutputStream out = new BufferedOutputStream(System.out);
                EventLog.export(storage, out);
                out.flush();
            }
            return ExitCode.OK;
        }
        // The output is opened before the store: one that cannot be written is refused before the store is touched.
        try (OutputFile file = OutputFile.open(output)) {
            long events;
            try (JdbcStorage storage = where.openReadOnly()) {
                events = EventLog.export(storage, file.stream());
            } catch (UncheckedIOException writing) {
                throw FileProblem.cannotWrite(output, writing.getCause());
            }
            file.commit();
            System.err.println("Exported " + events + " events to " + output + ".");
        }
        return ExitCode.OK;
    }
}
