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
        description = {"Writes the store's whole history as an event log (JSON Lines, see docs/event-log-format.md),",
                "or its CAMEO-coded events as GDELT 2.0 event rows (--format gdelt) or CSV (--format csv): "
                        + "see docs/analysis.md."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write it; standard output by default.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "event-log",
            description = "event-log (default), gdelt (tab-separated GDELT 2.0 event rows) or csv (the coded events).")
    String format;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws IOException {
        CodedExport.Kind coded = codedKind();
        Store where = store.store();
        if (!where.exists()) {
            throw new UsageError("There is no store at " + where.directory() + " to export");
        }
        if (output == null) {
            try (JdbcStorage storage = where.openReadOnly()) {
                OutputStream out = new BufferedOutputStream(System.out);
                if (coded == null) {
                    EventLog.export(storage, out);
                } else {
                    CodedExport.write(storage, out, coded);
                }
                out.flush();
            }
            return ExitCode.OK;
        }
        // The output is opened before the store: one that cannot be written is refused before the store is touched.
        try (OutputFile file = OutputFile.open(output)) {
            long events;
            try (JdbcStorage storage = where.openReadOnly()) {
                events = coded == null ? EventLog.export(storage, file.stream())
                        : CodedExport.write(storage, file.stream(), coded);
            } catch (UncheckedIOException writing) {
                throw FileProblem.cannotWrite(output, writing.getCause());
            }
            file.commit();
            System.err.println("Exported " + events + (coded == null ? " events" : " coded events") + " to " + output + ".");
        }
        return ExitCode.OK;
    }

    /** The kind of coded export asked for; null for the event log. */
    private CodedExport.Kind codedKind() {
        return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "event-log" -> null;
            case "gdelt" -> CodedExport.Kind.GDELT;
            case "csv" -> CodedExport.Kind.CSV;
            default -> throw new UsageError("--format takes event-log, gdelt or csv, not '" + format + "'");
        };
    }
}
