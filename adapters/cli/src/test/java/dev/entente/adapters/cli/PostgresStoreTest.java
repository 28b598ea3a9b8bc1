package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The command on a PostgreSQL store, given as a {@code jdbc:postgresql:} URL to {@code --store}. */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PostgresStoreTest {

    private static EmbeddedPostgres postgres;
    private static String url;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        url = postgres.getJdbcUrl("postgres", "postgres");
        assertThat(url).startsWith("jdbc:postgresql://");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void the_reference_chronicle_applied_to_PostgreSQL_shows_the_visit_in_the_state_after_it() {
        Cli.Result applied = Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", url);
        assertThat(applied.out()).isEqualTo("Applied 32 commands (PostgreSQL store).\n");

        Cli.Result state = Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-13", "--store", url);
        assertThat(state.outLines()).contains(
                "Azerbaijan–Pakistan (AZ-PK) on 2024-07-13",
                "  Partnership            strategic partnership, since 2024-07-12, last affirmed 2024-07-12",
                "  Agreements             10: 3 signed, 7 in force",
                "  Visits                 1 took place: state visit 1; by head of state 1",
                "  Last high-level visit  Ilham Aliyev (head of state, AZ) in Pakistan, state visit, 2024-07-11 to "
                        + "2024-07-12");

        Cli.Result again = Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", url);
        assertThat(again.out()).isEqualTo("Applied 0 commands; skipped 32 applied before (PostgreSQL store).\n");
    }

    @Test
    void a_command_run_in_process_leaves_no_connection_open() throws Exception {
        Cli.ok("visits", "AZ", "PK", "--store", url);
        Cli.ok("agreements", "--party", "PK", "--as-of", "2024-07-13", "--store", url);

        assertThat(otherConnectionsOnceTheServerHasSeenThemClose()).isZero();
    }

    /**
     * The client connections other than this one. A server process ends a moment after its client closes the
     * connection, so this waits (a few seconds at most) for the count to drop to 0 before returning it.
     */
    private static int otherConnectionsOnceTheServerHasSeenThemClose() throws SQLException, InterruptedException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity "
                     + "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
            int open = Integer.MAX_VALUE;
            for (int attempt = 0; attempt < 100 && open > 0; attempt++) {
                if (attempt > 0) {
                    Thread.sleep(50);
                }
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    open = rows.getInt(1);
                }
            }
            return open;
        }
    }
}
