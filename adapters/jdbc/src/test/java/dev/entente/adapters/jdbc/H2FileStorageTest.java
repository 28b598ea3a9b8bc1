package dev.entente.adapters.jdbc;

import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.spi.AppliedCommand;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.visit.VisitId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on an H2 file database in a temporary directory. */
class H2FileStorageTest extends JdbcStorageContract {

    @TempDir
    Path directory;

    @Override
    protected JdbcStorage openWithFactory() {
        return JdbcStorage.h2(directory.resolve("data"), EntenteJson.mapper());
    }

    @Override
    protected JdbcStorage.Builder builder() {
        return JdbcStorage.builder(EntenteJson.mapper()).h2(directory.resolve("data"));
    }

    @Test
    void keepsItsFilesInTheGivenDirectoryAndSaysSo() {
        JdbcStorage storage = open();

        assertThat(directory.resolve("data").resolve("entente.mv.db")).exists();
        assertThat(storage.describe()).isEqualTo("H2 database at " + directory.resolve("data"));
    }

    @Test
    void closingReleasesThePoolItCreated() {
        JdbcStorage storage = open();
        storage.close();

        assertThatThrownBy(() -> storage.transactionManager().getConnection().close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void anInMemoryDatabaseKeepsItsDataAcrossStoragesOfTheSameName() {
        VisitId visit = VisitId.of("in-memory-visit");
        VisitRecord folded;
        try (JdbcStorage first = JdbcStorage.h2InMemory("entente-test-memory", EntenteJson.mapper())) {
            folded = scheduledAndFolded(first, visit);
            assertThat(first.describe()).isEqualTo("in-memory H2 database 'entente-test-memory'");
        }
        try (JdbcStorage second = JdbcStorage.h2InMemory("entente-test-memory", EntenteJson.mapper())) {
            assertThat(second.readModels().visit(visit)).contains(folded);
            assertThat(second.readModels().visitsOf(AZ_PK)).containsExactly(folded);
        }
        try (JdbcStorage other = JdbcStorage.h2InMemory("entente-test-other", EntenteJson.mapper())) {
            other.createEventSchema();
            assertThat(other.readModels().visit(visit)).isEmpty();
            assertThat(other.readModels().timeline(AZ_PK)).isEmpty();
        }
    }

    @Test
    void aReadOnlyStorageReadsAnExistingDatabaseWithoutChangingAByteOfIt() throws Exception {
        VisitId visit = VisitId.of("read-only-visit");
        VisitRecord folded;
        try (JdbcStorage writer = JdbcStorage.h2(directory.resolve("data"), EntenteJson.mapper())) {
            folded = scheduledAndFolded(writer, visit);
            writer.commandLog().record(AppliedCommand.of("digest-1", "chronicle.json:3:5"));
        }
        Path file = directory.resolve("data").resolve("entente.mv.db");
        byte[] before = Files.readAllBytes(file);

        try (JdbcStorage reader = JdbcStorage.builder(EntenteJson.mapper()).h2(directory.resolve("data")).readOnly().build()) {
            assertThat(reader.readModels().visit(visit)).contains(folded);
            assertThat(reader.readModels().timeline(AZ_PK)).hasSize(1);
            assertThat(reader.commandLog().contains("digest-1")).isTrue();
            assertThatThrownBy(() -> reader.commandLog().record(AppliedCommand.of("digest-2", "no")))
                    .as("a read-only storage refuses writes").isInstanceOf(RuntimeException.class);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aWriteToAReadOnlyStorageSaysTheStoreCannotBeWrittenNotThatAnIdentifierIsTaken() {
        try (JdbcStorage writer = JdbcStorage.h2(directory.resolve("data"), EntenteJson.mapper())) {
            writer.createEventSchema();
        }
        try (JdbcStorage reader = JdbcStorage.builder(EntenteJson.mapper()).h2(directory.resolve("data")).readOnly().build()) {
            VisitId visit = VisitId.of("read-only-visit");

            assertThatThrownBy(() -> reader.eventStorage(settings()).appendEvents(event(visit, 0, scheduled(visit))))
                    .isInstanceOfSatisfying(StoreUnavailable.class,
                            e -> assertThat(e.reason()).isEqualTo(StoreUnavailable.Reason.READ_ONLY))
                    .hasMessage("The store cannot be written: the database is read-only");
        }
    }

    @Test
    void aReadOnlyStorageNeedsAnExistingDatabase() {
        assertThatThrownBy(() -> JdbcStorage.builder(EntenteJson.mapper()).h2(directory.resolve("nothing")).readOnly().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no database");
        assertThat(directory.resolve("nothing")).doesNotExist();
    }

    /** Stores a visit's scheduling and folds it into the storage's read models; the record they then answer with. */
    private static VisitRecord scheduledAndFolded(JdbcStorage storage, VisitId visit) {
        EventHistory history = new EventHistory(storage, storedNames());
        history.visit(visit, scheduled(visit));
        history.foldInto(storage.readModels());
        return history.inMemory().visit(visit).orElseThrow();
    }
}
