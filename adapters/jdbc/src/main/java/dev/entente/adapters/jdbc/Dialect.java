package dev.entente.adapters.jdbc;

import org.axonframework.eventhandling.tokenstore.jdbc.GenericTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;

/** The SQL databases Entente runs on; each needs its own DDL and its own upsert syntax. */
public enum Dialect {

    /** SQLite 3 (through sqlite-jdbc), the embedded default: one file, one writer at a time, readers alongside. */
    SQLITE("SQLite", SqliteEventTableFactory.INSTANCE, GenericTokenTableFactory.INSTANCE),

    /** H2 2.x in its default mode (not {@code MODE=PostgreSQL}); read for stores made by earlier versions. */
    H2("H2", H2EventTableFactory.INSTANCE, GenericTokenTableFactory.INSTANCE),

    /** PostgreSQL 14 or later. */
    POSTGRES("PostgreSQL", PostgresEventTableFactory.INSTANCE, PostgresTokenTableFactory.INSTANCE);

    private final String product;
    private final EventTableFactory eventTables;
    private final TokenTableFactory tokenTables;

    Dialect(String product, EventTableFactory eventTables, TokenTableFactory tokenTables) {
        this.product = product;
        this.eventTables = eventTables;
        this.tokenTables = tokenTables;
    }

    String product() {
        return product;
    }

    EventTableFactory eventTables() {
        return eventTables;
    }

    TokenTableFactory tokenTables() {
        return tokenTables;
    }
}
