package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code entente export}, {@code import} and {@code replay}: a history moved to another store through its event log
 * is the same history, byte for byte, and answers the same questions the same way.
 */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EventLogCommandTest {

    /** The questions asked of both stores, each answered as JSON. */
    private static final List<List<String>> QUESTIONS = List.of(
            List.of("state", "AZ", "PK", "--as-of", "2024-07-13"),
            List.of("state", "AZ", "PK", "--as-of", "2024-07-10"),
            List.of("state", "FR", "DE", "--as-of", "2024-06-01"),
            List.of("timeline", "AZ", "PK"),
            List.of("timeline", "FR", "DE", "--from", "2020-01-01"),
            List.of("agreements", "--as-of", "2024-12-31"),
            List.of("agreements", "--party", "AZ", "--status", "signed", "--as-of", "2024-07-13"),
            List.of("visits", "AZ", "PK"));

    @TempDir
    static Path directory;
    private static String source;
    private static String imported;
    private static Path exported;
    private static Cli.Result importing;

    @BeforeAll
    static void exportTheExamplesAndImportThemIntoAnotherStore() {
        source = directory.resolve("source").toString();
        imported = directory.resolve("other").toString();
        exported = directory.resolve("a.jsonl");
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), Cli.example(Cli.FRANCE_GERMANY).toString(),
                "--store", source);
        Cli.ok("export", "-o", exported.toString(), "--store", source);
        importing = Cli.ok("import", exported.toString(), "--store", imported);
    }

    @Test
    void export_import_and_export_again_gives_the_same_file_byte_for_byte() throws IOException {
        assertThat(importing.out()).contains("Imported 50 events and 42 applied commands into the store "
                + Path.of(imported).toAbsolutePath(), "The read models are built from the imported history.");
        Path again = directory.resolve("b.jsonl");
        Cli.Result export = Cli.ok("export", "-o", again.toString(), "--store", imported);
        assertThat(export.err()).contains("Exported 50 events to " + again);

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(exported));
        List<String> lines = Files.readAllLines(exported);
        assertThat(lines).hasSize(1 + 50 + 42 + 1);
        assertThat(lines.get(0)).isEqualTo("{\"format\":\"entente-event-log/2\"}");
        assertThat(lines.subList(51, 93)).allSatisfy(line -> assertThat(line).startsWith("{\"command\":"));
        assertThat(lines.get(93)).startsWith("{\"end\":\"entente-event-log/2\",\"events\":50,\"commands\":42,");
        assertThat(lines.get(1)).contains("\"aggregateId\":\"visit:aliyev-pakistan-2024\"", "\"sequence\":0",
                "\"name\":\"visit.scheduled\"");
    }

    @Test
    void export_to_standard_output_writes_the_same_log() throws IOException {
        Cli.Result export = Cli.ok("export", "--store", imported);
        assertThat(export.out()).isEqualTo(Files.readString(exported));
    }

    @Test
    void the_imported_store_answers_every_question_as_the_original_does_also_after_a_replay() {
        Map<String, JsonNode> original = answers(source);
        assertThat(original.values()).allSatisfy(answer -> assertThat(answer.isContainerNode()).isTrue());
        assertThat(original.get("state AZ PK --as-of 2024-07-13").path("partnership").path("level").asText())
                .isEqualTo("strategic partnership");
        assertThat(original.get("timeline AZ PK")).hasSize(39);
        assertThat(original.get("agreements --as-of 2024-12-31")).hasSize(11);

        assertThat(answers(imported)).isEqualTo(original);

        Cli.Result replay = Cli.ok("replay", "--store", imported);
        assertThat(replay.out()).startsWith("Replayed 50 events in ").contains("every read model is rebuilt");

        assertThat(answers(imported)).isEqualTo(original);
    }

    @Test
    void the_applied_commands_travel_with_the_log_so_applying_the_chronicles_again_adds_nothing() throws IOException {
        Path copy = directory.resolve("extended");
        Path log = directory.resolve("c.jsonl");
        Cli.ok("export", "-o", log.toString(), "--store", imported);
        Cli.ok("import", log.toString(), "--store", copy.toString());

        Cli.Result again = Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(),
                Cli.example(Cli.FRANCE_GERMANY).toString(), "--store", copy.toString());

        assertThat(again.out()).startsWith("Applied 0 commands; skipped 42 applied before");
        Cli.ok("check", "--store", copy.toString());
    }

    @Test
    void a_log_with_unreadable_events_is_refused_with_every_line_and_code_and_nothing_is_written() throws IOException {
        List<String> lines = Files.readAllLines(exported);
        lines.set(1, lines.get(1).replace("\"name\":\"visit.scheduled\"", "\"name\":\"visit.teleported\""));
        lines.set(2, lines.get(2).replace("\"occurredOn\":\"2024-07-11\"", "\"occurredOn\":\"soon\""));
        Path damaged = Cli.write(directory.resolve("damaged.jsonl"), String.join("\n", lines) + "\n");
        Path target = directory.resolve("refused");

        Cli.Result result = Cli.run("import", damaged.toString(), "--store", target.toString());

        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(result.err()).contains("Line 2: no domain event is stored under the name visit.teleported "
                        + "[eventlog.unknown-event]", "Line 3: ", "soon", "[eventlog.invalid-payload]",
                "[eventlog.checksum-mismatch]");
        assertThat(result.out()).doesNotContain("Imported");
        assertThat(Cli.ok("check", "--store", target.toString()).out())
                .startsWith("The store is whole: 0 events in 0 aggregates, 0 applied commands;");
    }

    @Test
    void a_log_cut_at_a_line_boundary_is_refused_as_truncated() throws IOException {
        List<String> lines = Files.readAllLines(exported);
        Path cut = Cli.write(directory.resolve("cut.jsonl"), String.join("\n", lines.subList(0, 21)) + "\n");

        Cli.Result result = Cli.run("import", cut.toString(), "--store", directory.resolve("cut").toString());

        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(result.err()).contains("Line 22: the end marker is missing", "[eventlog.truncated]");
    }

    @Test
    void importing_into_a_store_that_holds_events_is_refused_and_changes_nothing() throws IOException {
        Map<String, String> before = Cli.fingerprint(Path.of(source));

        Cli.Result result = Cli.run("import", exported.toString(), "--store", source);

        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(result.err()).contains("The store already holds events; an event log is imported only into an "
                + "empty store [eventlog.store-not-empty]");
        assertThat(result.out()).doesNotContain("Imported");
        assertThat(Cli.fingerprint(Path.of(source))).as("every file of the store, byte for byte").isEqualTo(before);
        Path after = directory.resolve("after-refused-import.jsonl");
        Cli.ok("export", "-o", after.toString(), "--store", source);
        assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(exported));
    }

    @Test
    void importing_a_file_that_does_not_exist_is_a_usage_error() {
        Path nowhere = directory.resolve("no-store");
        Cli.Result result = Cli.run("import", directory.resolve("missing.jsonl").toString(), "--store",
                nowhere.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("entente: cannot read event log " + directory.resolve("missing.jsonl")
                + ": No such file or directory");
        assertThat(nowhere).doesNotExist();
    }

    private static Map<String, JsonNode> answers(String store) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (List<String> question : QUESTIONS) {
            String[] args = new String[question.size() + 4];
            question.toArray(args);
            args[question.size()] = "--format";
            args[question.size() + 1] = "json";
            args[question.size() + 2] = "--store";
            args[question.size() + 3] = store;
            answers.put(String.join(" ", question), Cli.ok(args).json());
        }
        return answers;
    }
}
