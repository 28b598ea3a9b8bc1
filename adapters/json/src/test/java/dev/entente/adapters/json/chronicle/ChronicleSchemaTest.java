package dev.entente.adapters.json.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.entente.domain.agreement.ConsentKind;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.TerminationGround;
import dev.entente.domain.shared.Office;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.visit.CeremonyKind;
import dev.entente.domain.visit.TalksFormat;
import dev.entente.domain.visit.VisitKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** docs/chronicle.schema.json and docs/chronicle-format.md agree with the reader and with the command records. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChronicleSchemaTest {

    private static final String ID = "https://entente.dev/schemas/chronicle-1.schema.json";
    private static final Path DOCS = docs();
    private static final String SCHEMA_TEXT = read(DOCS.resolve("chronicle.schema.json"));

    private final ObjectMapper json = new ObjectMapper();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemas(Map.of(ID, SCHEMA_TEXT)));
    private final Schema document = registry.getSchema(SchemaLocation.of(ID));
    private final Schema line = definition("Line");
    private final ChronicleReader reader = new ChronicleReader();

    @Test
    void the_test_document_is_valid() {
        assertThat(document.validate(text(EveryCommand.DOCUMENT), InputFormat.JSON)).isEmpty();
    }

    @Test
    void every_example_chronicle_of_the_repository_is_valid_and_reads() throws Exception {
        List<Path> examples;
        try (var files = Files.list(DOCS.resolveSibling("examples"))) {
            examples = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }

        assertThat(examples).as("the chronicles in examples/").hasSizeGreaterThanOrEqualTo(2);
        for (Path example : examples) {
            assertThat(document.validate(read(example), InputFormat.JSON)).as(example.toString()).isEmpty();
            assertThat(reader.read(example).commands()).as(example.toString()).isNotEmpty();
        }
    }

    @Test
    void each_line_of_the_test_json_lines_chronicle_is_valid() {
        List<String> lines = text(EveryCommand.LINES).lines().filter(l -> !l.isBlank()).toList();

        assertThat(lines).hasSize(32);
        for (String each : lines) {
            assertThat(line.validate(each, InputFormat.JSON)).as(each).isEmpty();
        }
    }

    @Test
    void rules_of_entry_into_force_and_spellings_the_reader_accepts_are_valid() throws Exception {
        String chronicle = """
                {"format": "entente-chronicle/1", "title": null, "sources": null, "commands": [
                  {"type": "ConcludeAgreement", "agreementId": "a", "occurredOn": "2024-07-11", "title": "t",
                   "kind": "Memorandum of Understanding", "entryIntoForce": {"type": "on-fixed-date", "date": "2025-01-01"},
                   "sectors": ["Science & Technology", "defense"], "parties": [" az ", "pk"]},
                  {"type": "ConcludeAgreement", "agreementId": "b", "occurredOn": "2024-07-11", "title": "t",
                   "kind": "TREATY", "entryIntoForce": {"type": "on-last-ratification"}, "term": null},
                  {"type": "ConcludeAgreement", "agreementId": "c", "occurredOn": "2024-07-11", "title": "t",
                   "kind": "protocol", "entryIntoForce": {"type": "on-signature"}, "term": "P1Y6M"},
                  {"type": "HoldTalks", "visitId": "v", "occurredOn": "2024-07-11", "format": "delegation_level"},
                  {"type": "RecordArrival", "visitId": "v", "occurredOn": "2024-07-11", "place": "p",
                   "honours": {"gunSalute": {"rounds": 21}}},
                  {"type": "TerminateAgreement", "agreementId": "a", "occurredOn": "2026-01-01",
                   "ground": "mutual consent", "sources": [{"title": "t", "publisher": "p", "published": "2026-01-01"}]},
                  {"type": "EstablishDiplomaticRelations", "dyad": "pk az", "occurredOn": "1992-06-09"}
                ]}""";

        assertThat(document.validate(chronicle, InputFormat.JSON)).isEmpty();
        assertThat(reader.read("spellings.json", chronicle.getBytes(StandardCharsets.UTF_8)).commands()).hasSize(7);
    }

    @Test
    void the_schema_refuses_what_the_reader_refuses() {
        String valid = "{\"type\": \"EstablishDiplomaticRelations\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"1992-06-09\"}";
        assertThat(line.validate(valid, InputFormat.JSON)).isEmpty();
        for (String invalid : List.of(
                valid.replace("\"dyad\"", "\"dyd\""),
                valid.replace("1992-06-09", "1992-13-09"),
                valid.replace("1992-06-09", "9 June 1992"),
                valid.replace("1992-06-09", "0999-12-31"),
                valid.replace("1992-06-09", "3000-01-01"),
                valid.replace("Establish", "Stablish"),
                valid.replace("\"type\": \"EstablishDiplomaticRelations\", ", ""),
                valid.replace("}", ", \"sources\": [3]}"),
                "{\"type\": \"HoldTalks\", \"visitId\": \"v\", \"occurredOn\": \"2024-07-11\", \"format\": \"tete-a-tete\"}",
                "{\"type\": \"HoldTalks\", \"visitId\": \"v w\", \"occurredOn\": \"2024-07-11\", \"format\": \"talks\"}",
                "{\"type\": \"RecordArrival\", \"visitId\": \"v\", \"occurredOn\": \"2024-07-11\", \"place\": \"p\", "
                        + "\"honours\": {\"redCarpet\": null}}",
                "{\"type\": \"SignAgreement\", \"agreementId\": \"a\", \"occurredOn\": \"2024-07-11\", \"signatures\": []}",
                "{\"format\": \"entente-chronicle/2\"}")) {
            assertThat(line.validate(invalid, InputFormat.JSON)).as(invalid).isNotEmpty();
            assertThatThrownBy(() -> reader.read("invalid.jsonl", invalid.getBytes(StandardCharsets.UTF_8)))
                    .as(invalid).isInstanceOf(ChronicleException.class);
        }
    }

    @Test
    void every_command_record_has_a_definition_whose_properties_are_its_components_and_type() throws Exception {
        JsonNode definitions = json.readTree(SCHEMA_TEXT).get("$defs");

        for (Class<?> command : CommandTypes.all()) {
            JsonNode definition = definitions.get(command.getSimpleName());
            assertThat(definition).as(command.getSimpleName()).isNotNull();
            Set<String> properties = new HashSet<>();
            definition.get("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> expected = new HashSet<>(components(command));
            expected.add("type");
            expected.addAll(ChronicleAnnotations.MEMBERS);
            expected.add("id");
            assertThat(properties).as(command.getSimpleName()).isEqualTo(expected);
            assertThat(definition.get("additionalProperties").asBoolean(true)).isFalse();
            assertThat(definition.at("/properties/type/const").asText()).isEqualTo(command.getSimpleName());
        }
    }

    @Test
    void a_command_is_one_of_exactly_the_command_records() throws Exception {
        JsonNode command = json.readTree(SCHEMA_TEXT).at("/$defs/Command");

        List<String> named = StreamSupport.stream(command.at("/properties/type/enum").spliterator(), false)
                .map(JsonNode::asText).toList();
        List<String> dispatched = StreamSupport.stream(command.get("allOf").spliterator(), false)
                .map(branch -> branch.at("/if/properties/type/const").asText()).toList();
        List<String> records = CommandTypes.all().stream().map(Class::getSimpleName).toList();
        assertThat(named).containsExactlyInAnyOrderElementsOf(records);
        assertThat(dispatched).containsExactlyInAnyOrderElementsOf(records);
        assertThat(records).hasSize(29);
    }

    @Test
    void the_required_fields_of_each_command_are_those_the_reader_requires() throws Exception {
        JsonNode definitions = json.readTree(SCHEMA_TEXT).get("$defs");
        ObjectNode chronicle = (ObjectNode) json.readTree(text(EveryCommand.DOCUMENT));

        for (JsonNode each : chronicle.get("commands")) {
            ObjectNode command = (ObjectNode) each;
            String type = command.get("type").asText();
            Set<String> required = new HashSet<>();
            definitions.at("/" + type + "/required").forEach(name -> required.add(name.asText()));
            assertThat(iterable(command.fieldNames())).as(type).containsAll(required);
            for (String field : iterable(command.fieldNames())) {
                if (field.equals("type")) {
                    continue;
                }
                ObjectNode without = command.deepCopy();
                without.remove(field);
                ObjectNode withOne = chronicle.deepCopy();
                withOne.set("commands", json.createArrayNode().add(without));
                byte[] bytes = json.writeValueAsBytes(withOne);
                if (required.contains(field)) {
                    assertThatThrownBy(() -> reader.read("without.json", bytes)).as(type + " without " + field)
                            .isInstanceOfSatisfying(ChronicleException.class, refused -> assertThat(refused.errors())
                                    .extracting(ChronicleError::code).containsExactly(ChronicleError.MISSING_FIELD));
                    assertThat(document.validate(new String(bytes, StandardCharsets.UTF_8), InputFormat.JSON))
                            .as(type + " without " + field).isNotEmpty();
                } else {
                    assertThat(reader.read("without.json", bytes).commands()).as(type + " without " + field).hasSize(1);
                    assertThat(document.validate(new String(bytes, StandardCharsets.UTF_8), InputFormat.JSON))
                            .as(type + " without " + field).isEmpty();
                }
            }
        }
    }

    @Test
    void each_enum_definition_accepts_every_spelling_of_every_constant_the_reader_accepts() throws Exception {
        Map<String, Class<?>> enums = Map.of("Office", Office.class, "VisitKind", VisitKind.class,
                "CeremonyKind", CeremonyKind.class, "TalksFormat", TalksFormat.class,
                "InstrumentKind", InstrumentKind.class, "ConsentKind", ConsentKind.class,
                "TerminationGround", TerminationGround.class, "Sector", Sector.class);

        for (Map.Entry<String, Class<?>> entry : enums.entrySet()) {
            Schema definition = definition(entry.getKey());
            for (String key : ChronicleModule.spellings(entry.getValue()).keySet()) {
                for (String spelling : List.of(key, key.replace('-', '_').toUpperCase(Locale.ROOT),
                        " " + key.replace('-', ' ') + " ", key.replace("-", " _-"))) {
                    assertThat(definition.validate(json.writeValueAsString(spelling), InputFormat.JSON))
                            .as(entry.getKey() + " " + spelling).isEmpty();
                    assertThat(entry.getValue() == Sector.class ? Sector.parse(spelling)
                            : ChronicleModule.spellings(entry.getValue()).get(ChronicleModule.normalise(spelling)))
                            .as(entry.getKey() + " " + spelling).isNotNull();
                }
            }
            assertThat(definition.validate("\"no such value\"", InputFormat.JSON)).as(entry.getKey()).isNotEmpty();
        }
    }

    @Test
    void the_format_description_names_every_command_field_and_error_code() throws Exception {
        String description = read(DOCS.resolve("chronicle-format.md"));

        for (Class<?> command : CommandTypes.all()) {
            assertThat(description).contains("#### " + command.getSimpleName() + "\n");
            for (String component : components(command)) {
                assertThat(description).as(command.getSimpleName()).contains("`" + component + "`");
            }
        }
        for (var field : ChronicleError.class.getFields()) {
            assertThat(description).contains("`" + field.get(null) + "`");
        }
        assertThat(description).contains(ChronicleReader.FORMAT, "chronicle.schema.json");
    }

    @Test
    void the_examples_of_the_format_description_read_and_are_valid() throws Exception {
        String description = read(DOCS.resolve("chronicle-format.md"));
        Matcher examples = Pattern.compile("```(jsonl?)\n(.*?)```", Pattern.DOTALL)
                .matcher(description);
        int read = 0;

        while (examples.find()) {
            String example = examples.group(2);
            boolean lines = examples.group(1).equals("jsonl");
            assertThat(reader.read(lines ? "example.jsonl" : "example.json", example.getBytes(StandardCharsets.UTF_8))
                    .commands()).isNotEmpty();
            if (lines) {
                example.lines().forEach(each -> assertThat(line.validate(each, InputFormat.JSON)).as(each).isEmpty());
            } else {
                assertThat(document.validate(example, InputFormat.JSON)).isEmpty();
            }
            read++;
        }
        assertThat(read).isEqualTo(4);
    }

    private Schema definition(String name) {
        return registry.getSchema(SchemaLocation.of(ID + "#/$defs/" + name));
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static <T> List<T> iterable(Iterator<T> iterator) {
        List<T> all = new ArrayList<>();
        iterator.forEachRemaining(all::add);
        return all;
    }

    private static String text(String resource) {
        return new String(EveryCommand.resource(resource), StandardCharsets.UTF_8);
    }

    private static Path docs() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.exists(directory.resolve("docs/chronicle.schema.json"))) {
                return directory.resolve("docs");
            }
        }
        throw new IllegalStateException("no docs/chronicle.schema.json above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
