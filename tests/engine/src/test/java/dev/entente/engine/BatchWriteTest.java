package dev.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.domain.fixtures.ReferenceArticle;
import dev.entente.embedded.Entente;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a checked batch's write leaves in a SQLite store (ADR 0039): events under time-ordered identifiers, in the
 * order they were appended, from one batch to the next.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BatchWriteTest {

    @TempDir
    Path directory;

    @Test
    void the_events_of_batches_get_version_7_identifiers_rising_with_their_place_from_one_batch_to_the_next()
            throws SQLException {
        try (EntenteEngine engine = Entente.builder().storage(JdbcStorage.sqlite(directory, EntenteJson.mapper()))
                .start()) {
            List<Object> commands = ReferenceArticle.commands();
            int half = commands.size() / 2;
            List<PlannedCommand> batch = EngineContract.planned(commands);
            engine.apply(batch.subList(0, half));
            engine.apply(batch.subList(half, batch.size()));
        }

        List<String> identifiers = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:"
                + directory.resolve(JdbcStorage.SQLITE_FILE));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT eventIdentifier FROM DomainEventEntry ORDER BY globalIndex")) {
            while (rows.next()) {
                identifiers.add(rows.getString(1));
            }
        }
        assertThat(identifiers).hasSizeGreaterThanOrEqualTo(ReferenceArticle.commands().size()).isSorted()
                .doesNotHaveDuplicates()
                .allSatisfy(identifier -> assertThat(UUID.fromString(identifier).version()).isEqualTo(7));
    }
}
