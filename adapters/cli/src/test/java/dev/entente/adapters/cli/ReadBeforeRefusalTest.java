package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The check folds a long chronicle's beginning while its end is still read (ADR 0025, amended), yet what
 * {@code apply} reports is what it reported when it read everything first: an error of the chronicle, anywhere in any
 * file, before a rule's refusal of an earlier command (exit 2, not 1), in a JSON document and in JSON Lines; a
 * refusal alone, wherever it is, with exit 1; and not a byte of the store written either way.
 */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadBeforeRefusalTest extends ChroniclesOnAPopulatedStore {

    /** More than the reader's chunk of 2,000 commands, so that the check starts before the read ends. */
    private static final int VISITS = 4_500;

    /** The reference chronicle's visit is over: a second arrival is refused by a rule. */
    private static final String REFUSED = "{\"type\": \"RecordArrival\", \"visitId\": \"aliyev-pakistan-2024\", "
            + "\"occurredOn\": \"2024-07-11\", \"place\": \"Islamabad International Airport\"}";

    private static String schedule(int i) {
        return "{\"type\": \"ScheduleVisit\", \"visitId\": \"visit-" + i + "\", \"occurredOn\": \"2024-07-10\","
                + " \"guest\": {\"name\": \"Guest " + i + "\", \"office\": \"head-of-state\", \"country\": \"AZ\"},"
                + " \"host\": \"PK\", \"kind\": \"state\", \"plannedFrom\": \"2024-07-11\", \"plannedTo\": \"2024-07-12\","
                + " \"sources\": [{\"title\": \"Report " + i + "\", \"publisher\": \"Wire\", \"published\": \"2024-07-10\"}]}";
    }

    /** A refused command first, then {@value #VISITS} good ones, the last of them written wrong if asked. */
    private static List<String> refusedFirst(boolean badAtTheEnd) {
        List<String> commands = new ArrayList<>();
        commands.add(REFUSED);
        for (int i = 0; i < VISITS; i++) {
            commands.add(schedule(i));
        }
        if (badAtTheEnd) {
            commands.set(VISITS, commands.get(VISITS).replace("\"kind\": \"state\"", "\"kind\": \"stately\""));
        }
        return commands;
    }

    private Path lines(String name, List<String> commands) {
        return Cli.write(directory.resolve(name), "{\"format\": \"entente-chronicle/1\"}\n"
                + String.join("\n", commands) + "\n");
    }

    private Path document(String name, List<String> commands) {
        return chronicle(name, commands.toArray(String[]::new));
    }

    @Test
    void a_json_document_refused_at_its_start_and_written_wrong_at_its_end_reports_the_error_of_its_end() {
        Path file = document("long.json", refusedFirst(true));

        Cli.Result result = apply(2, file);

        assertThat(result.err()).contains(file + ":" + (VISITS + 4) + ":").contains("stately")
                .contains("entente: nothing was written (1 error).").doesNotContain("refused by rule");
    }

    @Test
    void json_lines_refused_at_their_start_and_written_wrong_at_their_end_report_the_error_of_their_end() {
        Path file = lines("long.jsonl", refusedFirst(true));

        Cli.Result result = apply(2, file);

        assertThat(result.err()).contains(file + ":" + (VISITS + 2) + ":").contains("stately")
                .doesNotContain("refused by rule");
    }

    @Test
    void a_file_refused_at_its_start_and_a_later_file_written_wrong_report_the_later_files_error() {
        Path first = lines("first.jsonl", refusedFirst(false));
        Path second = chronicle("second.json", schedule(VISITS).replace("\"host\": \"PK\",", ""));

        Cli.Result result = apply(2, first, second);

        assertThat(result.err()).contains(second + ":4:").doesNotContain("refused by rule");
    }

    @Test
    void a_long_chronicle_refused_in_its_first_part_and_read_without_error_is_refused_by_the_rule() {
        Path file = lines("long.jsonl", refusedFirst(false));

        Cli.Result result = apply(1, file);

        assertThat(result.err().lines()).containsExactly(file + ":2:1 RecordArrival: RecordArrival refused by rule "
                + "visit.already-concluded: Visit aliyev-pakistan-2024 concluded on 2024-07-12; nothing more can "
                + "happen to it (refused: RecordArrival on 2024-07-11).", "entente: nothing was written.");
    }

    @Test
    void a_long_chronicle_refused_in_its_last_part_is_refused_by_the_rule() {
        List<String> commands = refusedFirst(false);
        commands.add(commands.remove(0));
        Path file = document("long.json", commands);

        Cli.Result result = apply(1, file);

        assertThat(result.err()).startsWith(file + ":" + (VISITS + 4) + ":1 RecordArrival: RecordArrival refused by "
                + "rule visit.already-concluded");
    }
}
