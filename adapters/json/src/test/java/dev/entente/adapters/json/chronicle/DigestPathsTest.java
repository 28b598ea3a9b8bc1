package dev.entente.adapters.json.chronicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.adapters.json.EntenteJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The digest written from plain values gives the bytes of the digest written from Jackson's tree (ChronicleDigestTest
 * holds the frozen digests of commands without annotations; these hold the two paths alike on every command, with
 * and without a note and alternatives, digested one after the other by one instance as a chunk of a read is).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DigestPathsTest {

    private final ChronicleReader reader = new ChronicleReader();

    private List<ChronicleCommand> everyCommand() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/chronicles/every-command.jsonl")) {
            return reader.read("every-command.jsonl", in.readAllBytes()).commands();
        }
    }

    @Test
    void every_command_takes_the_light_path_and_gets_the_trees_digest() throws Exception {
        Digest light = new Digest(EntenteJson.mapper());
        Digest tree = new Digest(EntenteJson.mapper(), false);
        List<ChronicleCommand> commands = everyCommand();
        assertThat(commands).hasSizeGreaterThan(25);

        for (ChronicleCommand command : commands) {
            Object annotations = command.annotations().isEmpty() ? null : command.annotations();
            assertThat(light.takesLightPath(command.command(), annotations)).as(command.type()).isTrue();
            assertThat(light.of(command.type(), command.command(), annotations)).as(command.type())
                    .isEqualTo(tree.of(command.type(), command.command(), annotations))
                    .isEqualTo(command.digest());
        }
    }

    @Test
    void a_command_with_a_note_and_alternatives_gets_the_trees_digest() throws Exception {
        String text = "{\"format\": \"entente-chronicle/1\",\n"
                + " \"sources\": [{\"id\": \"seed\", \"title\": \"Seed\", \"publisher\": \"Azernews\", "
                + "\"published\": \"2024-07-13\"}],\n \"commands\": [\n"
                + "{\"type\": \"RecordArrival\", \"visitId\": \"v\", \"occurredOn\": \"2024-07-11\", "
                + "\"place\": \"Nur Khan Airbase\", \"note\": \"Sources disagree\", \"alternatives\": [{\"field\":"
                + " \"place\", \"value\": \"Islamabad International Airport\", \"sources\": [\"seed\"]}]},\n"
                + "{\"type\": \"RecordArrival\", \"visitId\": \"w\", \"occurredOn\": \"2024-07-11\", "
                + "\"place\": \"Nur Khan Airbase\", \"note\": \"Only a note\"}\n]}";
        List<ChronicleCommand> commands = reader.read("a.json", text.getBytes(StandardCharsets.UTF_8)).commands();
        Digest tree = new Digest(EntenteJson.mapper(), false);

        for (ChronicleCommand command : commands) {
            assertThat(command.annotations().isEmpty()).isFalse();
            assertThat(new Digest(EntenteJson.mapper()).takesLightPath(command.command(), command.annotations()))
                    .isTrue();
            assertThat(command.digest()).isEqualTo(tree.of(command.type(), command.command(), command.annotations()));
        }
        assertThat(commands.get(0).digest()).isNotEqualTo(commands.get(1).digest());
    }

    @Test
    void a_value_the_light_path_does_not_read_is_digested_as_the_tree_digests_it() throws IOException {
        // A fraction: the tree's path writes it; the light path gives way.
        record Measured(String name, double share, List<Object> empty, Object nothing) {
        }
        Measured value = new Measured("b", 0.25, List.of(), null);
        Digest light = new Digest(EntenteJson.mapper());

        assertThat(light.takesLightPath(value, null)).isFalse();
        assertThat(light.of("Measured", value)).isEqualTo(new Digest(EntenteJson.mapper(), false).of("Measured", value))
                .isEqualTo(sha256("Measured\n{\"name\":\"b\",\"share\":0.25}"));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
