package dev.entente.adapters.jdbc;

import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.spi.AppliedCommand;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.visit.VisitId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on an SQLite file in a temporary directory, and what SQLite adds: WAL, one writer, readers. */
class SqliteFileStorageTest extends JdbcStorageContract {

    private static final VisitId VISIT = VisitId.of("sqlite-visit");

    @TempDir
    Path directory;

    @Override
    protected JdbcStorage openWithFactory() {
        return JdbcStorage.sqlite(data(), EntenteJson.mapper());
    }

    @Override
    protected JdbcStorage.Builder builder() {
        return JdbcStorage.builder(EntenteJson.mapper()).sqlite(data());
    }

    private Path data() {
        return directory.resolve("data");
    }

    private JdbcStorage readOnly() {
        return track(builder().readOnly().build());
    }

    @Test
    void keepsItsFileInTheGivenDirectoryAndSaysSo() {
        JdbcStorage storage = open();

        assertThat(data().resolve("entente.db")).isRegularFile();
        assertThat(storage.describe()).isEqualTo("SQLite database at " + data());
    }

    @Test
    void writesAheadToALogAndSyncsEveryCommit() throws SQLException {
        JdbcStorage storage = open();

        try (Connection connection = storage.transactionManager().getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(statement, "PRAGMA synchronous")).as("2 is FULL").isEqualTo("2");
        }
    }

    @Test
    void closingReleasesThePoolItCreated() {
        JdbcStorage storage = open();
        storage.close();

        assertThatThrownBy(() -> storage.transactionManager().getConnection().close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aRolledBackAppendLeavesNoGapInTheGlobalIndex() {
        EventStorageEngine engine = open().eventStorage(settings());
        engine.appendEvents(event(VISIT, 0, scheduled(VISIT)));
        assertThatThrownBy(() -> engine.appendEvents(event(VISIT, 1, arrived(VISIT, scheduled(VISIT).plannedFrom())),
                event(VISIT, 0, scheduled(VISIT)))).isInstanceOf(ConcurrencyException.class);

        engine.appendEvents(event(VISIT, 1, arrived(VISIT, scheduled(VISIT).plannedFrom())));

        assertThat(everything(engine)).extracting(event -> event.trackingToken().position().orElseThrow())
                .containsExactly(1L, 2L);
    }

    @Test
    void aReadOnlyStorageReadsAClosedStoreWithoutChangingAByteOfItsDirectory() {
        VisitRecord folded;
        try (JdbcStorage writer = JdbcStorage.sqlite(data(), EntenteJson.mapper())) {
            folded = scheduledAndFolded(writer);
            writer.commandLog().record(AppliedCommand.of("digest-1", "chronicle.json:3:5"));
        }
        Map<String, String> before = fingerprint(data());
        assertThat(before).containsOnlyKeys("entente.db");

        try (JdbcStorage reader = JdbcStorage.builder(EntenteJson.mapper()).sqlite(data()).readOnly().build()) {
            assertThat(reader.readModels().visit(VISIT)).contains(folded);
            assertThat(reader.readModels().timeline(AZ_PK)).hasSize(1);
            assertThat(reader.commandLog().contains("digest-1")).isTrue();
            assertThat(payloads(history(reader.eventStorage(storedNames()), VISIT))).containsExactly(scheduled(VISIT));
            assertThatThrownBy(() -> reader.commandLog().record(AppliedCommand.of("digest-2", "no")))
                    .as("a read-only storage refuses writes").isInstanceOf(RuntimeException.class);
        }

        assertThat(fingerprint(data())).isEqualTo(before);
    }

    @Test
    void aReadOnlyStorageReadsWhatAnOpenWriterCommittedToItsLogOnly() {
        JdbcStorage writer = open();
        VisitRecord folded = scheduledAndFolded(writer);
        assertThat(data().resolve("entente.db-wal")).as("the writer keeps its log open").exists();

        JdbcStorage reader = readOnly();

        assertThat(reader.readModels().visit(VISIT)).contains(folded);
        assertThat(reader.readModels().timeline(AZ_PK)).hasSize(1);
        assertThat(payloads(history(reader.eventStorage(storedNames()), VISIT))).containsExactly(scheduled(VISIT));
    }

    @Test
    void aWriteToAReadOnlyStorageSaysTheStoreCannotBeWrittenNotThatAnIdentifierIsTaken() {
        try (JdbcStorage writer = JdbcStorage.sqlite(data(), EntenteJson.mapper())) {
            writer.createEventSchema();
        }
        JdbcStorage reader = readOnly();
        EventStorageEngine engine = reader.eventStorage(settings());

        assertThatThrownBy(() -> engine.appendEvents(event(VISIT, 0, scheduled(VISIT))))
                .isInstanceOfSatisfying(StoreUnavailable.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreUnavailable.Reason.READ_ONLY))
                .hasMessage("The store cannot be written: the database is read-only");
    }

    @Test
    void aReadOnlyStorageNeedsAnExistingDatabase() {
        assertThatThrownBy(() -> JdbcStorage.builder(EntenteJson.mapper()).sqlite(directory.resolve("nothing"))
                .readOnly().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no database");
        assertThat(directory.resolve("nothing")).doesNotExist();
    }

    @Test
    void aSecondWriterWaitsForTheFirstAndGivesUpAfterTheBusyTimeoutSayingSo() {
        JdbcStorage first = open();
        EventStorageEngine firstEvents = first.eventStorage(settings());
        JdbcStorage second = track(builder().busyTimeout(Duration.ofMillis(200)).build());
        EventStorageEngine secondEvents = second.eventStorage(settings());

        Transaction writing = first.transactionManager().startTransaction();
        try {
            firstEvents.appendEvents(event(VISIT, 0, scheduled(VISIT)));

            VisitId other = VisitId.of("other-visit");
            assertThatThrownBy(() -> secondEvents.appendEvents(event(other, 0, scheduled(other))))
                    .isInstanceOfSatisfying(StoreUnavailable.class,
                            e -> assertThat(e.reason()).isEqualTo(StoreUnavailable.Reason.BUSY))
                    .hasMessage("The store is busy: another process is writing to it");
            for (int attempt = 1; attempt <= 2; attempt++) {
                assertThatThrownBy(() -> second.transactionManager().executeInTransaction(() -> { }))
                        .as("a transaction waiting to begin gives up too, every time it is tried")
                        .isInstanceOfSatisfying(StoreUnavailable.class,
                                e -> assertThat(e.reason()).isEqualTo(StoreUnavailable.Reason.BUSY));
            }
            assertThat(second.readModels().visit(VISIT)).as("the read models are read alongside the writer").isEmpty();
            assertThat(everything(readOnly().eventStorage(settings())))
                    .as("a read-only storage reads the events alongside the writer, as committed").isEmpty();
        } finally {
            writing.commit();
        }
        assertThat(everything(secondEvents)).hasSize(1);
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Every file in {@code directory} with the SHA-256 of its bytes. */
    static Map<String, String> fingerprint(Path directory) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(directory)) {
            for (Path path : paths.toList()) {
                files.put(path.getFileName().toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** Stores a visit's scheduling and folds it into the storage's read models; the record they then answer with. */
    static VisitRecord scheduledAndFolded(JdbcStorage storage) {
        EventHistory history = new EventHistory(storage, storedNames());
        history.visit(VISIT, scheduled(VISIT));
        history.foldInto(storage.readModels());
        return history.inMemory().visit(VISIT).orElseThrow();
    }
}
