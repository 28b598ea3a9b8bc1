package dev.entente.adapters.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.entente.adapters.jdbc.Dialect;
import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.StoreUnavailable;
import dev.entente.adapters.json.EntenteJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Where the command keeps its history: an SQLite database ({@code entente.db}) in a directory (the default), or
 * PostgreSQL when given a JDBC URL ({@code jdbc:postgresql://host/db?user=…&password=…}, or the user and password in
 * {@code ENTENTE_DB_USER} and {@code ENTENTE_DB_PASSWORD}). A directory holding only the H2 database of an earlier
 * version ({@code entente.mv.db}) is a legacy store: it is read to be exported, and nothing else.
 */
final class Store {

    /** The directory used when neither {@code --store} nor {@code ENTENTE_STORE} says otherwise. */
    static final String DEFAULT_DIRECTORY = "entente-data";

    /** The PostgreSQL pools opened by the command running on this thread; {@link Main#run} closes them at its end. */
    private static final ThreadLocal<List<HikariDataSource>> POOLS = new ThreadLocal<>() {
        @Override
        protected List<HikariDataSource> initialValue() {
            return new ArrayList<>();
        }
    };

    /** The node id of a storage opened to ask a question ({@link #openToAsk()}), which claims no token. */
    static final String QUESTION_NODE = "entente-question";

    private final String spec;
    private final boolean readOnly;

    private Store(String spec, boolean readOnly) {
        this.spec = spec;
        this.readOnly = readOnly;
    }

    static Store of(String spec) {
        return of(spec, false);
    }

    /** The store {@code spec} names; {@code readOnly}: the user asked that it not be written (--read-only). */
    static Store of(String spec, boolean readOnly) {
        if (spec == null || spec.isBlank()) {
            return new Store(DEFAULT_DIRECTORY, readOnly);
        }
        if (spec.startsWith("jdbc:") && !spec.startsWith("jdbc:postgresql:")) {
            throw new UsageError("--store takes a directory for the embedded SQLite database or a jdbc:postgresql: "
                    + "URL, not " + spec.substring(0, Math.min(spec.length(), 20)) + "…");
        }
        return new Store(spec, readOnly);
    }

    boolean isPostgres() {
        return spec.startsWith("jdbc:postgresql:");
    }

    Path directory() {
        return Path.of(spec).toAbsolutePath().normalize();
    }

    private Path file(String name) {
        return directory().resolve(name);
    }

    /** Whether the directory holds the H2 store of an earlier version, and no SQLite one. */
    boolean isLegacy() {
        return !isPostgres() && Files.exists(file(JdbcStorage.H2_FILE)) && !Files.exists(file(JdbcStorage.SQLITE_FILE));
    }

    /** Whether the store exists already (always true for PostgreSQL, whose tables are created on demand). */
    boolean exists() {
        return isPostgres() || Files.exists(file(JdbcStorage.SQLITE_FILE)) || isLegacy();
    }

    /**
     * Why this process cannot write the store, as the end of a sentence; null when it can. The file system is
     * asked (a read-only mount, a directory or file without write permission); a store that turns out read-only
     * only when written is reported by the database itself (see {@code StoreUnavailable}).
     */
    String whyNotWritable() {
        if (readOnly) {
            return "it was opened with --read-only";
        }
        if (isPostgres()) {
            return null;
        }
        Path directory = directory();
        if (Files.isDirectory(directory) && !Files.isWritable(directory)) {
            return "its directory is read-only";
        }
        for (String name : List.of(JdbcStorage.SQLITE_FILE, JdbcStorage.SQLITE_FILE + "-wal",
                JdbcStorage.SQLITE_FILE + "-shm")) {
            Path file = file(name);
            if (Files.exists(file) && !Files.isWritable(file)) {
                return name + " is read-only";
            }
        }
        return null;
    }

    /** Refuses at once, before anything is read or written, a store that a command which writes cannot use. */
    void requireWritable() {
        if (isLegacy()) {
            throw new UsageError(legacyRefusal());
        }
        String why = whyNotWritable();
        if (why != null) {
            throw new UsageError("The " + this + " cannot be written: " + why + ".");
        }
    }

    /** Refuses a legacy store, which only {@code export} reads. */
    void requireCurrent() {
        if (isLegacy()) {
            throw new UsageError(legacyRefusal());
        }
    }

    private String legacyRefusal() {
        return directory() + " holds the H2 store of an earlier version of Entente, which this version only "
                + "exports; move its history to a new store with: entente export --store " + directory()
                + " -o history.jsonl && entente import history.jsonl --store NEW (see docs/migrating-from-h2.md).";
    }

    /** Opens the storage for reading and writing, creating the database and its tables where needed. */
    JdbcStorage open() {
        requireWritable();
        if (isPostgres()) {
            return JdbcStorage.builder(EntenteJson.mapper()).dataSource(postgresPool(), Dialect.POSTGRES).build();
        }
        if (JdbcStorage.sqliteWriteLockHeld(directory())) {
            System.err.println("entente: another process is writing to the " + this + "; waiting up to "
                    + JdbcStorage.DEFAULT_BUSY_TIMEOUT.toSeconds() + " s for it to finish...");
        }
        return JdbcStorage.sqlite(directory(), EntenteJson.mapper());
    }

    /**
     * Opens an existing store without writing a byte to it: to check what a change would do, to answer questions
     * on a store that cannot be written, and to export (a legacy H2 store too).
     */
    JdbcStorage openReadOnly() {
        JdbcStorage.Builder builder = JdbcStorage.builder(EntenteJson.mapper());
        if (isPostgres()) {
            return builder.dataSource(postgresPool(), Dialect.POSTGRES).readOnly().build();
        }
        return (isLegacy() ? builder.h2(directory()) : builder.sqlite(directory())).readOnly().build();
    }

    /**
     * Opens an existing store read-only to answer a question, as {@link #openReadOnly()} does, but an SQLite store on
     * one plain connection rather than a pool: a question makes a few queries on one thread, which a pool's start (its
     * classes, its threads) would only delay (docs/adr/0014), and which one connection serves from start to end
     * (docs/adr/0034). Opened as the pool would open it: read-only, and {@code immutable} (no lock, nothing written
     * beside it) only when no write-ahead log lies beside it. Closing what this returns closes the connection too.
     */
    Asking openToAsk() {
        if (isPostgres() || isLegacy()) {
            return new Asking(openReadOnly(), null);
        }
        Path file = file(JdbcStorage.SQLITE_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("There is no database in " + directory() + " to read");
        }
        // The configuration makes sqlite-jdbc's date format, which a question's preload may be making already.
        QuestionPreload.awaitDateFormat();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout((int) JdbcStorage.DEFAULT_BUSY_TIMEOUT.toMillis());
        boolean logBeside = Files.exists(file(JdbcStorage.SQLITE_FILE + "-wal"));
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toUri() + (logBeside ? "?mode=ro" : "?mode=ro&immutable=1"));
        OneConnection connection = new OneConnection(source);
        // The mapper only if a document must be read by databind (StreamingRecordReader reads the usual ones). A
        // node id of its own: the default one is drawn from a SecureRandom, whose providers take longer to start than
        // the answer, and it only names the claims of an event processor, which this read-only storage never runs.
        try {
            return new Asking(JdbcStorage.builder(EntenteJson::mapper).dataSource(connection, Dialect.SQLITE)
                    .readOnly().nodeId(QUESTION_NODE).build(), connection);
        } catch (RuntimeException e) {
            Asking.closeQuietly(connection, e);
            throw e;
        }
    }

    /** A store opened to ask a question: its storage, and the one connection it reads through, if it has one. */
    static final class Asking implements AutoCloseable {
        private final JdbcStorage storage;
        private final OneConnection connection;

        Asking(JdbcStorage storage, OneConnection connection) {
            this.storage = storage;
            this.connection = connection;
        }

        JdbcStorage storage() {
            return storage;
        }

        /** How many connections the question opened; -1 when it read through a pool. */
        int connectionsOpened() {
            return connection == null ? -1 : connection.opened();
        }

        @Override
        public void close() {
            try {
                storage.close();
            } finally {
                if (connection != null) {
                    closeQuietly(connection, null);
                }
            }
        }

        private static void closeQuietly(OneConnection connection, RuntimeException failure) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Only read from: nothing is lost when it cannot be closed, and the process ends soon after.
                if (failure != null) {
                    failure.addSuppressed(e);
                }
            }
        }
    }

    /**
     * A pool for the command's short life, closed when the command ends: {@link JdbcStorage} leaves a pool it was
     * given open, and {@link Main#run} may be called many times in one process.
     */
    private HikariDataSource postgresPool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(spec);
        String user = System.getenv("ENTENTE_DB_USER");
        if (user != null) {
            config.setUsername(user);
        }
        String password = System.getenv("ENTENTE_DB_PASSWORD");
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(8);
        config.setPoolName("entente-cli");
        HikariDataSource pool = new HikariDataSource(config);
        POOLS.get().add(pool);
        return pool;
    }

    /**
     * A failure told the way a user can act on it: a store the database would not let this process write becomes
     * a usage error (exit 2), a store another process kept busy says so (exit 3); anything else is left as it is.
     */
    static Exception explained(Exception failure) {
        return StoreUnavailable.in(failure).<Exception>map(unavailable ->
                unavailable.reason() == StoreUnavailable.Reason.READ_ONLY
                        ? new UsageError(unavailable.getMessage() + ".")
                        : unavailable).orElse(failure);
    }

    /** Closes the pools the command opened on this thread. */
    static void closePools() {
        List<HikariDataSource> pools = POOLS.get();
        POOLS.remove();
        for (HikariDataSource pool : pools) {
            pool.close();
        }
    }

    @Override
    public String toString() {
        return isPostgres() ? "PostgreSQL store" : "store " + directory();
    }
}
