package dev.entente.adapters.jdbc.eventlog;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.testing.PostgresDatabases;
import dev.entente.adapters.json.EntenteJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The event log contract on a real PostgreSQL 14, one server for the class and a new database for each store. */
class PostgresEventLogTest extends EventLogContract {

    private static PostgresDatabases postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresDatabases.start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @AfterEach
    void closePools() {
        postgres.closePools();
    }

    @Override
    protected JdbcStorage openEmptyStore() {
        return JdbcStorage.postgres(postgres.newDatabase("entente_eventlog", 3, ""), EntenteJson.mapper());
    }
}
