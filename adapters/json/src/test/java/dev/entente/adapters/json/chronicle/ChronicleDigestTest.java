package dev.entente.adapters.json.chronicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.EntenteEngine;
import dev.entente.application.batch.BatchReport;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.inmemory.InMemoryStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChronicleDigestTest {

    private static final String SOURCE = "{\"title\": \"Aliyev arrives\", \"publisher\": \"The Express Tribune\", "
            + "\"published\": \"2024-07-11\", \"url\": \"https://tribune.com.pk/story/1\"}";

    private final ChronicleReader reader = new ChronicleReader();

    @Test
    void the_digest_is_sha256_of_the_type_a_newline_and_the_canonical_json_of_the_command() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                "EstablishDiplomaticRelations\n{\"dyad\":\"AZ-PK\",\"occurredOn\":\"1992-06-09\"}"
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(digest("one.jsonl",
                "{\"type\": \"EstablishDiplomaticRelations\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"1992-06-09\"}"))
                .isEqualTo(expected);
    }

    @Test
    void the_same_command_written_another_way_has_the_same_digest() throws Exception {
        String compact = "{\"type\":\"ScheduleVisit\",\"visitId\":\"aliyev-pakistan-2024\",\"occurredOn\":\"2024-07-10\","
                + "\"guest\":{\"name\":\"Ilham Aliyev\",\"office\":\"head-of-state\",\"country\":\"AZ\"},\"host\":\"PK\","
                + "\"kind\":\"state\",\"plannedFrom\":\"2024-07-11\",\"plannedTo\":\"2024-07-12\"}";
        String rewritten = """
                {"format": "entente-chronicle/1", "commands": [
                  {
                    "plannedTo": "2024-07-12",
                    "guest": {"country": "az", "office": "HEAD_OF_STATE", "name": "  Ilham Aliyev "},
                    "type": "ScheduleVisit",
                    "host": " pk ",
                    "kind": "State",
                    "visitId": "aliyev-pakistan-2024",
                    "occurredOn": "2024-07-10",
                    "plannedFrom": "2024-07-11",
                    "sources": null
                  }
                ]}
                """;

        assertThat(digest("rewritten.json", rewritten)).isEqualTo(digest("compact.jsonl", compact));
    }

    @Test
    void a_different_field_makes_a_different_command() throws Exception {
        String command = "{\"type\": \"DeclareSupport\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"2024-07-11\", "
                + "\"supporter\": \"AZ\", \"supported\": \"PK\", \"issue\": \"Kashmir\"}";

        String digest = digest("a.jsonl", command);

        assertThat(digest("b.jsonl", command.replace("Kashmir", "Karabakh"))).isNotEqualTo(digest);
        assertThat(digest("b.jsonl", command.replace("2024-07-11", "2024-07-12"))).isNotEqualTo(digest);
        assertThat(digest("b.jsonl", command.replace("}", ", \"forum\": \"OIC\"}"))).isNotEqualTo(digest);
        assertThat(digest("b.jsonl", command.replace("}", ", \"sources\": [" + SOURCE + "]}"))).isNotEqualTo(digest);
        assertThat(digest("b.jsonl", command.replace("\"supporter\": \"AZ\", \"supported\": \"PK\"",
                "\"supporter\": \"PK\", \"supported\": \"AZ\""))).isNotEqualTo(digest);
    }

    @Test
    void a_source_written_inline_or_cited_by_its_id_gives_the_same_digest() throws Exception {
        String inline = "{\"type\": \"EstablishDiplomaticRelations\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"1992-06-09\", "
                + "\"sources\": [" + SOURCE + "]}";
        String declared = "{\"format\": \"entente-chronicle/1\", \"commands\": [\n"
                + "  {\"type\": \"EstablishDiplomaticRelations\", \"dyad\": \"PK-AZ\", \"occurredOn\": \"1992-06-09\", "
                + "\"sources\": [\"tribune\"]}\n"
                + "], \"sources\": [" + SOURCE.replace("{", "{\"id\": \"tribune\", ") + "]}";
        String line = "{\"type\": \"Source\", \"id\": \"t\", " + SOURCE.substring(1) + "\n"
                + "{\"type\": \"EstablishDiplomaticRelations\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"1992-06-09\", "
                + "\"sources\": [\"t\"]}";

        assertThat(digest("declared.json", declared)).isEqualTo(digest("inline.jsonl", inline));
        assertThat(reader.read("line.jsonl", bytes(line)).commands().get(0).digest())
                .isEqualTo(digest("inline.jsonl", inline));
    }

    @Test
    void applying_the_same_chronicle_twice_adds_nothing_and_a_changed_command_is_a_new_one() throws Exception {
        String chronicle = """
                {"format": "entente-chronicle/1", "commands": [
                  {"type": "EstablishDiplomaticRelations", "dyad": "AZ-PK", "occurredOn": "1992-06-09"},
                  {"type": "DeclarePartnership", "dyad": "AZ-PK", "occurredOn": "2024-07-11", "level": "strategic partnership"},
                  {"type": "DeclareSupport", "dyad": "AZ-PK", "occurredOn": "2024-07-11", "supporter": "AZ",
                   "supported": "PK", "issue": "Kashmir"}
                ]}
                """;
        List<PlannedCommand> planned = reader.read("chronicle.json", bytes(chronicle)).planned();

        try (EntenteEngine engine = EntenteEngine.builder().storage(new InMemoryStorage())
                .serialization(new JsonSerialization()).start()) {
            BatchReport first = engine.apply(planned);
            BatchReport again = engine.apply(reader.read("chronicle.json", bytes(chronicle)).planned());
            BatchReport changed = engine.apply(reader.read("chronicle.json",
                    bytes(chronicle.replace("Kashmir", "Kashmir, at the UN"))).planned());

            assertThat(first.applied()).hasSize(3);
            assertThat(again.applied()).isEmpty();
            assertThat(again.skipped()).hasSize(3);
            assertThat(changed.applied()).extracting(PlannedCommand::label)
                    .containsExactly("chronicle.json:4:3 DeclareSupport");
        }
    }

    /**
     * Stores hold the digests of the commands applied (the command log): reading the same command must give the same
     * digest in every later version, or a chronicle applied again would be applied twice. The chronicles in
     * src/test/resources/digests are frozen copies of those of version 0.1 (every command type, and the two examples),
     * with the digests that version computed.
     */
    @Test
    void the_digests_of_commands_read_by_version_0_1_are_unchanged() throws Exception {
        List<String> expected = lines("/digests/digests-0.1.txt");
        List<String> files = expected.stream().map(line -> line.split(" ")[0]).distinct().toList();
        List<String> actual = new ArrayList<>();
        for (String file : files) {
            for (ChronicleCommand command : reader.read(file, resource("/digests/" + file)).commands()) {
                actual.add(file + " " + command.location().line() + " " + command.type() + " " + command.digest());
            }
        }

        assertThat(files).hasSize(3);
        assertThat(expected).hasSize(62);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static List<String> lines(String resource) {
        return new String(resource(resource), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ChronicleDigestTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private String digest(String name, String text) throws ChronicleException {
        List<ChronicleCommand> commands = reader.read(name, bytes(text)).commands();
        assertThat(commands).hasSize(1);
        return commands.get(0).digest();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
