package dev.entente.adapters.jdbc;

import dev.entente.application.EventMetadata;
import dev.entente.application.spi.KeyInAggregate;
import java.nio.ByteBuffer;
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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.Serializer;

/**
 * The key index (ADR 0027, as amended): one row for each batch entry's stable key ({@code entente.key}) and
 * aggregate it recorded events in, in {@code entente_key_presence}, written by the event storage's append in the
 * transaction of the events. A row is only a 64-bit hash of the pair, the table's primary key (SQLite's row id): the
 * check asks only whether a key recorded something in an aggregate, and a pair that shares another's hash is answered
 * "recorded", which costs that aggregate a whole read and changes no decision. A store made before this layout is
 * filled from its event table once, when it is next opened for writing, in one transaction that also writes the one
 * row of {@code entente_key_presence_filled}; without that row the index is not used (a crash while filling leaves no
 * row, and the next opening fills again).
 */
final class JdbcKeyIndex {

    private static final String TABLE = "entente_key_presence";
    private static final String FILLED = "entente_key_presence_filled";
    /** The layout of the fourth session (key, aggregate and a run of sequence numbers), dropped when met. */
    private static final List<String> PREVIOUS = List.of("entente_entry_key", "entente_entry_key_filled");
    /** Rows per insert batch and hashes per lookup (under SQLite's 999 parameters of old). */
    private static final int CHUNK = 500;

    /** One digest a thread, reset by each {@code digest()}: looking one up costs more than hashing a pair. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", impossible);
        }
    });

    private final JdbcTransactionManager transactions;
    private final Dialect dialect;
    private final ToLongFunction<KeyInAggregate> hash;
    /** Whether the index is known to be complete; null until asked, and false is asked again. */
    private volatile Boolean complete;

    JdbcKeyIndex(JdbcTransactionManager transactions, Dialect dialect) {
        this(transactions, dialect, JdbcKeyIndex::hash);
    }

    /** With another hash of the pairs: for tests that force two pairs onto one row. */
    JdbcKeyIndex(JdbcTransactionManager transactions, Dialect dialect, ToLongFunction<KeyInAggregate> hash) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.hash = Objects.requireNonNull(hash, "hash");
    }

    /**
     * Creates the two tables if they are absent and drops the previous layout's, which nothing reads any more (and
     * which, left in place, a downgraded version would trust without the keys written since); safe on every start.
     * Fills nothing.
     */
    void createSchema() {
        Sql.execute(transactions, "Creating the key index", connection -> {
            try (Statement statement = connection.createStatement()) {
                // SQLite: an INTEGER PRIMARY KEY is the row id, so a row is its b-tree key alone and no index beside.
                statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (pair_hash "
                        + (dialect == Dialect.SQLITE ? "INTEGER" : "BIGINT") + " NOT NULL PRIMARY KEY)");
                statement.execute("CREATE TABLE IF NOT EXISTS " + FILLED + " (filled INTEGER NOT NULL)");
                for (String previous : PREVIOUS) {
                    statement.execute("DROP TABLE IF EXISTS " + previous);
                }
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
        Set<KeyInAggregate> pairs = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + schema.aggregateIdentifierColumn()
                + ", " + schema.metaDataColumn() + " FROM " + schema.domainEventTable())) {
            statement.setFetchSize(1_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String key = keyIn(rows.getBytes(2), serializer);
                    if (key != null) {
                        pairs.add(new KeyInAggregate(key, rows.getString(1)));
                    }
                }
            }
        }
        insert(connection, pairs);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO " + FILLED + " (filled) VALUES (1)");
        }
    }

    /** The key in a row's metadata; deserialized only when its bytes name the key, which most events lack. */
    private static String keyIn(byte[] metadata, Serializer serializer) {
        if (!EventMetadata.mayHold(metadata, EventMetadata.KEY)) {
            return null;
        }
        MetaData read = serializer.deserialize(new SerializedMetaData<>(metadata, byte[].class));
        Object key = read.get(EventMetadata.KEY);
        return key == null ? null : key.toString();
    }

    /** Records {@code pairs} on the connection of the transaction the events are written in. */
    void record(Collection<KeyInAggregate> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        Sql.execute(transactions, "Writing the key index", connection -> {
            insert(connection, pairs);
            return null;
        });
    }

    /**
     * Inserts the hashes of {@code pairs} that are not there yet (a correction appends again under its key, and two
     * pairs may share a hash), in ascending order, so that the b-tree is written from left to right.
     */
    private void insert(Connection connection, Collection<KeyInAggregate> pairs) throws SQLException {
        if (pairs.isEmpty()) {
            return;
        }
        long[] hashes = pairs.stream().mapToLong(hash).sorted().distinct().toArray();
        String sql = switch (dialect) {
            case H2 -> "MERGE INTO " + TABLE + " (pair_hash) KEY (pair_hash) VALUES (?)";
            case SQLITE, POSTGRES -> "INSERT INTO " + TABLE + " (pair_hash) VALUES (?) ON CONFLICT DO NOTHING";
        };
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.<Long>executeInBatches(statement, LongStream.of(hashes).boxed().toList(), CHUNK,
                    (row, each) -> row.setLong(1, each));
        }
    }

    /**
     * Which of {@code asked} recorded events: those whose hash is in the index, so every pair that did and any that
     * shares a hash with one; empty when the index is not complete (a store made before it and not yet opened for
     * writing, or no index tables at all).
     */
    Optional<Set<KeyInAggregate>> recorded(Collection<KeyInAggregate> asked) {
        if (!isComplete()) {
            return Optional.empty();
        }
        Map<Long, List<KeyInAggregate>> byHash = new HashMap<>();
        for (KeyInAggregate pair : asked) {
            byHash.computeIfAbsent(hash.applyAsLong(pair), h -> new ArrayList<>(1)).add(pair);
        }
        List<Long> hashes = List.copyOf(byHash.keySet());
        Set<KeyInAggregate> found = new HashSet<>();
        for (int from = 0; from < hashes.size(); from += CHUNK) {
            List<Long> chunk = hashes.subList(from, Math.min(hashes.size(), from + CHUNK));
            String sql = "SELECT pair_hash FROM " + TABLE + " WHERE pair_hash IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            Sql.execute(transactions, "Reading the key index", connection -> {
                try (PreparedStatement statement = Sql.prepare(connection, sql, chunk.toArray());
                     ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.addAll(byHash.getOrDefault(rows.getLong(1), List.of()));
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

    /**
     * The pair's row: the first 64 bits of the SHA-256 of the key's UTF-8 bytes (after their length, so that no two
     * pairs give the same input) and the aggregate's. A stored layout: it must not change without a refill.
     */
    static long hash(KeyInAggregate pair) {
        byte[] key = pair.key().getBytes(StandardCharsets.UTF_8);
        byte[] aggregate = pair.aggregateId().getBytes(StandardCharsets.UTF_8);
        MessageDigest digest = SHA_256.get();
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(key.length).array());
        digest.update(key);
        digest.update(aggregate);
        return ByteBuffer.wrap(digest.digest()).getLong();
    }}
