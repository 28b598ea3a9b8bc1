package dev.entente.adapters.jdbc.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for the tests, from the binaries zonky ships as a Maven artifact (nothing to install), with a new
 * empty database and its own pool for each test that asks for one. Published in the JDBC adapter's test-jar.
 */
public final class PostgresDatabases implements AutoCloseable {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private final EmbeddedPostgres server;
    private final List<HikariDataSource> pools = new ArrayList<>();

    private PostgresDatabases(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a server; close it when the test class is done. */
    public static PostgresDatabases start() {
        try {
            return new PostgresDatabases(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /** A new, empty database and a pool of five connections on it. */
    public HikariDataSource newDatabase(String prefix) {
        return newDatabase(prefix, 5, "");
    }

    /** A new, empty database and a pool on it; {@code urlSuffix} is added to its JDBC URL (e.g. {@code &password=x}). */
    public HikariDataSource newDatabase(String prefix, int poolSize, String urlSuffix) {
        String database = prefix + "_" + NAMES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", database) + urlSuffix);
        config.setMaximumPoolSize(poolSize);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** Closes the pools handed out so far; the databases stay until the server stops. */
    public void closePools() {
        pools.forEach(HikariDataSource::close);
        pools.clear();
    }

    @Override
    public void close() {
        closePools();
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }
}
