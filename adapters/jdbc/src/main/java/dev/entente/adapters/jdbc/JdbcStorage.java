package dev.entente.adapters.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.entente.adapters.json.StreamingEventDecoder;
import dev.entente.application.projection.SerializedEvents;
import dev.entente.application.spi.EventRow;
import dev.entente.application.spi.KeyInAggregate;
import dev.entente.application.spi.Storage;
import dev.entente.application.spi.StorageSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Storage in an SQL database, SQLite, H2 or PostgreSQL: Axon's event and token tables, the read models, and the
 * transactions that tie them together. Tables are created on first start and found again on the next. Start with
 * {@link #sqlite(Path, ObjectMapper)}, {@link #postgres(DataSource, ObjectMapper)} or {@link #builder(ObjectMapper)}.
 */
public final class JdbcStorage implements Storage {

    /** How long a segment claim lasts without being extended before another node may take it over. */
    public static final Duration DEFAULT_CLAIM_TIMEOUT = Duration.ofSeconds(10);

    /** How long an SQLite writer waits for another's write lock before it gives up with {@link StoreUnavailable}. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(30);

    /** The SQLite database file in a storage's directory. */
    public static final String SQLITE_FILE = "entente.db";

    /** The H2 database file in a directory of a store made by an earlier version. */
    public static final String H2_FILE = "entente.mv.db";

    /** How long {@link #close()} waits for the transactions still open on other threads. */
    private static final Duration CLOSE_WAITS_FOR_TRANSACTIONS = Duration.ofSeconds(10);

    private final Dialect dialect;
    private final HikariDataSource ownedPool;
    private final JdbcTransactionManager transactions;
    /** On a writable SQLite store, the checkpoints of large transactions run behind their commits; else null. */
    private final SqliteCheckpoints checkpoints;
    private final JdbcReadModelStore readModels;
    private final JdbcCommandLog commandLog;
    private final JdbcKeyIndex keyIndex;
    private final String description;
    private final String nodeId;
    private final Duration claimTimeout;
    private final boolean readOnly;

    private JdbcStorage(Builder builder, DataSource dataSource, HikariDataSource ownedPool, String description) {
        this.dialect = builder.dialect;
        this.ownedPool = ownedPool;
        this.nodeId = builder.nodeId != null ? builder.nodeId
                : "entente-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
        this.claimTimeout = builder.claimTimeout;
        this.readOnly = builder.readOnly;
        this.transactions = new JdbcTransactionManager(dataSource,
                dialect == Dialect.SQLITE && !readOnly ? builder.busyTimeout : null);
        this.readModels = new JdbcReadModelStore(transactions, dialect, builder.mapper);
        this.checkpoints = dialect == Dialect.SQLITE && !readOnly ? new SqliteCheckpoints(transactions)
                : null;
        if (!readOnly) {
            readModels.createSchema();
        }
        this.commandLog = new JdbcCommandLog(transactions, dialect);
        this.keyIndex = new JdbcKeyIndex(transactions, dialect);
        if (!readOnly) {
            commandLog.createSchema();
        }
        this.description = description != null ? description : describe(dataSource, dialect);
    }

    /**
     * The SQLite database {@code entente.db} in {@code directory}, created on first start, in a pool this storage
     * owns: write-ahead log, every commit synced to disk before it returns, one writer at a time.
     */
    public static JdbcStorage sqlite(Path directory, ObjectMapper readModelMapper) {
        return builder(readModelMapper).sqlite(directory).build();
    }

    /** An H2 file database {@code entente} in {@code directory}, created on first start, in a pool this storage owns. */
    public static JdbcStorage h2(Path directory, ObjectMapper readModelMapper) {
        return builder(readModelMapper).h2(directory).build();
    }

    /** An in-memory H2 database that lives as long as the JVM; opening the same name again finds its data. */
    public static JdbcStorage h2InMemory(String name, ObjectMapper readModelMapper) {
        return builder(readModelMapper).h2InMemory(name).build();
    }

    /** A PostgreSQL database behind the caller's pool, which {@link #close()} leaves open. */
    public static JdbcStorage postgres(DataSource dataSource, ObjectMapper readModelMapper) {
        return builder(readModelMapper).dataSource(dataSource, Dialect.POSTGRES).build();
    }

    /** A database of the given dialect behind the caller's pool, which {@link #close()} leaves open. */
    public static JdbcStorage of(DataSource dataSource, Dialect dialect, ObjectMapper readModelMapper) {
        return builder(readModelMapper).dataSource(dataSource, dialect).build();
    }

    /** For the settings the factories leave at their defaults: claim timeout and node id. */
    public static Builder builder(ObjectMapper readModelMapper) {
        Objects.requireNonNull(readModelMapper, "read-model mapper");
        return new Builder(() -> readModelMapper);
    }

    /**
     * As {@link #builder(ObjectMapper)}, the mapper built only when a document must be written, or read by databind
     * (docs/adr/0014): a question answered from the read models as they stand never builds it.
     */
    public static Builder builder(Supplier<ObjectMapper> readModelMapper) {
        return new Builder(readModelMapper);
    }

    @Override
    public EventStorageEngine eventStorage(StorageSettings settings) {
        // Without these Axon falls back to XStream, which is not on the classpath.
        Objects.requireNonNull(settings.eventSerializer(), "event serializer");
        Objects.requireNonNull(settings.snapshotSerializer(), "snapshot serializer");
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .connectionProvider(transactions)
                .transactionManager(transactions.readingOutsideTransactions())
                .eventSerializer(settings.eventSerializer())
                .snapshotSerializer(settings.snapshotSerializer())
                .upcasterChain(settings.upcasterChain())
                .snapshotFilter(settings.snapshotFilter())
                .persistenceExceptionResolver(new DuplicateKeyResolver())
                .dataType(byte[].class);
        JdbcEventStorageEngine engine = new EventTables(builder, dialect, transactions, keyIndex);
        // The read models fold their records from these events when read (ADR 0029): as this engine reads them.
        readModels.decodeWith(new StreamingEventDecoder(
                () -> new SerializedEvents(settings.eventSerializer(), settings.upcasterChain())));
        if (!readOnly) {
            createEventSchema();
            // A store made before the key index: filled from its events, once (ADR 0027).
            keyIndex.fillIfNeeded(settings.eventSerializer());
        }
        return engine;
    }

    /**
     * Fills the key index again from the event table, in the transaction open on the thread: for tools that write
     * events past the event storage engine (an imported event log). The tables must exist
     * ({@link #createEventSchema()}).
     */
    public void refillKeyIndex(Serializer metadataSerializer) {
        keyIndex.refill(Objects.requireNonNull(metadataSerializer, "metadata serializer"));
    }

    /** From the key index written with the events; empty while a store made before it has not been filled. */
    @Override
    public Optional<Set<KeyInAggregate>> recordedUnderKeys(Collection<KeyInAggregate> asked) {
        return keyIndex.recorded(asked);
    }

    /**
     * Creates Axon's event and snapshot tables and the key index's if they are absent, as
     * {@link #eventStorage(StorageSettings)} does, for tools that read or write them without an event storage engine.
     */
    public void createEventSchema() {
        Sql.execute(transactions, "Creating the event tables", connection -> {
            EventSchema schema = new EventSchema();
            try (PreparedStatement events = dialect.eventTables().createDomainEventTable(connection, schema);
                 PreparedStatement snapshots = dialect.eventTables().createSnapshotEventTable(connection, schema)) {
                events.executeUpdate();
                snapshots.executeUpdate();
            }
            return null;
        });
        keyIndex.createSchema();
    }

    /** In queries of 500 ids on Axon's event table, whose aggregate id column is indexed. */
    @Override
    public Optional<Set<String>> aggregatesWithEvents(Collection<String> aggregateIds) {
        EventSchema schema = new EventSchema();
        Set<String> found = new HashSet<>();
        // An aggregate's first event has sequence number 0 as Axon appends it, so most ids are answered by one entry
        // of the (aggregate, sequence) index each. Asked without the sequence, an id with 10,000 events read all of
        // them, and a batch check of one command on such an aggregate cost three times one on a new aggregate.
        inChunks(List.copyOf(aggregateIds), "SELECT " + schema.aggregateIdentifierColumn() + " FROM "
                + schema.domainEventTable() + " WHERE " + schema.sequenceNumberColumn() + " = 0 AND "
                + schema.aggregateIdentifierColumn() + " IN (", found);
        // The rest: ids with no event (which read nothing), and any history that does not begin at 0 (an imported
        // one, say), whose rows are read as before.
        List<String> rest = new ArrayList<>();
        for (String id : aggregateIds) {
            if (!found.contains(id)) {
                rest.add(id);
            }
        }
        inChunks(rest, "SELECT DISTINCT " + schema.aggregateIdentifierColumn() + " FROM " + schema.domainEventTable()
                + " WHERE " + schema.aggregateIdentifierColumn() + " IN (", found);
        return Optional.of(found);
    }

    /** Adds to {@code found} what {@code head}, closed by an IN list of up to 500 of {@code ids} at a time, selects. */
    private void inChunks(List<String> ids, String head, Set<String> found) {
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String sql = head + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            Sql.execute(transactions, "Reading which aggregates have events", connection -> {
                try (PreparedStatement statement = Sql.prepare(connection, sql, chunk.toArray());
                     ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
                return null;
            });
        }
    }

    /** One keyset page of Axon's event table through its primary key: the columns a replay needs and no more. */
    @Override
    public Optional<List<EventRow>> eventRows(long after, long upTo, int limit) {
        EventSchema schema = new EventSchema();
        String sql = "SELECT " + schema.globalIndexColumn() + ", " + schema.payloadTypeColumn() + ", "
                + schema.payloadRevisionColumn() + ", " + schema.payloadColumn() + ", " + schema.metaDataColumn()
                + " FROM " + schema.domainEventTable()
                + " WHERE " + schema.globalIndexColumn() + " > ? AND " + schema.globalIndexColumn() + " <= ? ORDER BY "
                + schema.globalIndexColumn() + " LIMIT " + limit;
        return Optional.of(Sql.execute(transactions, "Reading the history", connection -> {
            List<EventRow> rows = new ArrayList<>(Math.min(limit, 10_000));
            try (PreparedStatement statement = Sql.prepare(connection, sql, after, upTo);
                 ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new EventRow(result.getLong(1), result.getString(2), result.getString(3),
                            result.getBytes(4), result.getBytes(5)));
                }
            }
            return rows;
        }));
    }

    @Override
    public Duration claimTimeout() {
        return claimTimeout;
    }

    @Override
    public TokenStore tokenStore(Serializer serializer) {
        JdbcTokenStore.Builder builder = JdbcTokenStore.builder()
                .connectionProvider(transactions)
                .serializer(serializer)
                .contentType(byte[].class)
                .nodeId(nodeId)
                .claimTimeout(claimTimeout);
        JdbcTokenStore tokenStore = dialect == Dialect.SQLITE ? new SqliteTokenStore(builder) : builder.build();
        if (!readOnly) {
            tokenStore.createSchema(dialect.tokenTables());
        }
        return tokenStore;
    }

    @Override
    public JdbcTransactionManager transactionManager() {
        return transactions;
    }

    /** Each batch's transaction begins as the batch commits (ADR 0035). */
    @Override
    public TransactionManager readModelTransactions() {
        return transactions.beginningWhenCommitting();
    }

    /**
     * On SQLite, the transaction's commit writes and syncs the write-ahead log, and the copy of the log into the
     * database file follows on a thread of its own (ADR 0030): {@code work}'s writes are as durable when this returns
     * as any other transaction's. Elsewhere, one transaction as usual.
     */
    @Override
    public void inLargeTransaction(Runnable work) {
        if (checkpoints == null || transactions.inTransaction()) {
            // A joined transaction ends, and would checkpoint, with the one it joined.
            transactions.executeInTransaction(work);
            return;
        }
        transactions.executeInTransaction(() -> {
            try {
                checkpoints.deferOnOpenTransaction();
            } catch (SQLException e) {
                throw new JdbcException("Could not defer the checkpoint of a large transaction", e);
            }
            work.run();
        });
        checkpoints.runBehind();
    }

    @Override
    public JdbcReadModelStore readModels() {
        return readModels;
    }

    /**
     * Whether another connection holds the write lock of the SQLite store in {@code directory} at this moment, asked
     * without waiting for it; false when there is no store there. A writer that finds it held waits, up to the busy
     * timeout, so a caller can say so first rather than sit silent.
     */
    public static boolean sqliteWriteLockHeld(Path directory) {
        Path file = directory.resolve(SQLITE_FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        SQLiteConfig noWaiting = new SQLiteConfig();
        noWaiting.setBusyTimeout(0);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, noWaiting.toProperties());
             Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("ROLLBACK");
            return false;
        } catch (SQLException e) {
            return e instanceof SQLiteException sqlite
                    && (sqlite.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code;
        }
    }

    @Override
    public JdbcCommandLog commandLog() {
        return commandLog;
    }

    /**
     * How many recorded events the event processor {@code processorName} has not yet handled, each counted against
     * the token of the segment it belongs to (by aggregate, as Axon's default sequencing policy assigns them). Read
     * from the tables without claiming a segment or starting a transaction, so a read-only storage can tell whether
     * its read models are behind the history, and on SQLite without waiting for a writer.
     */
    public long eventsNotYetHandled(String processorName, Serializer tokenSerializer) {
        return eventsNotYetHandled(processorName, (token, type) ->
                tokenSerializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null)));
    }

    /**
     * As {@link #eventsNotYetHandled(String, Serializer)}, each token read by {@code tokenReader} from its stored
     * bytes and type name: a caller that must start quickly can read the common kinds without building a serializer.
     */
    public long eventsNotYetHandled(String processorName, BiFunction<byte[], String, TrackingToken> tokenReader) {
        EventSchema schema = new EventSchema();
        return Sql.execute(transactions, "Reading how far the event processors are", connection -> {
            Map<Integer, TrackingToken> tokens = new TreeMap<>();
            try (PreparedStatement statement = Sql.prepare(connection,
                    "SELECT segment, token, tokenType FROM TokenEntry WHERE processorName = ?", processorName);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byte[] token = rows.getBytes(2);
                    String type = rows.getString(3);
                    tokens.put(rows.getInt(1), token == null || type == null ? null : tokenReader.apply(token, type));
                }
            }
            // Loops, not streams: a question asks this at its start, where each stream's lambdas are linked once.
            int[] ids = new int[tokens.size()];
            long from = -1;
            int at = 0;
            for (Map.Entry<Integer, TrackingToken> segment : tokens.entrySet()) {
                ids[at] = segment.getKey();
                long position = segment.getValue() == null ? -1 : segment.getValue().position().orElse(-1);
                from = at == 0 ? position : Math.min(from, position);
                at++;
            }
            long unseen = 0;
            try (PreparedStatement statement = Sql.prepare(connection, "SELECT " + schema.globalIndexColumn() + ", "
                    + schema.aggregateIdentifierColumn() + " FROM " + schema.domainEventTable() + " WHERE "
                    + schema.globalIndexColumn() + " > ?", from);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long index = rows.getLong(1);
                    String aggregate = rows.getString(2);
                    boolean seen = false;
                    for (Map.Entry<Integer, TrackingToken> segment : tokens.entrySet()) {
                        if (Segment.computeSegment(segment.getKey(), ids).matches(aggregate)
                                && seen(segment.getValue(), index)) {
                            seen = true;
                            break;
                        }
                    }
                    unseen += seen ? 0 : 1;
                }
            }
            return unseen;
        });
    }

    private static boolean seen(TrackingToken token, long index) {
        if (token == null) {
            return false;
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            return index <= gapAware.getIndex() && !gapAware.getGaps().contains(index);
        }
        return index <= token.position().orElse(-1);
    }

    /** The name this storage's token stores claim segments under; unique to this instance. */
    public String nodeId() {
        return nodeId;
    }

    @Override
    public String describe() {
        return description;
    }

    /**
     * Closes the pool this storage created, once the transactions other threads have open on it have ended (for 10
     * seconds at most), whatever the database: an engine closes its processors first, and a batch they were still
     * committing finishes rather than failing on a closed pool. A pool the caller gave is left open.
     */
    @Override
    public void close() {
        transactions.awaitOtherTransactions(CLOSE_WAITS_FOR_TRANSACTIONS);
        if (checkpoints != null) {
            // A checkpoint cut short loses nothing, but one let finish leaves less for the pool's last close to copy.
            checkpoints.awaitQuiet(CLOSE_WAITS_FOR_TRANSACTIONS);
        }
        if (ownedPool != null) {
            ownedPool.close();
        }
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String describe(DataSource dataSource, Dialect dialect) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String where = withoutSecrets(metaData.getURL());
            String user = metaData.getUserName();
            return dialect.product() + " database at " + where + (user == null || user.isEmpty() ? "" : " as " + user);
        } catch (SQLException e) {
            return dialect.product() + " database (address unavailable: " + e.getMessage() + ")";
        }
    }

    /**
     * Axon's JDBC event storage, except that a write the database refuses as read-only or busy says so (as
     * {@link StoreUnavailable}): Axon calls every failed first append "Cannot reuse aggregate identifier". On SQLite
     * it also asks for the lowest and highest indexes in a way sqlite-jdbc can answer. Every append writes the key
     * index's rows for the events that carry a key, in the same transaction (ADR 0027).
     */
    private static final class EventTables extends JdbcEventStorageEngine {

        private final Dialect dialect;
        private final JdbcTransactionManager transactions;
        private final JdbcKeyIndex keyIndex;
        private final RecordedTimes times = new RecordedTimes();

        EventTables(JdbcEventStorageEngine.Builder builder, Dialect dialect, JdbcTransactionManager transactions,
                    JdbcKeyIndex keyIndex) {
            super(builder);
            this.dialect = dialect;
            this.transactions = transactions;
            this.keyIndex = keyIndex;
        }

        @Override
        protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
            try {
                Set<KeyInAggregate> keyed = KeyInAggregate.in(events);
                if (keyed.isEmpty()) {
                    super.appendEvents(events, serializer);
                } else {
                    // Joins the transaction open on the thread (the batch's), or is one of its own: never the events
                    // without their keys.
                    transactions.executeInTransaction(() -> {
                        super.appendEvents(events, serializer);
                        keyIndex.record(keyed);
                    });
                }
            } catch (RuntimeException e) {
                throw StoreUnavailable.in(e).<RuntimeException>map(unavailable -> unavailable).orElse(e);
            }
        }

        /** The same text as Axon's, made once per millisecond ({@link RecordedTimes}). */
        @Override
        protected void writeTimestamp(PreparedStatement statement, int position, Instant timestamp)
                throws SQLException {
            statement.setString(position, times.format(timestamp));
        }

        @Override
        protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
            try {
                super.storeSnapshot(snapshot, serializer);
            } catch (RuntimeException e) {
                throw StoreUnavailable.in(e).<RuntimeException>map(unavailable -> unavailable).orElse(e);
            }
        }

        /*
         * Axon reads the one value of its MIN and MAX queries with getObject(1, Long.class), which sqlite-jdbc refuses
         * for the NULL an aggregate of no rows gives. On SQLite each query gets HAVING COUNT(*) > 0: no row, which
         * Axon reads as the same "nothing there" as NULL.
         */

        @Override
        protected PreparedStatement fetchTrackedEvents(Connection connection, long index) throws SQLException {
            if (dialect != Dialect.SQLITE) {
                return super.fetchTrackedEvents(connection, index);
            }
            PreparedStatement statement = aggregate(connection, "MIN(" + schema().globalIndexColumn() + ")",
                    schema().globalIndexColumn() + " > ?");
            statement.setLong(1, index);
            return statement;
        }

        @Override
        protected PreparedStatement createTailToken(Connection connection) throws SQLException {
            return dialect != Dialect.SQLITE ? super.createTailToken(connection)
                    : aggregate(connection, "MIN(" + schema().globalIndexColumn() + ") - 1", null);
        }

        @Override
        protected PreparedStatement createHeadToken(Connection connection) throws SQLException {
            return dialect != Dialect.SQLITE ? super.createHeadToken(connection)
                    : aggregate(connection, "MAX(" + schema().globalIndexColumn() + ")", null);
        }

        @Override
        protected PreparedStatement createTokenAt(Connection connection, Instant dateTime) throws SQLException {
            if (dialect != Dialect.SQLITE) {
                return super.createTokenAt(connection, dateTime);
            }
            PreparedStatement statement = aggregate(connection, "MIN(" + schema().globalIndexColumn() + ") - 1",
                    schema().timestampColumn() + " >= ?");
            statement.setString(1, DateTimeUtils.formatInstant(dateTime));
            return statement;
        }

        @Override
        protected PreparedStatement lastSequenceNumberFor(Connection connection, String aggregateIdentifier)
                throws SQLException {
            if (dialect != Dialect.SQLITE) {
                return super.lastSequenceNumberFor(connection, aggregateIdentifier);
            }
            PreparedStatement statement = aggregate(connection, "MAX(" + schema().sequenceNumberColumn() + ")",
                    schema().aggregateIdentifierColumn() + " = ?");
            statement.setString(1, aggregateIdentifier);
            return statement;
        }

        private PreparedStatement aggregate(Connection connection, String value, String condition)
                throws SQLException {
            return connection.prepareStatement("SELECT " + value + " FROM " + schema().domainEventTable()
                    + (condition == null ? "" : " WHERE " + condition) + " HAVING COUNT(*) > 0");
        }
    }

    /** A JDBC URL without its parameters, where a password may be given, nor any user:password@ part. */
    static String withoutSecrets(String url) {
        if (url == null) {
            return "(unknown address)";
        }
        String address = url;
        int parameters = indexOfAny(address, '?', ';');
        if (parameters >= 0) {
            address = address.substring(0, parameters);
        }
        return address.replaceFirst("//[^/@]*@", "//");
    }

    private static int indexOfAny(String text, char... characters) {
        int first = -1;
        for (char c : characters) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** Where the database is, and the settings the factories leave at their defaults. */
    public static final class Builder {
        private final Supplier<ObjectMapper> mapper;
        private Dialect dialect;
        private DataSource dataSource;
        private Path sqliteDirectory;
        private Path h2Directory;
        private String h2MemoryName;
        private Duration claimTimeout = DEFAULT_CLAIM_TIMEOUT;
        private Duration busyTimeout = DEFAULT_BUSY_TIMEOUT;
        private String nodeId;
        private boolean readOnly;

        private Builder(Supplier<ObjectMapper> mapper) {
            this.mapper = Objects.requireNonNull(mapper, "read-model mapper");
        }

        /**
         * The SQLite database {@value JdbcStorage#SQLITE_FILE} in {@code directory}, in a pool the storage creates
         * and closes: write-ahead log (the {@code -wal} and {@code -shm} files beside it while it is open), full
         * synchronous commits, transactions that take the write lock when they begin.
         */
        public Builder sqlite(Path directory) {
            where(Dialect.SQLITE);
            this.sqliteDirectory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
            return this;
        }

        /** An H2 file database {@code entente} in {@code directory}, in a pool the storage creates and closes. */
        public Builder h2(Path directory) {
            where(Dialect.H2);
            this.h2Directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
            return this;
        }

        /** An in-memory H2 database of this name, in a pool the storage creates and closes. */
        public Builder h2InMemory(String name) {
            if (name == null || !name.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException("An in-memory database name is letters, digits, '_' and '-', got "
                        + name);
            }
            where(Dialect.H2);
            this.h2MemoryName = name;
            return this;
        }

        /** The caller's pool, which the storage uses but does not close. */
        public Builder dataSource(DataSource dataSource, Dialect dialect) {
            where(Objects.requireNonNull(dialect, "dialect"));
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * How long another node waits for a claim that is not extended; {@link JdbcStorage#DEFAULT_CLAIM_TIMEOUT} by
         * default.
         */
        public Builder claimTimeout(Duration claimTimeout) {
            if (claimTimeout == null || claimTimeout.isNegative() || claimTimeout.isZero()) {
                throw new IllegalArgumentException("The claim timeout must be positive, got " + claimTimeout);
            }
            this.claimTimeout = claimTimeout;
            return this;
        }

        /**
         * How long an SQLite writer waits for another process to finish writing before it gives up with
         * {@link StoreUnavailable}; {@link JdbcStorage#DEFAULT_BUSY_TIMEOUT} by default.
         */
        public Builder busyTimeout(Duration busyTimeout) {
            if (busyTimeout == null || busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("The busy timeout must be zero or positive, got " + busyTimeout);
            }
            this.busyTimeout = busyTimeout;
            return this;
        }

        /**
         * Opens an existing database only to read it: no table is created, and an SQLite or H2 file is opened
         * read-only, so that not a byte of its directory changes. For checking what a change would do before making
         * it, and for asking a store this process cannot write.
         */
        public Builder readOnly() {
            this.readOnly = true;
            return this;
        }

        /** The name segment claims are made under; by default a new unique one for each storage. */
        public Builder nodeId(String nodeId) {
            if (nodeId == null || nodeId.isBlank() || nodeId.length() > 255) {
                throw new IllegalArgumentException("A node id is 1 to 255 characters, got " + nodeId);
            }
            this.nodeId = nodeId;
            return this;
        }

        public JdbcStorage build() {
            if (dialect == null) {
                throw new IllegalStateException(
                        "Say where the database is: sqlite(...), h2(...), h2InMemory(...) or dataSource(...)");
            }
            if (dataSource != null) {
                return new JdbcStorage(this, dataSource, null, null);
            }
            if (sqliteDirectory != null) {
                return withPool(sqlitePool(), "SQLite database at " + sqliteDirectory);
            }
            requireH2Driver();
            String url;
            String description;
            if (h2Directory != null) {
                if (readOnly && !Files.exists(h2Directory.resolve(H2_FILE))) {
                    throw new IllegalStateException("There is no database in " + h2Directory + " to read");
                }
                if (!readOnly) {
                    createDirectories(h2Directory);
                }
                url = "jdbc:h2:file:" + h2Directory.resolve("entente") + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
                description = "H2 database at " + h2Directory;
            } else {
                // Kept until the JVM exits, so that the pool retiring its last connection does not drop the data.
                url = "jdbc:h2:mem:" + h2MemoryName + ";DB_CLOSE_DELAY=-1";
                description = "in-memory H2 database '" + h2MemoryName + "'";
            }
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername("sa");
            config.setPassword("");
            config.setPoolName("entente-h2");
            return withPool(new HikariDataSource(config), description);
        }

        private JdbcStorage withPool(HikariDataSource pool, String description) {
            try {
                return new JdbcStorage(this, pool, pool, description);
            } catch (RuntimeException e) {
                pool.close();
                throw StoreUnavailable.in(e).<RuntimeException>map(unavailable -> unavailable).orElse(e);
            }
        }

        /**
         * SQLite behind a small pool. Writers: WAL with synchronous FULL, so that a commit is on disk when it
         * returns and a crash at any instant leaves the last committed state; IMMEDIATE transactions, so that a
         * transaction holds the single write lock from its start (the token store's reads-then-updates need that,
         * and a second writer waits at BEGIN, bounded by the busy timeout, rather than failing half-way).
         * <p>
         * Readers ({@link #readOnly()}) open the file read-only. When no {@code -wal} file lies beside it, no
         * connection has it open and everything committed is in the file itself, so it is opened {@code immutable}:
         * no lock, no {@code -wal} or {@code -shm} file created, not a byte of the directory changed (a read-only
         * WAL open would otherwise create both). When a {@code -wal} file is there (a process has the store open,
         * or one was killed), committed transactions may be only in it, so the file is opened read-only with the
         * usual locking, which reads the log; SQLite may then update the shared-memory index in {@code -shm}.
         */
        private HikariDataSource sqlitePool() {
            Path file = sqliteDirectory.resolve(SQLITE_FILE);
            SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setBusyTimeout((int) busyTimeout.toMillis());
            String url;
            if (readOnly) {
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException("There is no database in " + sqliteDirectory + " to read");
                }
                sqlite.setReadOnly(true);
                boolean logBeside = Files.exists(sqliteDirectory.resolve(SQLITE_FILE + "-wal"));
                url = "jdbc:sqlite:" + file.toUri() + (logBeside ? "?mode=ro" : "?mode=ro&immutable=1");
            } else {
                createDirectories(sqliteDirectory);
                sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
                sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
                sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
                // 16 MB of page cache per connection (SQLite's default is 2 MB): a large transaction, a replay
                // rebuilding every read model or a batch of thousands of commands, then keeps its pages in memory
                // until it commits instead of spilling them to the log half-way and writing them again.
                sqlite.setCacheSize(-16_384);
                url = "jdbc:sqlite:" + file;
            }
            SQLiteDataSource source = new SQLiteDataSource(sqlite);
            source.setUrl(url);
            HikariConfig config = new HikariConfig();
            config.setDataSource(source);
            config.setPoolName("entente-sqlite");
            // Hikari sets the flag on every connection it hands out; sqlite-jdbc takes it only when opening.
            config.setReadOnly(readOnly);
            // One writer at a time whatever the pool's size; a few connections let readers run beside it.
            config.setMaximumPoolSize(8);
            config.setMinimumIdle(1);
            try {
                return new HikariDataSource(config);
            } catch (RuntimeException e) {
                throw StoreUnavailable.in(e).<RuntimeException>map(unavailable -> unavailable).orElse(e);
            }
        }

        /** H2 is an optional dependency (only stores of earlier versions use it): say how to add it if missing. */
        private static void requireH2Driver() {
            try {
                Class.forName("org.h2.Driver", false, JdbcStorage.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Reading an H2 store needs the H2 driver, which Entente no longer "
                        + "brings along: add the dependency com.h2database:h2 (its version is in entente-bom)", e);
            }
        }

        private void where(Dialect dialect) {
            if (this.dialect != null) {
                throw new IllegalStateException("The database was already given");
            }
            this.dialect = dialect;
        }

        private static void createDirectories(Path directory) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create the data directory " + directory, e);
            }
        }
    }
}
