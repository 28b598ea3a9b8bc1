package dev.entente.adapters.json.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A chronicle read with a receiver of its commands in order (ADR 0025, amended) hands them a part at a time while the
 * rest is still bound, in the order written, with their keys: the parts together are the chronicle's commands, in
 * JSON Lines and in a JSON document; nothing is handed once an error is found, and the errors are those of a read
 * without a receiver.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChronicleInOrderTest {

    /** Three of the binder's chunks of 2,000 and a part of a fourth. */
    private static final int VISITS = 7_000;

    private final ChronicleReader reader = new ChronicleReader();
    private final List<List<ChronicleCommand>> handed = new ArrayList<>();

    private static String schedule(int i) {
        return "{\"type\": \"ScheduleVisit\", \"visitId\": \"visit-" + i + "\", \"occurredOn\": \"2024-07-10\","
                + " \"guest\": {\"name\": \"Guest " + i + "\", \"office\": \"head-of-state\", \"country\": \"AZ\"},"
                + " \"host\": \"PK\", \"kind\": \"state\", \"plannedFrom\": \"2024-07-11\", \"plannedTo\": \"2024-07-12\","
                + " \"sources\": [{\"title\": \"Report " + i + "\", \"publisher\": \"Wire\", \"published\": \"2024-07-10\"}]}";
    }

    private static List<String> schedules() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < VISITS; i++) {
            lines.add(schedule(i));
        }
        return lines;
    }

    private static byte[] lines(List<String> commands) {
        return ("{\"format\": \"entente-chronicle/1\"}\n" + String.join("\n", commands) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] document(List<String> commands) {
        return ("{\"format\": \"entente-chronicle/1\", \"commands\": [\n" + String.join(",\n", commands) + "\n]}\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private List<ChronicleCommand> everyHanded() {
        return handed.stream().flatMap(List::stream).toList();
    }

    @Test
    void the_parts_of_a_json_lines_chronicle_are_its_commands_in_order_with_their_keys() throws ChronicleException {
        Chronicle chronicle = reader.read("long.jsonl", lines(schedules()), handed::add);

        assertThat(handed).hasSizeGreaterThan(1);
        assertThat(everyHanded()).isEqualTo(chronicle.commands()).hasSize(VISITS);
        assertThat(everyHanded().get(VISITS - 1).key()).isEqualTo("visit:visit-6999/ScheduleVisit#1@long.jsonl");
        assertThat(chronicle).isEqualTo(reader.read("long.jsonl", lines(schedules())));
    }

    @Test
    void the_parts_of_a_json_document_are_its_commands_in_order() throws ChronicleException {
        Chronicle chronicle = reader.read("long.json", document(schedules()), handed::add);

        assertThat(handed).hasSizeGreaterThan(1);
        assertThat(everyHanded()).isEqualTo(chronicle.commands()).hasSize(VISITS);
    }

    @Test
    void a_key_given_twice_in_the_last_part_hands_only_the_parts_before_and_reports_as_without_a_receiver() {
        List<String> commands = schedules();
        commands.add(schedule(3));
        commands.set(3, commands.get(3).replace("{\"type\"", "{\"id\": \"first\", \"type\""));
        commands.set(VISITS, commands.get(VISITS).replace("{\"type\"", "{\"id\": \"first\", \"type\""));

        ChronicleException refused = catchThrowableOfType(() -> reader.read("long.jsonl", lines(commands),
                handed::add), ChronicleException.class);
        ChronicleException without = catchThrowableOfType(() -> reader.read("long.jsonl", lines(commands)),
                ChronicleException.class);

        assertThat(refused.errors()).isEqualTo(without.errors()).extracting(ChronicleError::code)
                .containsExactly(ChronicleError.DUPLICATE_KEY);
        assertThat(handed).isNotEmpty();
        assertThat(everyHanded()).hasSizeLessThan(VISITS).allSatisfy(command ->
                assertThat(command.location().line()).isLessThan(VISITS + 2));
    }

    @Test
    void an_error_in_a_late_part_stops_the_handing_there_and_reports_as_without_a_receiver() {
        List<String> commands = schedules();
        commands.set(6_500, commands.get(6_500).replace("\"2024-07-10\"", "\"10 July\""));
        commands.set(2_500, commands.get(2_500).replace("\"kind\": \"state\"", "\"kind\": \"stately\""));

        ChronicleException refused = catchThrowableOfType(() -> reader.read("long.json", document(commands),
                handed::add), ChronicleException.class);
        ChronicleException without = catchThrowableOfType(() -> reader.read("long.json", document(commands)),
                ChronicleException.class);

        assertThat(refused.errors()).isEqualTo(without.errors()).hasSize(2);
        assertThat(everyHanded()).hasSize(2_000);
    }

    @Test
    void an_error_in_the_first_part_hands_nothing() {
        List<String> commands = schedules();
        commands.set(0, commands.get(0).replace("\"host\": \"PK\",", ""));

        catchThrowableOfType(() -> reader.read("long.jsonl", lines(commands), handed::add), ChronicleException.class);

        assertThat(handed).isEmpty();
    }
}
