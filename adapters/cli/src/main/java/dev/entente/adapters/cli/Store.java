package dev.entente.adapters.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.entente.adapters.jdbc.Dialect;
import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the command keeps its history: an H2 database in a directory (the default), or PostgreSQL when given a
 * JDBC URL ({@code jdbc:postgresql://host/db?user=…&password=…}, or the user and password in
 * {@code ENTENTE_DB_USER} and {@code ENTENTE_DB_PASSWORD}).
 */
final class Store {

    /** The directory used when neither {@code --store} nor {@code ENTENTE_STORE} says otherwise. */
    static final String DEFAULT_DIRECTORY = "entente-data";

    /** The PostgreSQL pools opened by the command running on this thread; {@link Main#run} closes them at its end. */
    private static final ThreadLocal<List<HikariDataSource>> POOLS = ThreadLocal.withInitial(ArrayList::new);

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

    /**
     * A pool for the command's short life, closed when the command ends: {@link JdbcStorage} leaves a pool it was
     * given open, and {@link Main#run} may be called many times in one process.
     */
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
        HikariDataSource pool = new HikariDataSource(config);
        POOLS.get().add(pool);
        return pool;
    }

    /** Closes the pools the command opened on this thread. */
    static void closePools() {
        List<HikariDataSource> pools = POOLS.get();
        POOLS.remove();
        pools.forEach(HikariDataSource::close);
    }

    @Override
    public String toString() {
        return isPostgres() ? "PostgreSQL store" : "store " + directory();
    }
}
