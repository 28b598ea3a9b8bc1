package dev.entente.adapters.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.entente.application.spi.Storage;
import dev.entente.application.spi.StorageSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Storage in an SQL database, H2 or PostgreSQL: Axon's event and token tables, the read models, and the transactions
 * that tie them together. Tables are created on first start and found again on the next. Start with
 * {@link #h2(Path, ObjectMapper)}, {@link #postgres(DataSource, ObjectMapper)} or {@link #builder(ObjectMapper)}.
 */
public final class JdbcStorage implements Storage {

    /** How long a segment claim lasts without being extended before another node may take it over. */
    public static final Duration DEFAULT_CLAIM_TIMEOUT = Duration.ofSeconds(10);

    /** How long {@link #close()} waits for the transactions still open on other threads. */
    private static final Duration CLOSE_WAITS_FOR_TRANSACTIONS = Duration.ofSeconds(10);

    private final Dialect dialect;
    private final HikariDataSource ownedPool;
    private final JdbcTransactionManager transactions;
    private final JdbcReadModelStore readModels;
    private final JdbcCommandLog commandLog;
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
        this.transactions = new JdbcTransactionManager(dataSource);
        this.readModels = new JdbcReadModelStore(transactions, dialect, builder.mapper);
        this.readOnly = builder.readOnly;
        if (!readOnly) {
            readModels.createSchema();
        }
        this.commandLog = new JdbcCommandLog(transactions, dialect);
        if (!readOnly) {
            commandLog.createSchema();
        }
        this.description = description != null ? description : describe(dataSource, dialect);
    }

    /** A file database {@code entente} in {@code directory}, created on first start, in a pool this storage owns. */
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
        return new Builder(readModelMapper);
    }

    @Override
    public EventStorageEngine eventStorage(StorageSettings settings) {
        // Without these Axon falls back to XStream, which is not on the classpath.
        Objects.requireNonNull(settings.eventSerializer(), "event serializer");
        Objects.requireNonNull(settings.snapshotSerializer(), "snapshot serializer");
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(transactions)
                .transactionManager(transactions)
                .eventSerializer(settings.eventSerializer())
                .snapshotSerializer(settings.snapshotSerializer())
                .upcasterChain(settings.upcasterChain())
                .snapshotFilter(settings.snapshotFilter())
                .persistenceExceptionResolver(new DuplicateKeyResolver())
                .dataType(byte[].class)
                .build();
        if (!readOnly) {
            createEventSchema();
        }
        return engine;
    }

    /**
     * Creates Axon's event and snapshot tables if they are absent, as {@link #eventStorage(StorageSettings)} does,
     * for tools that read or write them without an event storage engine.
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
    }

    @Override
    public TokenStore tokenStore(Serializer serializer) {
        JdbcTokenStore tokenStore = JdbcTokenStore.builder()
                .connectionProvider(transactions)
                .serializer(serializer)
                .contentType(byte[].class)
                .nodeId(nodeId)
                .claimTimeout(claimTimeout)
                .build();
        if (!readOnly) {
            tokenStore.createSchema(dialect.tokenTables());
        }
        return tokenStore;
    }

    @Override
    public JdbcTransactionManager transactionManager() {
        return transactions;
    }

    @Override
    public JdbcReadModelStore readModels() {
        return readModels;
    }

    @Override
    public JdbcCommandLog commandLog() {
        return commandLog;
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
        private final ObjectMapper mapper;
        private Dialect dialect;
        private DataSource dataSource;
        private Path h2Directory;
        private String h2MemoryName;
        private Duration claimTimeout = DEFAULT_CLAIM_TIMEOUT;
        private String nodeId;
        private boolean readOnly;

        private Builder(ObjectMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "read-model mapper");
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

        /** The name segment claims are made under; by default a new unique one for each storage. */
        /**
         * Opens an existing database only to read it: no table is created, and an H2 file is opened read-only, so
         * that not a byte of it changes. For checking what a change would do before making it.
         */
        public Builder readOnly() {
            this.readOnly = true;
            return this;
        }

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
                        "Say where the database is: h2(...), h2InMemory(...) or dataSource(...)");
            }
            if (dataSource != null) {
                return new JdbcStorage(this, dataSource, null, null);
            }
            String url;
            String description;
            if (h2Directory != null) {
                if (readOnly && !Files.exists(h2Directory.resolve("entente.mv.db"))) {
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
            HikariDataSource pool = new HikariDataSource(config);
            try {
                return new JdbcStorage(this, pool, pool, description);
            } catch (RuntimeException e) {
                pool.close();
                throw e;
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
