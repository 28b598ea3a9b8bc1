package dev.entente.adapters.json.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.entente.application.batch.PlannedCommand;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A chronicle long enough to be read in parallel pieces (sources and commands bound in chunks, keys counted after,
 * the batch planned in parallel) reads as one pass in order would: the same order, the same keys, and the same
 * errors naming the first place.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LongChronicleTest {

    /** More than the binder's chunk of 2,000 and the 4,000 from which a batch is planned in parallel. */
    private static final int VISITS = 5_000;

    private final ChronicleReader reader = new ChronicleReader();

    private static String source(int i) {
        return "{\"type\": \"Source\", \"id\": \"s" + i + "\", \"title\": \"Report " + i + "\", \"publisher\": \"Wire\","
                + " \"published\": \"2024-07-10\"}\n";
    }

    private static String schedule(int i, String source) {
        return "{\"type\": \"ScheduleVisit\", \"visitId\": \"visit-" + i + "\", \"occurredOn\": \"2024-07-10\","
                + " \"guest\": {\"name\": \"Guest " + i + "\", \"office\": \"head-of-state\", \"country\": \"AZ\"},"
                + " \"host\": \"PK\", \"kind\": \"state\", \"plannedFrom\": \"2024-07-11\", \"plannedTo\": \"2024-07-12\","
                + " \"sources\": [\"" + source + "\"]}\n";
    }

    /** A header, then for each visit a source and the visit's scheduling citing it: line 2i+2 and 2i+3. */
    private static StringBuilder chronicle() {
        StringBuilder text = new StringBuilder("{\"format\": \"entente-chronicle/1\"}\n");
        for (int i = 0; i < VISITS; i++) {
            text.append(source(i)).append(schedule(i, "s" + i));
        }
        return text;
    }

    private Chronicle read(CharSequence text) throws ChronicleException {
        return reader.read("long.jsonl", text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void every_command_keeps_its_place_its_key_and_its_source() throws ChronicleException {
        Chronicle chronicle = read(chronicle());

        List<ChronicleCommand> commands = chronicle.commands();
        assertThat(commands).hasSize(VISITS);
        for (int i = 0; i < VISITS; i++) {
            ChronicleCommand command = commands.get(i);
            assertThat(command.location().line()).isEqualTo(2 * i + 3);
            assertThat(command.key()).isEqualTo("visit:visit-" + i + "/ScheduleVisit#1@long.jsonl");
            assertThat(command.command().toString()).contains("Report " + i);
        }
        List<PlannedCommand> planned = chronicle.planned();
        assertThat(planned).extracting(PlannedCommand::label)
                .containsExactlyElementsOf(commands.stream().map(c -> c.location() + " " + c.type()).toList());
        assertThat(planned).extracting(PlannedCommand::digest)
                .containsExactlyElementsOf(commands.stream().map(ChronicleCommand::digest).toList());
    }

    @Test
    void a_source_declared_again_in_a_later_chunk_names_the_first_declaration() {
        StringBuilder text = chronicle();
        // The 4,500th source, bound in the third chunk of sources, repeats the id of the 10th.
        int again = 4_500;
        String original = source(again);
        int at = text.indexOf(original);
        text.replace(at, at + original.length(), original.replace("\"s" + again + "\"", "\"s10\""));
        // Its visit cites it by its own id, now undeclared: cite the 10th instead.
        String visit = schedule(again, "s" + again);
        int visitAt = text.indexOf(visit);
        text.replace(visitAt, visitAt + visit.length(), schedule(again, "s10"));

        ChronicleException refused = catchThrowableOfType(() -> read(text), ChronicleException.class);

        assertThat(refused.errors()).hasSize(1);
        assertThat(refused.errors().get(0).code()).isEqualTo(ChronicleError.DUPLICATE_SOURCE);
        assertThat(refused.errors().get(0).location().line()).isEqualTo(2 * again + 2);
        assertThat(refused.errors().get(0).message()).contains("first declared at long.jsonl:" + (2 * 10 + 2) + ":");
    }

    @Test
    void a_command_repeated_in_a_later_chunk_gets_the_next_ordinal() throws ChronicleException {
        StringBuilder text = chronicle();
        // Visit 3 scheduled again at the end: its second ScheduleVisit, 4,997 commands and two chunks later.
        text.append(schedule(3, "s3"));

        List<ChronicleCommand> commands = read(text).commands();

        assertThat(commands.get(VISITS).key()).isEqualTo("visit:visit-3/ScheduleVisit#2@long.jsonl");
        assertThat(commands.get(3).key()).isEqualTo("visit:visit-3/ScheduleVisit#1@long.jsonl");
    }

    @Test
    void an_explicit_id_given_twice_in_different_chunks_is_refused_at_the_second() {
        StringBuilder text = chronicle();
        text.append(schedule(7, "s7").replace("{\"type\"", "{\"id\": \"first\", \"type\""));
        String seventh = schedule(7, "s7");
        int at = text.indexOf(seventh);
        text.replace(at, at + seventh.length(), seventh.replace("{\"type\"", "{\"id\": \"first\", \"type\""));

        ChronicleException refused = catchThrowableOfType(() -> read(text), ChronicleException.class);

        assertThat(refused.errors()).extracting(ChronicleError::code).containsExactly(ChronicleError.DUPLICATE_KEY);
        assertThat(refused.errors().get(0).location().line()).isEqualTo(2 * VISITS + 2);
        assertThat(refused.errors().get(0).message()).contains("long.jsonl:" + (2 * 7 + 3) + ":");
    }

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @ParameterizedTest
    @ValueSource(strings = {"2024-07-11", "0000-00-00", "2024-07", "2024", "1991~", "2024-07-1", "2024-07-111",
            "2024/07/11", "2024-7-011", "20240-7-11", "\u0662\u0660\u0662\u0664-07-11", "2024-07-1x", "",
            "-2024-07-1", "2024-07-11 "})
    void a_whole_day_is_told_as_the_pattern_of_ascii_digits_tells_it(String text) {
        assertThat(ChronicleBinder.isDay(text)).isEqualTo(DAY.matcher(text).matches());
    }
}
