package dev.entente.adapters.jdbc.eventlog;

import static dev.entente.adapters.jdbc.eventlog.EventLog.SCHEMA;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.JdbcTransactionManager;
import dev.entente.adapters.jdbc.Sql;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.integrity.IntegrityCheck;
import dev.entente.application.integrity.IntegrityReport;
import dev.entente.application.integrity.RawEvent;
import dev.entente.application.integrity.StoredHistory;
import dev.entente.application.spi.Serialization;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The {@link IntegrityCheck} on a JDBC store: its event table read once in global order, its applied commands and
 * its persisted read models. Only reads, in one transaction, so it runs on a store opened read-only, and it starts no
 * engine and no event processor.
 */
public final class StoreCheck {

    private static final int FETCH_SIZE = 500;

    private StoreCheck() {
    }

    /** Checks {@code storage} with Entente's own serializer and upcasters. */
    public static IntegrityReport run(JdbcStorage storage) {
        return run(storage, new JsonSerialization());
    }

    /** Checks {@code storage}, reading events with the given serializer and upcasters. */
    public static IntegrityReport run(JdbcStorage storage, Serialization serialization) {
        Objects.requireNonNull(serialization, "serialization");
        JdbcTransactionManager transactions = storage.transactionManager();
        IntegrityCheck check = new IntegrityCheck(serialization);
        // In a transaction: PostgreSQL honours the fetch size only outside auto-commit.
        return transactions.fetchInTransaction(() -> check.run(history(transactions), storage.commandLog(),
                storage.readModels()));
    }

    private static StoredHistory history(JdbcTransactionManager transactions) {
        String select = "SELECT " + String.join(", ", SCHEMA.globalIndexColumn(), SCHEMA.eventIdentifierColumn(),
                SCHEMA.aggregateIdentifierColumn(), SCHEMA.sequenceNumberColumn(), SCHEMA.timestampColumn(),
                SCHEMA.payloadTypeColumn(), SCHEMA.payloadRevisionColumn(), SCHEMA.payloadColumn(),
                SCHEMA.metaDataColumn())
                + " FROM " + SCHEMA.domainEventTable() + " ORDER BY " + SCHEMA.globalIndexColumn();
        return (Consumer<RawEvent> each) -> Sql.execute(transactions, "Reading the events to check them",
                connection -> {
                    try (PreparedStatement statement = Sql.prepare(connection, select)) {
                        statement.setFetchSize(FETCH_SIZE);
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                each.accept(new RawEvent(rows.getLong(1), rows.getString(2), rows.getString(3),
                                        rows.getLong(4), rows.getString(5), rows.getString(6), rows.getString(7),
                                        rows.getBytes(8), rows.getBytes(9)));
                            }
                        }
                    }
                    return null;
                });
    }
}
