package dev.entente.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.entente.adapters.json.EntenteJson;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The storage contract on a real PostgreSQL 14, one server for the class and a new database for each test. */
class PostgresStorageTest extends JdbcStorageContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private HikariDataSource pool;
    private String database;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void createDatabase() throws SQLException {
        database = "entente_test_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", database) + "&password=not-to-be-shown");
        config.setMaximumPoolSize(5);
        pool = new HikariDataSource(config);
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Override
    protected JdbcStorage openWithFactory() {
        return JdbcStorage.postgres(pool, EntenteJson.mapper());
    }

    @Override
    protected JdbcStorage.Builder builder() {
        return JdbcStorage.builder(EntenteJson.mapper()).dataSource(pool, Dialect.POSTGRES);
    }

    @Test
    void saysWhichDatabaseItUsesWithoutShowingThePassword() {
        String description = open().describe();

        assertThat(description).startsWith("PostgreSQL database at jdbc:postgresql://")
                .contains("/" + database).contains("postgres").doesNotContain("not-to-be-shown");
    }

    @Test
    void closingLeavesTheCallersPoolOpen() throws SQLException {
        open().close();

        try (Connection connection = pool.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }
}
