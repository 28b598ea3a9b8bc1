package dev.entente.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;

/**
 * Creates Axon's event and snapshot tables on SQLite, if they are absent. The global index is the table's
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT}: SQLite can declare a key that way only inline, which Axon's generic
 * factories do not, and its counter lives in the transaction, so a rolled-back append leaves no gap.
 */
public final class SqliteEventTableFactory implements EventTableFactory {

    public static final SqliteEventTableFactory INSTANCE = new SqliteEventTableFactory();

    private SqliteEventTableFactory() {
    }

    @Override
    public PreparedStatement createDomainEventTable(Connection connection, EventSchema schema) throws SQLException {
        String sql = "CREATE TABLE IF NOT EXISTS " + schema.domainEventTable() + " (\n"
                + schema.globalIndexColumn() + " INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                + storedEventColumns(schema, "")
                + "UNIQUE (" + schema.aggregateIdentifierColumn() + ", " + schema.sequenceNumberColumn() + "),\n"
                + "UNIQUE (" + schema.eventIdentifierColumn() + ")\n)";
        return connection.prepareStatement(sql);
    }

    @Override
    public PreparedStatement createSnapshotEventTable(Connection connection, EventSchema schema) throws SQLException {
        String sql = "CREATE TABLE IF NOT EXISTS " + schema.snapshotTable() + " (\n"
                + storedEventColumns(schema, " NOT NULL")
                + "PRIMARY KEY (" + schema.aggregateIdentifierColumn() + ", " + schema.sequenceNumberColumn() + "),\n"
                + "UNIQUE (" + schema.eventIdentifierColumn() + ")\n)";
        return connection.prepareStatement(sql);
    }

    /** The columns both tables share; a snapshot always names its aggregate's type, an event may not. */
    private static String storedEventColumns(EventSchema schema, String typeConstraint) {
        return schema.aggregateIdentifierColumn() + " VARCHAR(255) NOT NULL,\n"
                + schema.sequenceNumberColumn() + " BIGINT NOT NULL,\n"
                + schema.typeColumn() + " VARCHAR(255)" + typeConstraint + ",\n"
                + schema.eventIdentifierColumn() + " VARCHAR(255) NOT NULL,\n"
                + schema.metaDataColumn() + " BLOB,\n"
                + schema.payloadColumn() + " BLOB NOT NULL,\n"
                + schema.payloadRevisionColumn() + " VARCHAR(255),\n"
                + schema.payloadTypeColumn() + " VARCHAR(255) NOT NULL,\n"
                + schema.timestampColumn() + " VARCHAR(255) NOT NULL,\n";
    }
}
