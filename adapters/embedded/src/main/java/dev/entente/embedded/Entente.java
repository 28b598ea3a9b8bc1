package dev.entente.embedded;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.EngineBuilder;
import dev.entente.application.EntenteExtension;
import dev.entente.application.EntenteEngine;
import dev.entente.application.inmemory.InMemoryStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The way in: an Entente engine in one line, on an SQLite database in a directory, in memory, or on PostgreSQL.
 * Every engine serializes with Jackson, makes no network connection of its own, and must be closed.
 *
 * <pre>{@code
 * try (EntenteEngine entente = Entente.embedded(Path.of("relations"))) {
 *     entente.send(new ScheduleVisit(...));
 *     RelationshipState state = entente.stateOf(Dyad.of("AZ", "PK"), LocalDate.of(2024, 7, 13));
 * }
 * }</pre>
 */
public final class Entente {

    private Entente() {
    }

    /**
     * An engine on the SQLite database {@code entente.db} in {@code directory}, created on first start and picked up
     * on the next. Every commit is on disk before it returns (write-ahead log, synchronous FULL), so a crash loses
     * nothing committed; one process writes at a time, others read alongside.
     *
     * @throws IllegalStateException when {@code directory} holds the H2 store of an earlier version, which is moved
     *     over with {@code entente export} and {@code entente import} (docs/migrating-from-h2.md)
     */
    public static EntenteEngine embedded(Path directory) {
        return embedded(directory, new EntenteExtension[0]);
    }

    /**
     * As {@link #embedded(Path)}, running the application's own aggregates too (docs/extending.md).
     *
     * @throws IllegalArgumentException when an extension takes a name, command name or stored name already taken
     */
    public static EntenteEngine embedded(Path directory, EntenteExtension... extensions) {
        Objects.requireNonNull(directory, "directory");
        if (Files.exists(directory.resolve(JdbcStorage.H2_FILE)) && !Files.exists(directory.resolve(JdbcStorage.SQLITE_FILE))) {
            throw new IllegalStateException(directory + " holds an H2 store made by an earlier version of Entente; "
                    + "move its history to a new store with entente export and entente import "
                    + "(see docs/migrating-from-h2.md)");
        }
        return with(builder(), extensions).storage(JdbcStorage.sqlite(directory, EntenteJson.mapper())).start();
    }

    /** An engine that keeps everything in memory, gone when it closes. */
    public static EntenteEngine inMemory() {
        return builder().storage(new InMemoryStorage()).start();
    }

    /** As {@link #inMemory()}, running the application's own aggregates too (docs/extending.md). */
    public static EntenteEngine inMemory(EntenteExtension... extensions) {
        return with(builder(), extensions).storage(new InMemoryStorage()).start();
    }

    private static EngineBuilder with(EngineBuilder builder, EntenteExtension... extensions) {
        for (EntenteExtension extension : extensions) {
            builder.extension(extension);
        }
        return builder;
    }

    /** An engine on the PostgreSQL database behind {@code dataSource}, a pool the caller owns and closes. */
    public static EntenteEngine postgres(DataSource dataSource) {
        return postgres(dataSource, new EntenteExtension[0]);
    }

    /** As {@link #postgres(DataSource)}, running the application's own aggregates too (docs/extending.md). */
    public static EntenteEngine postgres(DataSource dataSource, EntenteExtension... extensions) {
        Objects.requireNonNull(dataSource, "dataSource");
        return with(builder(), extensions).storage(JdbcStorage.postgres(dataSource, EntenteJson.mapper())).start();
    }

    /**
     * A builder with Entente's JSON serialization set, for the settings the one-liners leave at their defaults
     * (snapshots, segments, listeners, …); give it a storage, e.g. {@code JdbcStorage.sqlite(...)}, then start it.
     */
    public static EngineBuilder builder() {
        return EntenteEngine.builder().serialization(new JsonSerialization());
    }
}
