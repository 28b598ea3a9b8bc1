package dev.entente.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.entente.adapters.jdbc.testing.PostgresDatabases;
import dev.entente.adapters.json.EntenteJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The key index on a real PostgreSQL 14, one server for the class and new databases for each test. */
class PostgresKeyIndexTest extends KeyIndexContract {

    private static PostgresDatabases postgres;

    private HikariDataSource pool;
    private HikariDataSource other;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresDatabases.start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @BeforeEach
    void createDatabases() {
        pool = postgres.newDatabase("entente_keys", 5, "");
        other = postgres.newDatabase("entente_keys_other", 5, "");
    }

    @AfterEach
    void closePools() {
        postgres.closePools();
    }

    @Override
    protected JdbcStorage.Builder builder() {
        return JdbcStorage.builder(EntenteJson.mapper()).dataSource(pool, Dialect.POSTGRES);
    }

    @Override
    protected JdbcStorage.Builder otherDatabase() {
        return JdbcStorage.builder(EntenteJson.mapper()).dataSource(other, Dialect.POSTGRES);
    }

    @Override
    protected Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
