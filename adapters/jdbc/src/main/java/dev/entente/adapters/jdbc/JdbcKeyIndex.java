package dev.entente.adapters.jdbc;

import dev.entente.application.EventMetadata;
import dev.entente.application.spi.KeyedEvents;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;

/**
 * The key index (ADR 0027): each run of events a batch entry's stable key ({@code entente.key}) recorded, in
 * {@code entente_entry_key}, written by the event storage's append in the transaction of the events. A store made
 * before the index is filled from its event table once, when it is next opened for writing, in one transaction that
 * also writes the one row of {@code entente_entry_key_filled}; without that row the index is not used (a crash while
 * filling leaves no row, and the next opening fills again).
 * <p>
 * A key is stored as it is up to {@value #STORED_AS_IS} characters, which every database indexes; a longer one (a
 * chronicle's keys have no bound: an entry's own id, a file's name) as {@code sha256:} and its SHA-256 in hex. Most
 * keys are short, and hashing each of a bulk apply's entries would cost more CPU than the insert.
 */
final class JdbcKeyIndex {

    private static final String TABLE = "entente_entry_key";
    private static final String FILLED = "entente_entry_key_filled";
    /** Rows per insert batch and keys per lookup (under SQLite's 999 parameters of old). */
    private static final int CHUNK = 500;
    private static final byte[] KEY_NAME = EventMetadata.KEY.getBytes(StandardCharsets.UTF_8);
    /** The longest key stored as it is; the column holds it or {@value #HASHED} and 64 hex digits. */
    static final int STORED_AS_IS = 190;
    private static final String HASHED = "sha256:";

    private final JdbcTransactionManager transactions;
    private final Dialect dialect;
    /** Whether the index is known to be complete; null until asked, and false is asked again. */
    private volatile Boolean complete;

    JdbcKeyIndex(JdbcTransactionManager transactions, Dialect dialect) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** Creates the two tables if they are absent; safe on every start. Fills nothing. */
    void createSchema() {
        Sql.execute(transactions, "Creating the key index", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (entry_key VARCHAR(200) NOT NULL, "
                        + "aggregate_id VARCHAR(255) NOT NULL, first_sequence BIGINT NOT NULL, "
                        + "last_sequence BIGINT NOT NULL, PRIMARY KEY (entry_key, aggregate_id, first_sequence))"
                        // On SQLite one b-tree, not a row table and an index beside it: one insert per row, not two.
                        + (dialect == Dialect.SQLITE ? " WITHOUT ROWID" : ""));
                statement.execute("CREATE TABLE IF NOT EXISTS " + FILLED + " (filled INTEGER NOT NULL)");
            }
            return null;
        });
    }

    /**
     * Fills the index from the event table if it was never filled (a store made before it), in one transaction; the
     * tables must exist. Another process filling at the same time waits for the lock (SQLite's write lock, a table
     * lock on PostgreSQL) and then finds it filled.
     */
    void fillIfNeeded(Serializer metadataSerializer) {
        if (Boolean.TRUE.equals(complete)) {
            // Filled or found filled by this storage: once complete, an index stays so.
            return;
        }
        transactions.executeInTransaction(() -> Sql.execute(transactions, "Filling the key index", connection -> {
            if (dialect == Dialect.POSTGRES) {
                try (Statement lock = connection.createStatement()) {
                    lock.execute("LOCK TABLE " + FILLED + " IN EXCLUSIVE MODE");
                }
            }
            if (!filled(connection)) {
                fill(connection, metadataSerializer);
            }
            return null;
        }));
        complete = true;
    }

    /**
     * Empties the index and fills it from the event table, in the transaction open on the thread: after events were
     * written past the event storage (an imported event log). The tables must exist.
     */
    void refill(Serializer metadataSerializer) {
        Sql.execute(transactions, "Filling the key index", connection -> {
            fill(connection, metadataSerializer);
            return null;
        });
    }

    private void fill(Connection connection, Serializer serializer) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + TABLE);
            statement.executeUpdate("DELETE FROM " + FILLED);
        }
        EventSchema schema = new EventSchema();
        KeyedEvents.Runs runs = new KeyedEvents.Runs();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + schema.aggregateIdentifierColumn()
                + ", " + schema.sequenceNumberColumn() + ", " + schema.metaDataColumn() + " FROM "
                + schema.domainEventTable() + " ORDER BY " + schema.aggregateIdentifierColumn() + ", "
                + schema.sequenceNumberColumn())) {
            statement.setFetchSize(1_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String key = keyIn(rows.getBytes(3), serializer);
                    if (key != null) {
                        runs.add(key, rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        insert(connection, runs.list());
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO " + FILLED + " (filled) VALUES (1)");
        }
    }

    /** The key in a row's metadata; deserialized only when its bytes name the key, which most events lack. */
    private static String keyIn(byte[] metadata, Serializer serializer) {
        if (metadata == null || !contains(metadata, KEY_NAME)) {
            return null;
        }
        MetaData read = serializer.deserialize(new SerializedMetaData<>(metadata, byte[].class));
        Object key = read.get(EventMetadata.KEY);
        return key == null ? null : key.toString();
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Records {@code runs} on the connection of the transaction the events are written in. */
    void record(List<KeyedEvents> runs) {
        if (runs.isEmpty()) {
            return;
        }
        Sql.execute(transactions, "Writing the key index", connection -> {
            insert(connection, runs);
            return null;
        });
    }

    private static void insert(Connection connection, List<KeyedEvents> runs) throws SQLException {
        if (runs.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + TABLE
                + " (entry_key, aggregate_id, first_sequence, last_sequence) VALUES (?, ?, ?, ?)")) {
            Sql.<KeyedEvents>executeInBatches(statement, runs, CHUNK, (row, run) -> {
                row.setString(1, stored(run.key()));
                row.setString(2, run.aggregateId());
                row.setLong(3, run.firstSequence());
                row.setLong(4, run.lastSequence());
            });
        }
    }

    /**
     * What each of {@code keys} recorded, or empty when the index is not complete (a store made before it and not
     * yet opened for writing, or no index tables at all).
     */
    Optional<List<KeyedEvents>> eventsUnder(Collection<String> keys) {
        if (!isComplete()) {
            return Optional.empty();
        }
        Map<String, String> byStored = new HashMap<>();
        keys.forEach(key -> byStored.put(stored(key), key));
        List<String> storedKeys = List.copyOf(byStored.keySet());
        List<KeyedEvents> found = new ArrayList<>();
        for (int from = 0; from < storedKeys.size(); from += CHUNK) {
            List<String> chunk = storedKeys.subList(from, Math.min(storedKeys.size(), from + CHUNK));
            String sql = "SELECT entry_key, aggregate_id, first_sequence, last_sequence FROM " + TABLE
                    + " WHERE entry_key IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            Sql.execute(transactions, "Reading the key index", connection -> {
                try (PreparedStatement statement = Sql.prepare(connection, sql, chunk.toArray());
                     ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(new KeyedEvents(byStored.get(rows.getString(1)), rows.getString(2), rows.getLong(3),
                                rows.getLong(4)));
                    }
                }
                return null;
            });
        }
        return Optional.of(found);
    }

    private boolean isComplete() {
        if (Boolean.TRUE.equals(complete)) {
            return true;
        }
        boolean filled;
        try {
            filled = Sql.execute(transactions, "Reading the key index", this::filled);
        } catch (JdbcException noIndex) {
            // A store made before the index, opened read-only: no tables to read.
            filled = false;
        }
        complete = filled;
        return filled;
    }

    private boolean filled(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + FILLED)) {
            return rows.next() && rows.getLong(1) > 0;
        }
    }

    /** How {@code key} is stored: as it is, or hashed when long (or when it looks like a hashed one). */
    static String stored(String key) {
        return key.length() <= STORED_AS_IS && !key.startsWith(HASHED) ? key : HASHED + sha256(key);
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", impossible);
        }
    }
}
