package dev.entente.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.entente.adapters.json.EntenteJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A large transaction on SQLite (ADR 0030): its commit writes and syncs the write-ahead log but leaves copying the log
 * into the database file to a thread of its own; what it committed is whole in the log meanwhile, as a crash right
 * after the commit would find it; the connection gets its own checkpoint setting back however the transaction ends.
 */
class SqliteLargeTransactionTest {

    /** Rows of 4 KB: 1,500 of them pass the 1,000 pages of log after which a commit copies the log itself. */
    private static final int ROWS = 1_500;

    @TempDir
    Path directory;
    private JdbcStorage storage;
    private HikariDataSource pool;

    @AfterEach
    void close() {
        if (storage != null) {
            storage.close();
        }
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void a_transaction_that_defers_its_checkpoint_commits_to_the_log_and_the_checkpoint_behind_it_copies_the_log()
            throws Exception {
        storage = JdbcStorage.sqlite(directory, EntenteJson.mapper());
        JdbcTransactionManager transactions = storage.transactionManager();
        createFillerTable(transactions);
        SqliteCheckpoints checkpoints = new SqliteCheckpoints(transactions);

        transactions.executeInTransaction(() -> {
            try {
                checkpoints.deferOnOpenTransaction();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            fill(transactions);
        });

        assertThat(committedRows(transactions)).as("rows a connection of the pool reads").isEqualTo(ROWS);
        assertThat(rowsInTheDatabaseFileAlone()).as("rows in the database file without its log").isZero();
        assertThat(rowsAfterACrashNow()).as("rows a crash right after the commit leaves").isEqualTo(ROWS);

        checkpoints.runBehind();

        assertThat(checkpoints.awaitQuiet(Duration.ofSeconds(30))).isTrue();
        assertThat(rowsInTheDatabaseFileAlone()).as("rows in the database file after the checkpoint").isEqualTo(ROWS);
    }

    @Test
    void a_transaction_that_does_not_defer_copies_the_log_into_the_database_file_as_it_commits() throws Exception {
        storage = JdbcStorage.sqlite(directory, EntenteJson.mapper());
        JdbcTransactionManager transactions = storage.transactionManager();
        createFillerTable(transactions);

        transactions.executeInTransaction(() -> fill(transactions));

        assertThat(rowsInTheDatabaseFileAlone()).as("rows in the database file without its log").isEqualTo(ROWS);
    }

    @Test
    void the_storage_commits_a_large_transaction_before_it_returns_and_copies_its_log_without_being_closed()
            throws Exception {
        storage = JdbcStorage.sqlite(directory, EntenteJson.mapper());
        JdbcTransactionManager transactions = storage.transactionManager();
        createFillerTable(transactions);

        storage.inLargeTransaction(() -> fill(transactions));

        assertThat(committedRows(transactions)).isEqualTo(ROWS);
        assertThat(rowsAfterACrashNow()).as("rows a crash right after the commit leaves").isEqualTo(ROWS);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (rowsInTheDatabaseFileAlone() < ROWS && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(rowsInTheDatabaseFileAlone()).as("rows in the database file, the storage still open")
                .isEqualTo(ROWS);
    }

    @Test
    void the_connection_gets_its_checkpoint_setting_back_whether_the_transaction_commits_or_rolls_back()
            throws SQLException {
        // One connection, so that each transaction and each look after it has the same one.
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + directory.resolve("one-connection.db"));
        HikariConfig config = new HikariConfig();
        config.setDataSource(source);
        config.setMaximumPoolSize(1);
        pool = new HikariDataSource(config);
        JdbcTransactionManager transactions = new JdbcTransactionManager(pool);
        SqliteCheckpoints checkpoints = new SqliteCheckpoints(transactions);
        createFillerTable(transactions);

        int[] inside = new int[1];
        transactions.executeInTransaction(() -> {
            defer(checkpoints);
            inside[0] = autoCheckpoint(transactions);
            fill(transactions);
        });
        assertThat(inside[0]).as("inside the transaction").isZero();
        assertThat(autoCheckpoint(transactions)).as("after its commit").isEqualTo(1_000);

        assertThatThrownBy(() -> transactions.executeInTransaction(() -> {
            defer(checkpoints);
            fill(transactions);
            throw new IllegalStateException("the fold failed");
        })).hasMessage("the fold failed");
        assertThat(autoCheckpoint(transactions)).as("after its rollback").isEqualTo(1_000);
        assertThat(committedRows(transactions)).as("rows after the rollback").isEqualTo(ROWS);
    }

    private static void defer(SqliteCheckpoints checkpoints) {
        try {
            checkpoints.deferOnOpenTransaction();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int autoCheckpoint(JdbcTransactionManager transactions) {
        try (Connection connection = transactions.getConnection(); Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery("PRAGMA wal_autocheckpoint")) {
            setting.next();
            return setting.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table, copied into the database file, so that the file alone can be asked how many rows it holds. */
    private static void createFillerTable(JdbcTransactionManager transactions) throws SQLException {
        try (Connection connection = transactions.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    private static void fill(JdbcTransactionManager transactions) {
        try (Connection connection = transactions.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO filler (body) VALUES (?)")) {
            for (int i = 0; i < ROWS; i++) {
                insert.setBytes(1, new byte[4_000]);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int committedRows(JdbcTransactionManager transactions) throws SQLException {
        try (Connection connection = transactions.getConnection()) {
            return count(connection);
        }
    }

    /** The database file read without its log ({@code immutable}: no lock, no {@code -wal}, nothing written). */
    private int rowsInTheDatabaseFileAlone() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:"
                + directory.resolve(JdbcStorage.SQLITE_FILE).toUri() + "?mode=ro&immutable=1")) {
            return count(connection);
        }
    }

    /** The database file and its log as a crash at this instant would leave them, opened elsewhere. */
    private int rowsAfterACrashNow() throws IOException, SQLException {
        Path crashed = Files.createDirectory(directory.resolve("crashed-" + System.nanoTime()));
        for (String suffix : new String[] {"", "-wal"}) {
            Path file = directory.resolve(JdbcStorage.SQLITE_FILE + suffix);
            Files.copy(file, crashed.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:"
                + crashed.resolve(JdbcStorage.SQLITE_FILE))) {
            return count(connection);
        }
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM filler")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
