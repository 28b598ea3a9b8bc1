package dev.entente.benchmarks;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.SqliteEventTableFactory;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.embedded.Entente;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.sqlite.SQLiteConfig;
import java.util.stream.Stream;

/** Where the benchmarks keep their SQLite files (the embedded default), and how they open them. */
final class Stores {

    /**
     * The directory shared by every fork of one run, which {@link Main} creates and deletes; without it (JMH run
     * directly) each JVM makes its own.
     */
    static final String WORK_DIRECTORY_PROPERTY = "entente.bench.work";

    private static final int GENERATION_BATCH = 500;

    private static Path ownWorkDirectory;

    private Stores() {
    }

    /** An engine as the embedded façade builds it, on the SQLite database in {@code directory}. */
    static EntenteEngine engine(Path directory) {
        return Entente.builder()
                .storage(JdbcStorage.sqlite(directory, EntenteJson.mapper()))
                .segments(Integer.getInteger("bench.segments", 4))
                .batchSize(Integer.getInteger("bench.batchSize", 100))
                .snapshotEvery(Integer.getInteger("bench.snapshotEvery", 20))
                // Generous: a large history may leave the read models far behind the commands that wrote it.
                .consistencyTimeout(Duration.ofMinutes(30))
                .start();
    }

    /** A plain connection to the database the engine keeps in {@code directory}. */
    static Connection connect(Path directory) throws SQLException {
        return DriverManager.getConnection(url(directory, JdbcStorage.SQLITE_FILE));
    }

    /** A read-only connection to the database the engine keeps in {@code directory} (SQLite sets that on opening). */
    static Connection connectReadOnly(Path directory) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection(url(directory, JdbcStorage.SQLITE_FILE));
    }

    /** The URL of the SQLite database file {@code name} in {@code directory}. */
    static String url(Path directory, String name) {
        return "jdbc:sqlite:" + directory.toAbsolutePath().normalize().resolve(name);
    }

    /**
     * The directory of a history of exactly {@code events} events, generated through an engine by the first JVM of
     * the run that asks for it (then the engine is closed, so that every benchmark opens the same store afresh).
     */
    static synchronized Path history(int events) {
        Path directory = workDirectory().resolve("history-" + events);
        Path complete = directory.resolve("complete");
        if (Files.exists(complete)) {
            return directory;
        }
        delete(directory);
        List<Object> commands = ReplayHistory.commands(events);
        long started = System.nanoTime();
        try (EntenteEngine engine = engine(directory)) {
            // In batches, each applied in one transaction: the same events, written in a fraction of the time.
            for (int from = 0; from < commands.size(); from += GENERATION_BATCH) {
                List<PlannedCommand> batch = new ArrayList<>();
                for (int i = from; i < Math.min(from + GENERATION_BATCH, commands.size()); i++) {
                    batch.add(new PlannedCommand(commands.get(i), "generated-" + i, "command " + (i + 1)));
                }
                engine.apply(batch);
            }
            engine.awaitReadModels();
            long recorded;
            try (Stream<?> history = engine.history()) {
                recorded = history.count();
            }
            if (recorded != events) {
                throw new IllegalStateException("The generated history has " + recorded + " events, not " + events);
            }
        }
        write(complete, commands.size() + " commands, " + events + " events\n");
        System.out.printf("%n(generated a history of %,d events from %,d commands in %.1f s)%n", events,
                commands.size(), (System.nanoTime() - started) / 1e9);
        return directory;
    }

    /** A new empty directory under the work directory. */
    static Path freshDirectory(String prefix) {
        try {
            return Files.createTempDirectory(workDirectory(), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized Path workDirectory() {
        String shared = System.getProperty(WORK_DIRECTORY_PROPERTY);
        if (shared != null && !shared.isBlank()) {
            Path directory = Path.of(shared);
            createDirectories(directory);
            return directory;
        }
        if (ownWorkDirectory == null) {
            try {
                ownWorkDirectory = Files.createTempDirectory("entente-bench-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path toDelete = ownWorkDirectory;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(toDelete)));
        }
        return ownWorkDirectory;
    }

    /** Deletes {@code directory} and everything in it, if it exists. */
    static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + directory, e);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A connection to a new SQLite database in {@code directory} holding Axon's event table exactly as the engine's
     * SQLite storage creates it (AUTOINCREMENT key, unique indexes, BLOBs), with the same durability (WAL, every
     * commit synced) and auto-commit off: the raw baselines' target.
     */
    static Connection rawEventTable(Path directory) throws SQLException {
        Connection connection = DriverManager.getConnection(url(directory, "raw.db"));
        try (Statement pragmas = connection.createStatement()) {
            pragmas.execute("PRAGMA journal_mode=WAL");
            pragmas.execute("PRAGMA synchronous=FULL");
        }
        try (PreparedStatement create = SqliteEventTableFactory.INSTANCE.createDomainEventTable(connection,
                EventSchema.builder().build())) {
            create.execute();
        }
        connection.setAutoCommit(false);
        connection.commit();
        return connection;
    }

    /** How many events the raw table holds. */
    static long rows(Connection connection) throws SQLException {
        try (Statement count = connection.createStatement();
             ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** How many events the engine's store holds. */
    static long events(EntenteEngine engine) {
        try (Stream<?> history = engine.history()) {
            return history.count();
        }
    }
}
