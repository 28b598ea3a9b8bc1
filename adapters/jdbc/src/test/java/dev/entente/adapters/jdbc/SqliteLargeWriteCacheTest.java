package dev.entente.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.entente.adapters.json.EntenteJson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A large write on SQLite (ADR 0039): the transaction of a checked batch of many thousand events gets a larger page
 * cache, half a KiB an event up to 64 MiB, and the connection gets its own setting back however the transaction
 * ends. One connection in the pool, so that each look after a transaction is at the connection it ran on.
 */
class SqliteLargeWriteCacheTest {

    @TempDir
    Path directory;
    private HikariDataSource pool;
    private JdbcStorage storage;

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
    void a_large_write_gets_half_a_kib_of_page_cache_an_event_until_it_commits_or_rolls_back() {
        open(-2_000);

        assertThat(cacheInside(100_000)).as("inside the transaction, in KiB").isEqualTo(-50_000);
        assertThat(cache()).as("after its commit").isEqualTo(-2_000);

        assertThatThrownBy(() -> storage.transactionManager().executeInTransaction(() -> {
            storage.prepareLargeWrite(100_000);
            throw new IllegalStateException("the append failed");
        })).hasMessage("the append failed");
        assertThat(cache()).as("after its rollback").isEqualTo(-2_000);
    }

    @Test
    void the_cache_of_a_large_write_stops_at_64_mib() {
        open(-2_000);

        assertThat(cacheInside(1_000_000)).isEqualTo(-65_536);
    }

    @Test
    void a_write_the_16_mib_of_entente_s_own_pools_hold_keeps_the_connection_s_cache() {
        open(-2_000);

        assertThat(cacheInside(32_768)).isEqualTo(-2_000);
    }

    @Test
    void a_connection_whose_cache_is_larger_already_keeps_it_in_kib_or_in_pages() {
        open(-100_000);
        assertThat(cacheInside(100_000)).isEqualTo(-100_000);
        pool.close();
        storage.close();

        // 20,000 pages of 4 KiB: 80,000 KiB.
        open(20_000);
        assertThat(cacheInside(100_000)).isEqualTo(20_000);
    }

    @Test
    void outside_a_transaction_nothing_changes() {
        open(-2_000);

        storage.prepareLargeWrite(100_000);

        assertThat(cache()).isEqualTo(-2_000);
    }

    private void open(int cacheSize) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        sqlite.setCacheSize(cacheSize);
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + directory.resolve("cache-" + cacheSize + ".db"));
        HikariConfig config = new HikariConfig();
        config.setDataSource(source);
        config.setMaximumPoolSize(1);
        pool = new HikariDataSource(config);
        storage = JdbcStorage.of(pool, Dialect.SQLITE, EntenteJson.mapper());
    }

    private long cacheInside(long events) {
        long[] inside = new long[1];
        storage.transactionManager().executeInTransaction(() -> {
            storage.prepareLargeWrite(events);
            inside[0] = cache();
        });
        return inside[0];
    }

    /** The cache_size of the one connection: negative in KiB, positive in pages. */
    private long cache() {
        try (Connection connection = storage.transactionManager().getConnection();
             Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery("PRAGMA cache_size")) {
            setting.next();
            return setting.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
