package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.application.query.AgreementQuery;
import dev.entente.application.query.ReadModels;
import dev.entente.domain.shared.Dyad;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A question reads an SQLite store through one connection, opened once and closed at its end (ADR 0034). */
class OneConnectionTest {

    private static final Dyad AZ_PK = Dyad.of("AZ", "PK");

    @TempDir
    static Path directory;

    static Path populated;

    @BeforeAll
    static void applyTheReferenceChronicle() {
        populated = directory.resolve("store");
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", populated.toString());
        // Apply may end before the read models have read every event; a first question brings them up to date (with
        // an engine, if it must), so that the questions below read them as they stand.
        Cli.ok("state", "AZ", "PK", "--store", populated.toString());
    }

    @Test
    void every_question_of_a_session_reads_through_one_connection_and_writes_nothing() {
        Map<String, String> before = Cli.fingerprint(populated);

        try (Session session = Session.forQuestions(Store.of(populated.toString()))) {
            ReadModels models = session.readModels();
            assertThat(models.stateOf(AZ_PK, LocalDate.of(2024, 7, 13)).agreementsByStatus()).isNotEmpty();
            assertThat(models.timeline(AZ_PK, null, null)).isNotEmpty();
            assertThat(models.visits(AZ_PK)).hasSize(1);
            assertThat(models.agreements(AgreementQuery.on(LocalDate.of(2024, 7, 13)))).isNotEmpty();

            assertThat(session.connectionsOpened()).isEqualTo(1);
        }
        assertThat(Cli.fingerprint(populated)).isEqualTo(before);
    }

    @Test
    void a_question_asked_read_only_reads_through_one_connection_too() {
        try (Session session = Session.forQuestions(Store.of(populated.toString(), true))) {
            session.readModels().stateOf(AZ_PK, LocalDate.of(2024, 7, 13));

            assertThat(session.connectionsOpened()).isEqualTo(1);
        }
    }

    @Test
    void closing_the_handed_out_connection_keeps_it_open_for_the_next_step_and_closing_the_source_closes_it()
            throws Exception {
        OneConnection source = new OneConnection(sqlite());
        Connection first = source.getConnection();
        first.close();
        Connection second = source.getConnection();

        assertThat(second).isSameAs(first);
        assertThat(second.isClosed()).isFalse();
        assertThat(count(second)).isPositive();
        assertThat(source.opened()).isEqualTo(1);

        source.close();

        assertThat(second.isClosed()).isTrue();
        assertThatThrownBy(source::getConnection).isInstanceOf(SQLException.class);
    }

    @Test
    void another_thread_gets_a_connection_of_its_own_which_it_closes() throws Exception {
        try (OneConnection source = new OneConnection(sqlite())) {
            Connection mine = source.getConnection();

            Connection theirs = CompletableFuture.supplyAsync(() -> {
                try {
                    return source.getConnection();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).get();

            assertThat(theirs).isNotSameAs(mine);
            assertThat(source.opened()).isEqualTo(2);
            theirs.close();
            assertThat(theirs.isClosed()).isTrue();
            assertThat(mine.isClosed()).isFalse();
        }
    }

    private static SQLiteDataSource sqlite() {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + populated.resolve("entente.db").toUri() + "?mode=ro&immutable=1");
        source.setReadOnly(true);
        return source;
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
