package dev.entente.adapters.jdbc.eventlog;

import static dev.entente.adapters.jdbc.eventlog.EventLog.SCHEMA;

import dev.entente.adapters.jdbc.JdbcCommandLog;
import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.JdbcTransactionManager;
import dev.entente.adapters.jdbc.Sql;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.integrity.IntegrityCheck;
import dev.entente.application.integrity.IntegrityReport;
import dev.entente.application.integrity.RawEvent;
import dev.entente.application.integrity.ReadModelProgress;
import dev.entente.application.projection.ReadModelEventHandler;
import dev.entente.application.integrity.StoredHistory;
import dev.entente.application.inmemory.InMemoryCommandLog;
import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.spi.CommandLog;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.application.spi.Serialization;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The {@link IntegrityCheck} on a JDBC store: its event table read once in global order, its applied commands, its
 * persisted read models, and the read-model processor's tokens, which say how far those have got. Only reads, in one transaction, so it runs on a store opened read-only, and it starts no
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
        // Read models of an earlier layout are rebuilt from the history when the store is next opened for writing
        // (ADR 0010): until then they count as having folded nothing, and nothing is compared with them.
        boolean current = storage.readModels().hasCurrentSchema();
        ReadModelProgress progress = current ? progress(transactions, serialization.messages()) : event -> false;
        ReadModelStore readModels = current ? storage.readModels() : new InMemoryReadModelStore();
        // A store whose creation was cut short before its event table or command log was made recorded nothing in
        // them: its history is empty, not unreadable (a kill during the first start of `entente import` can leave
        // one; tables are made one statement at a time).
        StoredHistory history = hasTable(transactions, SCHEMA.domainEventTable()) ? history(transactions) : each -> { };
        CommandLog commands = hasTable(transactions, JdbcCommandLog.TABLE) ? storage.commandLog()
                : new InMemoryCommandLog();
        // In a transaction: PostgreSQL honours the fetch size only outside auto-commit.
        return transactions.fetchInTransaction(() -> check.run(history, commands, readModels, progress));
    }

    /**
     * What the read-model processor's tokens say it has folded: an event is folded when the token of the segment its
     * aggregate belongs to covers it (segments are assigned by aggregate, as the processor's default sequencing policy
     * does). Read on a connection of its own, before the check's transaction, since a store no engine has run on yet
     * has no token table, and on PostgreSQL a failed statement would end the transaction.
     */
    private static ReadModelProgress progress(JdbcTransactionManager transactions, Serializer tokens) {
        TokenSchema schema = TokenSchema.builder().build();
        Map<Integer, TrackingToken> bySegment = new HashMap<>();
        try {
            Sql.execute(transactions, "Reading the read models' tokens", connection -> {
                try (PreparedStatement statement = Sql.prepare(connection, "SELECT " + schema.segmentColumn() + ", "
                        + schema.tokenColumn() + ", " + schema.tokenTypeColumn() + " FROM " + schema.tokenTable()
                        + " WHERE " + schema.processorNameColumn() + " = ?", ReadModelEventHandler.PROCESSING_GROUP);
                     ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        byte[] token = rows.getBytes(2);
                        String type = rows.getString(3);
                        bySegment.put(rows.getInt(1), token == null || type == null ? null
                                : tokens.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null)));
                    }
                }
                return null;
            });
        } catch (JdbcException noTokenTable) {
            return event -> false;
        }
        if (bySegment.isEmpty()) {
            return event -> false;
        }
        Segment[] segments = Segment.computeSegments(bySegment.keySet().stream().mapToInt(Integer::intValue).toArray());
        return event -> {
            for (Segment segment : segments) {
                if (segment.matches(event.aggregateId())) {
                    TrackingToken token = bySegment.get(segment.getSegmentId());
                    return token != null
                            && token.covers(GapAwareTrackingToken.newInstance(event.position(), Set.of()));
                }
            }
            return false;
        };
    }

    private static boolean hasTable(JdbcTransactionManager transactions, String table) {
        return Sql.execute(transactions, "Looking for the table " + table,
                connection -> Sql.tableExists(connection, table));
    }

    /** The event table, read in global order, for a caller inside a transaction on {@code transactions}. */
    static StoredHistory history(JdbcTransactionManager transactions) {
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
