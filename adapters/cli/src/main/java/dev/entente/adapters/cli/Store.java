package dev.entente.adapters.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.entente.adapters.jdbc.Dialect;
import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the command keeps its history: an H2 database in a directory (the default), or PostgreSQL when given a
 * JDBC URL ({@code jdbc:postgresql://host/db?user=…&password=…}, or the user and password in
 * {@code ENTENTE_DB_USER} and {@code ENTENTE_DB_PASSWORD}).
 */
final class Store {

    /** The directory used when neither {@code --store} nor {@code ENTENTE_STORE} says otherwise. */
    static final String DEFAULT_DIRECTORY = "entente-data";

    private final String spec;

    private Store(String spec) {
        this.spec = spec;
    }

    static Store of(String spec) {
        if (spec == null || spec.isBlank()) {
            return new Store(DEFAULT_DIRECTORY);
        }
        if (spec.startsWith("jdbc:") && !spec.startsWith("jdbc:postgresql:")) {
            throw new UsageError("--store takes a directory for the embedded H2 database or a jdbc:postgresql: URL, "
                    + "not " + spec.substring(0, Math.min(spec.length(), 20)) + "…");
        }
        return new Store(spec);
    }

    boolean isPostgres() {
        return spec.startsWith("jdbc:postgresql:");
    }

    Path directory() {
        return Path.of(spec).toAbsolutePath().normalize();
    }

    /** Whether the H2 database exists already (always true for PostgreSQL, whose tables are created on demand). */
    boolean exists() {
        return isPostgres() || Files.exists(directory().resolve("entente.mv.db"));
    }

    /** Opens the storage for reading and writing, creating the database and its tables where needed. */
    JdbcStorage open() {
        if (isPostgres()) {
            return JdbcStorage.builder(EntenteJson.mapper()).dataSource(postgresPool(), Dialect.POSTGRES).build();
        }
        return JdbcStorage.h2(directory(), EntenteJson.mapper());
    }

    /** Opens an existing H2 database without writing a byte to it, to check what a change would do. */
    JdbcStorage openReadOnly() {
        return JdbcStorage.builder(EntenteJson.mapper()).h2(directory()).readOnly().build();
    }

    /** A pool for the command's short life; its threads are daemons and end with the process. */
    private HikariDataSource postgresPool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(spec);
        String user = System.getenv("ENTENTE_DB_USER");
        if (user != null) {
            config.setUsername(user);
        }
        String password = System.getenv("ENTENTE_DB_PASSWORD");
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(8);
        config.setPoolName("entente-cli");
        return new HikariDataSource(config);
    }

    @Override
    public String toString() {
        return isPostgres() ? "PostgreSQL store" : "store " + directory();
    }
}
