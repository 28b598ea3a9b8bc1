package dev.entente.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.entente.adapters.jdbc.testing.PostgresDatabases;
import dev.entente.adapters.json.EntenteJson;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The storage contract on a real PostgreSQL 14, one server for the class and a new database for each test. */
class PostgresStorageTest extends JdbcStorageContract {

    private static PostgresDatabases postgres;

    private HikariDataSource pool;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresDatabases.start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @BeforeEach
    void createDatabase() {
        pool = postgres.newDatabase("entente_test", 5, "&password=not-to-be-shown");
    }

    @AfterEach
    void closePool() {
        postgres.closePools();
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
                .contains("/entente_test_").contains("postgres").doesNotContain("not-to-be-shown");
    }

    @Test
    void closingLeavesTheCallersPoolOpen() throws SQLException {
        open().close();

        try (Connection connection = pool.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }
}
