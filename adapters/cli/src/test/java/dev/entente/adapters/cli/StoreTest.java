package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.embedded.Entente;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store as the command finds it: SQLite, an earlier version's H2, read-only, or busy. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoreTest {

    @TempDir
    static Path shared;

    private static Path populated;

    @BeforeAll
    static void applyTheReferenceChronicle() {
        populated = shared.resolve("populated");
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", populated.toString());
        // apply returns once the history is written; the first question brings the read models up to date.
        Cli.ok("state", "AZ", "PK", "--store", populated.toString());
    }

    @Test
    void a_new_store_is_an_sqlite_database_in_the_directory(@TempDir Path directory) {
        Path store = directory.resolve("fresh");
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", store.toString());

        assertThat(Cli.fingerprint(store)).containsOnlyKeys("", "entente.db");
    }

    @Nested
    class A_legacy_h2_store {

        /** The reference chronicle applied as an earlier version did: to an H2 database in the directory. */
        private Path legacy(Path directory) throws Exception {
            Path store = directory.resolve("legacy");
            List<PlannedCommand> batch = ApplyCommand.read(List.of(Cli.example(Cli.REFERENCE)));
            try (EntenteEngine engine = Entente.builder().storage(JdbcStorage.h2(store, EntenteJson.mapper())).start()) {
                engine.apply(batch);
                engine.awaitReadModels();
            }
            assertThat(store.resolve("entente.mv.db")).exists();
            return store;
        }

        @Test
        void is_refused_at_once_by_every_command_but_export_with_the_way_to_migrate(@TempDir Path directory)
                throws Exception {
            Path store = legacy(directory);
            Map<String, String> before = Cli.fingerprint(store);

            for (String[] args : List.of(
                    new String[] {"apply", Cli.example(Cli.REFERENCE).toString()},
                    new String[] {"state", "AZ", "PK", "--as-of", "2024-07-13"},
                    new String[] {"timeline", "AZ", "PK"},
                    new String[] {"agreements"},
                    new String[] {"visits", "AZ", "PK"},
                    new String[] {"replay"},
                    new String[] {"import", Cli.write(directory.resolve("empty.jsonl"), "").toString()})) {
                List<String> withStore = new ArrayList<>(List.of(args));
                withStore.addAll(List.of("--store", store.toString()));
                Cli.Result result = Cli.run(withStore.toArray(String[]::new));

                assertThat(result.exitCode()).as("%s\n%s", args[0], result).isEqualTo(ExitCode.BAD_INPUT);
                assertThat(result.err().lines()).as(args[0]).singleElement().asString()
                        .contains("holds the H2 store of an earlier version of Entente")
                        .contains("entente export --store " + store + " -o history.jsonl && entente import "
                                + "history.jsonl --store NEW");
            }
            assertThat(Cli.fingerprint(store)).as("the legacy store's files").isEqualTo(before);
        }

        @Test
        void is_exported_and_its_history_imported_into_a_new_store_that_answers_as_the_old_one_did(
                @TempDir Path directory) throws Exception {
            Path store = legacy(directory);
            Path log = directory.resolve("history.jsonl");
            Path fresh = directory.resolve("new");

            Cli.ok("export", "--store", store.toString(), "-o", log.toString());
            Cli.ok("import", log.toString(), "--store", fresh.toString());

            assertThat(Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-13", "--store", fresh.toString()).outLines())
                    .isEqualTo(Cli.STATE_AFTER_THE_VISIT);
            assertThat(fresh.resolve("entente.db")).exists();
        }
    }

    @Nested
    class A_store_that_cannot_be_written {

        @Test
        void answers_questions_from_the_read_models_without_changing_a_byte() {
            Map<String, String> before = Cli.fingerprint(populated);

            Cli.Result state = Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-13", "--store", populated.toString(),
                    "--read-only");
            Cli.ok("timeline", "AZ", "PK", "--store", populated.toString(), "--read-only");
            Cli.ok("visits", "AZ", "PK", "--store", populated.toString(), "--read-only");
            Cli.ok("agreements", "--store", populated.toString(), "--read-only");

            assertThat(state.outLines()).isEqualTo(Cli.STATE_AFTER_THE_VISIT);
            assertThat(state.err()).isEmpty();
            assertThat(Cli.fingerprint(populated)).isEqualTo(before);
        }

        @Test
        void refuses_apply_import_and_replay_at_once_in_one_sentence() {
            Map<String, String> before = Cli.fingerprint(populated);

            for (String[] args : List.of(
                    new String[] {"apply", Cli.example(Cli.FRANCE_GERMANY).toString()},
                    new String[] {"replay"},
                    new String[] {"import", Cli.example(Cli.REFERENCE).toString()})) {
                List<String> withStore = new ArrayList<>(List.of(args));
                withStore.addAll(List.of("--store", populated.toString(), "--read-only"));
                Cli.Result result = Cli.run(withStore.toArray(String[]::new));

                assertThat(result.exitCode()).as("%s\n%s", args[0], result).isEqualTo(ExitCode.BAD_INPUT);
                assertThat(result.err()).as(args[0]).isEqualTo("entente: The store " + populated
                        + " cannot be written: it was opened with --read-only.\n");
            }
            assertThat(Cli.fingerprint(populated)).isEqualTo(before);
        }

        @Test
        void answers_from_read_models_that_are_behind_as_they_stand_and_warns(@TempDir Path directory)
                throws Exception {
            Path store = Cli.copy(populated, directory.resolve("behind"));
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("entente.db"));
                 Statement statement = connection.createStatement()) {
                // As if the process that applied the history had been killed before its read models caught up.
                statement.executeUpdate("DELETE FROM entente_rm_record WHERE model = 'visit'");
                statement.executeUpdate("UPDATE TokenEntry SET token = NULL, tokenType = NULL "
                        + "WHERE processorName = 'entente-read-models'");
            }
            Map<String, String> before = Cli.fingerprint(store);

            Cli.Result result = Cli.ok("visits", "AZ", "PK", "--store", store.toString(), "--read-only");

            assertThat(result.out()).as("the visits the read models lost are not there").doesNotContain("Aliyev");
            assertThat(result.err()).startsWith("entente: warning: the read models have not caught up with the "
                    + "history").contains("cannot be written (it was opened with --read-only)");
            assertThat(Cli.fingerprint(store)).isEqualTo(before);
        }

        @Test
        void brings_read_models_that_are_behind_up_to_date_first_when_it_can_be_written(@TempDir Path directory)
                throws Exception {
            Path store = Cli.copy(populated, directory.resolve("behind-writable"));
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("entente.db"));
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM entente_rm_record");
                statement.executeUpdate("DELETE FROM entente_rm_link");
                statement.executeUpdate("DELETE FROM entente_rm_timeline");
                statement.executeUpdate("DELETE FROM TokenEntry");
            }

            Cli.Result result = Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-13", "--store", store.toString());

            assertThat(result.outLines()).isEqualTo(Cli.STATE_AFTER_THE_VISIT);
            assertThat(result.err()).isEmpty();
        }
    }

    @Test
    void a_writer_finding_another_process_writing_waits_then_says_the_store_is_busy(@TempDir Path directory)
            throws Exception {
        Path store = Cli.copy(populated, directory.resolve("busy"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("entente.db"));
             Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");

            Cli.Result question = Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-13", "--store", store.toString());
            Cli.Result apply = Cli.run("apply", Cli.example(Cli.FRANCE_GERMANY).toString(), "--store", store.toString());

            assertThat(question.outLines()).as("a question is answered alongside the writer")
                    .isEqualTo(Cli.STATE_AFTER_THE_VISIT);
            assertThat(apply.exitCode()).as(apply.toString()).isEqualTo(ExitCode.FAILED);
            assertThat(apply.err()).isEqualTo("entente: another process is writing to the store " + store.toAbsolutePath().normalize()
                    + "; waiting up to 30 s for it to finish...\n"
                    + "entente: The store is busy: another process is writing to it\n");
            statement.execute("ROLLBACK");
        }
        Cli.ok("apply", Cli.example(Cli.FRANCE_GERMANY).toString(), "--store", store.toString());
        assertThat(Files.exists(store.resolve("entente.db"))).isTrue();
    }
}
