package dev.entente.adapters.json.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.entente.application.batch.PlannedCommand;
import dev.entente.domain.visit.ScheduleVisit;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChronicleReaderTest {

    private final ChronicleReader reader = new ChronicleReader();

    @Test
    void a_document_with_every_command_type_reads_as_the_records_built_in_java() throws Exception {
        Chronicle chronicle = reader.read(EveryCommand.DOCUMENT, EveryCommand.resource(EveryCommand.DOCUMENT));

        assertThat(chronicle.name()).isEqualTo("every-command.json");
        assertThat(chronicle.title()).isEqualTo("Azerbaijan and Pakistan: every command of the chronicle format");
        assertThat(chronicle.commands()).extracting(ChronicleCommand::command)
                .containsExactlyElementsOf(EveryCommand.commands());
        assertThat(chronicle.commands()).extracting(ChronicleCommand::type).containsExactlyElementsOf(
                EveryCommand.commands().stream().map(command -> command.getClass().getSimpleName()).toList());
        assertThat(chronicle.commands()).extracting(ChronicleCommand::command).extracting(Object::getClass)
                .containsExactlyInAnyOrderElementsOf(CommandTypes.all());
    }

    @Test
    void the_same_chronicle_in_json_lines_reads_as_the_same_records_with_the_same_digests() throws Exception {
        Chronicle document = reader.read(EveryCommand.DOCUMENT, EveryCommand.resource(EveryCommand.DOCUMENT));

        Chronicle lines = reader.read(EveryCommand.LINES, EveryCommand.resource(EveryCommand.LINES));

        assertThat(lines.title()).isEqualTo(document.title());
        assertThat(lines.commands()).extracting(ChronicleCommand::command)
                .containsExactlyElementsOf(EveryCommand.commands());
        assertThat(lines.commands()).extracting(ChronicleCommand::digest)
                .containsExactlyElementsOf(document.commands().stream().map(ChronicleCommand::digest).toList());
    }

    @Test
    void each_command_is_located_where_its_object_starts_and_labelled_with_it() throws Exception {
        Chronicle document = reader.read(EveryCommand.DOCUMENT, EveryCommand.resource(EveryCommand.DOCUMENT));
        Chronicle lines = reader.read(EveryCommand.LINES, EveryCommand.resource(EveryCommand.LINES));

        assertThat(document.commands().get(0).location()).isEqualTo(new Location("every-command.json", 12, 5));
        assertThat(document.commands().get(1).location()).isEqualTo(new Location("every-command.json", 16, 5));
        // Line 1 is the header, line 2 a source, line 15 is blank.
        assertThat(lines.commands().get(0).location()).isEqualTo(new Location("every-command.jsonl", 3, 1));
        assertThat(lines.commands().get(12).location()).isEqualTo(new Location("every-command.jsonl", 16, 1));

        PlannedCommand planned = document.planned().get(0);
        assertThat(planned.command()).isEqualTo(EveryCommand.commands().get(0));
        assertThat(planned.digest()).isEqualTo(document.commands().get(0).digest()).matches("[0-9a-f]{64}");
        assertThat(planned.label()).isEqualTo("every-command.json:12:5 ScheduleVisit");
    }

    @Test
    void a_file_is_read_from_its_path_and_named_by_it(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("every-command.jsonl");
        Files.write(file, EveryCommand.resource(EveryCommand.LINES));

        Chronicle chronicle = reader.read(file);

        assertThat(chronicle.name()).isEqualTo(file.toString());
        assertThat(chronicle.commands()).extracting(ChronicleCommand::command)
                .containsExactlyElementsOf(EveryCommand.commands());
        assertThat(chronicle.commands().get(0).location().file()).isEqualTo(file.toString());
    }

    @Test
    void an_empty_commands_array_is_an_empty_chronicle() throws Exception {
        Chronicle chronicle = reader.read("empty.json",
                "{\"format\": \"entente-chronicle/1\", \"commands\": []}".getBytes(StandardCharsets.UTF_8));

        assertThat(chronicle.title()).isNull();
        assertThat(chronicle.commands()).isEmpty();
        assertThat(chronicle.planned()).isEmpty();
    }

    @Test
    void without_a_known_extension_the_content_decides_between_a_document_and_json_lines() throws Exception {
        String oneLineDocument = "{\"format\": \"entente-chronicle/1\", \"commands\": ["
                + establish("1992-06-09") + "]}";
        String linesWithoutHeader = establish("1992-06-09") + "\n" + establish("1992-06-10") + "\n";
        String linesWithHeader = "{\"format\": \"entente-chronicle/1\", \"title\": \"t\"}\n" + establish("1992-06-09");

        assertThat(reader.read("chronicle.txt", bytes(oneLineDocument)).commands()).hasSize(1);
        assertThat(reader.read("chronicle.txt", bytes(linesWithoutHeader)).commands()).hasSize(2);
        assertThat(reader.read("chronicle", bytes(linesWithHeader)).title()).isEqualTo("t");
        assertThat(reader.read("chronicle.ndjson", bytes(linesWithoutHeader)).commands()).hasSize(2);
    }

    @Test
    void a_utf8_byte_order_mark_is_skipped() throws Exception {
        byte[] document = bytes("\uFEFF{\"format\": \"entente-chronicle/1\", \"commands\": ["
                + establish("1992-06-09") + "]}");

        Chronicle chronicle = reader.read("bom.json", document);

        assertThat(chronicle.commands().get(0).location()).isEqualTo(new Location("bom.json", 1, 48));
    }

    @Test
    void enum_values_are_read_in_any_case_with_hyphens_underscores_or_spaces() throws Exception {
        for (String office : List.of("head-of-state", "HEAD_OF_STATE", "head of state", "Head-Of_State",
                " head  of state ")) {
            String command = "{\"type\": \"ScheduleVisit\", \"visitId\": \"v\", \"occurredOn\": \"2024-07-10\", "
                    + "\"guest\": {\"name\": \"Ilham Aliyev\", \"office\": \"" + office + "\", \"country\": \"az\"}, "
                    + "\"host\": \"PK\", \"kind\": \"official working\", \"plannedFrom\": \"2024-07-11\", "
                    + "\"plannedTo\": \"2024-07-12\"}";

            Chronicle chronicle = reader.read("office.jsonl", bytes(command));

            assertThat(chronicle.commands().get(0).command()).isEqualTo(new ScheduleVisit(VisitId.of("v"),
                    LocalDate.of(2024, 7, 10), EveryCommand.ALIYEV, EveryCommand.PK, VisitKind.OFFICIAL_WORKING,
                    LocalDate.of(2024, 7, 11), LocalDate.of(2024, 7, 12), List.of()));
        }
    }

    @Test
    void a_large_chronicle_of_twenty_thousand_commands_still_reads() throws Exception {
        StringBuilder document = new StringBuilder("{\"format\": \"entente-chronicle/1\", \"sources\": "
                + "[{\"id\": \"s\", \"title\": \"t\", \"publisher\": \"p\", \"published\": \"2024-01-01\"}], "
                + "\"commands\": [\n");
        LocalDate day = LocalDate.of(1900, 1, 1);
        for (int i = 0; i < 20_000; i++) {
            document.append(i == 0 ? "" : ",\n")
                    .append("{\"type\": \"DeclareSupport\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"")
                    .append(day.plusDays(i)).append("\", \"supporter\": \"AZ\", \"supported\": \"PK\", ")
                    .append("\"issue\": \"issue ").append(i).append("\", \"sources\": [\"s\"]}");
        }
        document.append("\n]}");

        Chronicle chronicle = reader.read("large.json", bytes(document.toString()));

        assertThat(chronicle.commands()).hasSize(20_000);
        assertThat(chronicle.commands().get(19_999).location()).isEqualTo(new Location("large.json", 20_001, 1));
        assertThat(chronicle.commands()).extracting(ChronicleCommand::digest).doesNotHaveDuplicates();
    }

    @Test
    void a_long_chronicle_read_in_parallel_chunks_gives_its_commands_and_errors_in_file_order() throws Exception {
        // Commands are bound in chunks of 2,000 on several threads: results and errors must come out as one pass
        // in order gives them, whichever chunk finishes first.
        LocalDate day = LocalDate.of(2000, 1, 1);
        StringBuilder lines = new StringBuilder("{\"type\": \"Source\", \"id\": \"s\", \"title\": \"t\", "
                + "\"publisher\": \"p\", \"published\": \"2000-01-01\"}\n");
        for (int i = 0; i < 7_000; i++) {
            lines.append("{\"type\": \"DeclareSupport\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"")
                    .append(day.plusDays(i)).append("\", \"supporter\": \"AZ\", \"supported\": \"PK\", ")
                    .append("\"issue\": \"issue ").append(i).append("\", \"sources\": [\"s\"]}\n");
        }
        String valid = lines.toString();

        Chronicle chronicle = reader.read("long.jsonl", bytes(valid));

        assertThat(chronicle.commands()).hasSize(7_000);
        assertThat(chronicle.commands()).extracting(command -> command.location().line())
                .containsExactlyElementsOf(IntStream.rangeClosed(2, 7_001).boxed().toList());
        assertThat(chronicle.commands().get(6_999).command().toString()).contains("issue 6999");
        for (int line : new int[] {2, 4_000, 7_001}) {
            String alone = valid.lines().skip(line - 1).findFirst().orElseThrow();
            assertThat(chronicle.commands().get(line - 2).digest()).isEqualTo(reader.read("alone.jsonl",
                    bytes(valid.lines().findFirst().orElseThrow() + "\n" + alone)).commands().get(0).digest());
        }

        List<String> broken = new ArrayList<>(valid.lines().toList());
        broken.set(6_500, broken.get(6_500).replace("\"AZ-PK\"", "\"AZ-AZ\""));
        broken.set(30, broken.get(30).replace("DeclareSupport", "DeclareSuport"));
        broken.set(3_000, broken.get(3_000).replace("[\"s\"]", "[\"unknown\"]"));
        ChronicleException refused = assertThrows(ChronicleException.class,
                () -> reader.read("long.jsonl", bytes(String.join("\n", broken))));

        assertThat(refused.errors()).extracting(error -> error.location().line()).containsExactly(31, 3_001, 6_501);
        assertThat(refused.errors()).extracting(ChronicleError::code).containsExactly(
                ChronicleError.UNKNOWN_COMMAND_TYPE, ChronicleError.UNKNOWN_SOURCE, ChronicleError.INVALID_VALUE);
    }

    @Test
    void json_lines_scanned_in_pieces_keep_every_line_number_across_blank_lines_and_windows_line_ends()
            throws Exception {
        // The scan cuts JSON Lines into pieces of about 256 K characters read in parallel: a line's number must not
        // depend on the piece it falls in, nor a source on being declared in the piece of the commands citing it.
        LocalDate day = LocalDate.of(2000, 1, 1);
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("{\"format\": \"entente-chronicle/1\", \"title\": \"pieces\"}");
        for (int i = 0; i < 6_000; i++) {
            lines.add("{\"type\": \"DeclareSupport\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"" + day.plusDays(i)
                    + "\", \"supporter\": \"AZ\", \"supported\": \"PK\", \"issue\": \"issue " + i
                    + "\", \"sources\": [\"late\"]}" + (i % 3 == 0 ? "\r" : ""));
            if (i % 1_000 == 999) {
                lines.add("   ");
            }
        }
        lines.add("{\"type\": \"Source\", \"id\": \"late\", \"title\": \"t\", \"publisher\": \"p\", "
                + "\"published\": \"2000-01-01\"}");
        String text = String.join("\n", lines) + "\n";
        assertThat(text.length()).as("several pieces").isGreaterThan(3 * (1 << 18));

        Chronicle chronicle = reader.read("pieces.jsonl", bytes(text));

        assertThat(chronicle.title()).isEqualTo("pieces");
        assertThat(chronicle.commands()).hasSize(6_000);
        List<Integer> expected = IntStream.range(0, lines.size())
                .filter(index -> lines.get(index).contains("DeclareSupport")).map(index -> index + 1).boxed().toList();
        assertThat(chronicle.commands()).extracting(command -> command.location().line())
                .containsExactlyElementsOf(expected);
        assertThat(chronicle.commands().get(5_999).command().toString()).contains("issue 5999");

        List<String> broken = new ArrayList<>(lines);
        broken.set(4_500, "{\"type\": \"DeclareSupport\", \"dyad\": ");
        ChronicleException refused = assertThrows(ChronicleException.class,
                () -> reader.read("pieces.jsonl", bytes(String.join("\n", broken))));
        assertThat(refused.errors()).extracting(error -> error.location().line()).containsExactly(4_501);
        assertThat(refused.errors()).extracting(ChronicleError::code).containsExactly(ChronicleError.TRUNCATED);
    }

    @Test
    void a_replacement_character_written_in_the_file_is_text_not_a_byte_that_is_not_utf8() throws Exception {
        // Decoding replaces what is not UTF-8 with U+FFFD; the character itself, well encoded, must still be read.
        String text = "{\"type\": \"Source\", \"id\": \"s\", \"title\": \"t \uFFFD\", \"publisher\": \"p\", "
                + "\"published\": \"2000-01-01\"}\n{\"type\": \"DeclareSupport\", \"dyad\": \"AZ-PK\", "
                + "\"occurredOn\": \"2000-01-01\", \"supporter\": \"AZ\", \"supported\": \"PK\", "
                + "\"issue\": \"issue \uFFFD\", \"sources\": [\"s\"]}\n";

        Chronicle chronicle = reader.read("replacement.jsonl", bytes(text));

        assertThat(chronicle.commands()).hasSize(1);
        assertThat(chronicle.commands().get(0).command().toString()).contains("issue \uFFFD");

        String ascii = text.replace('\uFFFD', '?');
        byte[] malformed = bytes(ascii);
        int at = ascii.indexOf("issue ?") + "issue ".length();
        malformed[at] = (byte) 0xE9;
        ChronicleException refused = assertThrows(ChronicleException.class,
                () -> reader.read("replacement.jsonl", malformed));
        assertThat(refused.errors()).extracting(error -> error.location().line(), error -> error.location().column(),
                ChronicleError::code).containsExactly(tuple(2, at - ascii.indexOf('\n'),
                ChronicleError.NOT_UTF8));
    }

    static String establish(String day) {
        return "{\"type\": \"EstablishDiplomaticRelations\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"" + day + "\"}";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
