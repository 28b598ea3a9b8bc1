package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.adapters.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** {@code entente check}: one line for a whole store, exit 4 and every problem for a damaged one, never a write. */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CheckCommandTest {

    @TempDir
    Path directory;

    /** The reference chronicle applied, and its read models brought up to date by a query. */
    private String applied() {
        String store = directory.resolve("store").toString();
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", store);
        Cli.ok("visits", "AZ", "PK", "--store", store);
        return store;
    }

    @Test
    void read_models_an_engine_has_yet_to_bring_up_to_date_are_a_delay_not_damage() {
        String store = directory.resolve("store").toString();
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", store);

        Cli.Result result = Cli.ok("check", "--store", store);

        assertThat(result.out()).startsWith("The store is whole: 39 events in 12 aggregates, 32 applied commands; "
                + "the read models equal a fresh fold");
    }

    @Test
    void a_whole_store_is_summed_up_in_one_line_and_not_a_byte_of_it_changes() {
        String store = applied();
        Map<String, String> before = Cli.fingerprint(Path.of(store));

        Cli.Result result = Cli.ok("check", "--store", store);

        assertThat(result.out()).isEqualTo("The store is whole: 39 events in 12 aggregates, 32 applied commands; "
                + "the read models equal a fresh fold.\n");
        assertThat(result.err()).isEmpty();
        assertThat(Cli.fingerprint(Path.of(store))).as("every file of the store, byte for byte").isEqualTo(before);
    }

    @Test
    void a_damaged_store_exits_4_listing_every_problem() {
        String store = applied();
        // A record is folded from its aggregate's events up to its row's position (ADR 0029): moved back to the
        // visit's first event, it reads as the visit stood then.
        sql(store, "UPDATE entente_rm_record SET event_position = (SELECT MIN(e.globalIndex) FROM DomainEventEntry e "
                + "WHERE e.aggregateIdentifier = entente_rm_record.aggregate_id) WHERE model = 'visit'");
        sql(store, "DELETE FROM entente_applied_command WHERE digest = (SELECT MIN(digest) FROM entente_applied_command)");
        sql(store, "UPDATE DomainEventEntry SET payloadType = 'visit.teleported' WHERE globalIndex = "
                + "(SELECT MAX(globalIndex) FROM DomainEventEntry WHERE payloadType = 'agreement.signed')");

        Cli.Result result = Cli.run("check", "--store", store);

        assertThat(result.exitCode()).as("%s", result).isEqualTo(4);
        assertThat(result.out()).contains("read model: visit aliyev-pakistan-2024: the stored record differs from a "
                        + "fresh fold of the history [check.read-model]",
                ": no domain event is stored under the name visit.teleported [check.unknown-event]");
        assertThat(result.err()).contains("entente: the store is not whole: ");
    }

    @Test
    void the_report_is_json_when_asked() {
        String store = applied();
        sql(store, "DELETE FROM entente_rm_timeline WHERE event_position = (SELECT MAX(event_position) "
                + "FROM entente_rm_timeline)");

        Cli.Result damaged = Cli.run("check", "--format", "json", "--store", store);

        assertThat(damaged.exitCode()).isEqualTo(4);
        JsonNode report = damaged.json();
        assertThat(report.get("whole").booleanValue()).isFalse();
        assertThat(report.get("events").longValue()).isEqualTo(39);
        assertThat(report.get("problems")).singleElement().satisfies(problem -> {
            assertThat(problem.get("code").textValue()).isEqualTo("check.read-model");
            assertThat(problem.get("where").textValue()).startsWith("read model: timeline entry of AZ-PK ");
        });
    }

    @Test
    void checking_a_store_that_does_not_exist_is_a_usage_error_and_creates_nothing() {
        Path nowhere = directory.resolve("nowhere");

        Cli.Result result = Cli.run("check", "--store", nowhere.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("There is no store at " + nowhere + " to check");
        assertThat(nowhere).doesNotExist();
    }

    /** Damage made by hand, as a disk fault or a careless edit would. */
    private static void sql(String store, String statement) {
        try (JdbcStorage storage = Store.of(store).open();
             Connection connection = storage.transactionManager().getConnection();
             PreparedStatement update = connection.prepareStatement(statement)) {
            assertThat(update.executeUpdate()).as(statement).isPositive();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
