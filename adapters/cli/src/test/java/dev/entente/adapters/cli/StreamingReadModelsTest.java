package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.adapters.json.StreamingEventDecoder;
import dev.entente.adapters.json.StreamingRecordReader;
import dev.entente.application.projection.SerializedEvents;
import dev.entente.application.spi.EventRow;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.correction.FactWithdrawn;
import dev.entente.domain.visit.VisitScheduled;
import java.nio.charset.StandardCharsets;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import dev.entente.domain.relationship.RelationshipEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question reads the stored events its records and entries are folded from (ADR 0029), and the relationship facts'
 * rows, with {@link StreamingRecordReader}, not databind (docs/adr/0014): on stores made from the example chronicles, a
 * corrected one among them, it reads every event payload and fact row itself, exactly as databind does; the answers
 * equal those made from the history alone; and an event it does not know is read by the serializer as before.
 * <p>
 * What it assumes of the rows: Axon's {@code DomainEventEntry} (payloadType, payloadRevision, payload: the stored name
 * and revision, and the JSON), {@code entente_rm_relationship_fact} (kind, the event's simple name; body).
 */
class StreamingReadModelsTest {

    private static final ObjectMapper MAPPER = EntenteJson.mapper();
    private static final String ARRIVAL = "\"place\": \"Nur Khan Airbase, Rawalpindi\"";
    /** Later than anything recorded: the history alone, folded in memory, answers (RecordedAtOption). */
    private static final String EVERYTHING_RECORDED = "2999-12-31T00:00:00Z";

    @TempDir
    static Path directory;

    static String reference;
    static String other;

    @BeforeAll
    static void stores() throws Exception {
        reference = directory.resolve("reference").toString();
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", reference);
        // Applied again with the arrival's place changed: a fact corrected, its first version withdrawn.
        Path edited = Files.createDirectories(directory.resolve("edited")).resolve(Cli.REFERENCE);
        String chronicle = Cli.read(Cli.example(Cli.REFERENCE));
        assertThat(chronicle).containsOnlyOnce(ARRIVAL);
        Cli.write(edited, chronicle.replace(ARRIVAL, "\"place\": \"Islamabad International Airport\""));
        Cli.ok("apply", edited.toString(), "--store", reference);
        other = directory.resolve("other").toString();
        Cli.ok("apply", Cli.example("france-germany-2019-2024.json").toString(), "--store", other);
    }

    @Test
    void every_event_and_fact_row_of_the_example_stores_is_read_by_the_streaming_reader_as_databind_reads_it()
            throws Exception {
        Map<String, Class<?>> facts = Arrays.stream(RelationshipEvent.class.getPermittedSubclasses())
                .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
        Serializer events = new JsonSerialization().events();
        int factRows = 0;
        for (String store : List.of(reference, other)) {
            List<Row> rows = rows(store, "SELECT kind, body FROM entente_rm_relationship_fact", facts::get);
            factRows += rows.size();
            for (Row row : rows) {
                assertThat(row.type()).as(row.body()).isNotNull();
                Object streamed = StreamingRecordReader.read(row.body(), row.type());
                assertThat(streamed).as(row.body()).isNotNull().isEqualTo(MAPPER.readValue(row.body(), row.type()));
            }

            List<Class<?>> read = new ArrayList<>();
            // The decoder a question reads events with (ADR 0029) reads each without its fallback, as it is stored.
            int[] fallbacks = {0};
            StreamingEventDecoder decoder = new StreamingEventDecoder(() -> {
                fallbacks[0]++;
                return new SerializedEvents(new JsonSerialization());
            });
            SerializedEvents serialized = new SerializedEvents(new JsonSerialization());
            try (Connection connection = connect(store, true);
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery(
                         "SELECT payloadType, payloadRevision, payload, globalIndex FROM DomainEventEntry")) {
                while (result.next()) {
                    EventRow row = new EventRow(result.getLong(4), result.getString(1), result.getString(2),
                            result.getBytes(3));
                    assertThat(decoder.event(row)).isEqualTo(serialized.event(row));
                    SerializedObject<byte[]> payload = new SimpleSerializedObject<>(result.getBytes(3), byte[].class,
                            new SimpleSerializedType(result.getString(1), result.getString(2)));
                    Class<?> type = events.classForType(payload.getType());
                    String json = new String(payload.getData(), StandardCharsets.UTF_8);
                    Object streamed = StreamingRecordReader.read(payload.getData(), type);
                    assertThat(streamed).as(json).isNotNull().isEqualTo(events.deserialize(payload));
                    read.add(type);
                }
            }
            assertThat(fallbacks[0]).as("fallback decoders made for %s", store).isZero();
            assertThat(read).contains(VisitScheduled.class, AgreementConcluded.class);
            if (store.equals(reference)) {
                assertThat(read).contains(FactWithdrawn.class);
            }
        }
        assertThat(factRows).isPositive();
    }

    @Test
    void the_answers_from_the_read_models_are_those_from_the_history_in_every_format() {
        List<List<String>> questions = List.of(List.of("state", "AZ", "PK"), List.of("state", "AZ", "PK", "--as-of",
                "2024-07-11"), List.of("timeline", "AZ", "PK"), List.of("visits", "AZ", "PK"),
                List.of("visits", "AZ", "PK", "--as-of", "2024-07-11"), List.of("agreements", "--party", "AZ"),
                List.of("state", "DE", "FR"), List.of("timeline", "DE", "FR"), List.of("agreements"));
        for (String store : List.of(reference, other)) {
            for (List<String> question : questions) {
                for (String format : List.of("text", "json", "csv")) {
                    List<String> asked = new ArrayList<>(question);
                    asked.addAll(List.of("--store", store, "--format", format));
                    String answer = Cli.ok(asked.toArray(String[]::new)).out();
                    asked.addAll(List.of("--as-recorded-at", EVERYTHING_RECORDED));
                    String fromHistory = Cli.ok(asked.toArray(String[]::new)).out();
                    if (format.equals("text")) {
                        assertThat(fromHistory).startsWith("As recorded at ");
                        fromHistory = fromHistory.substring(fromHistory.indexOf('\n') + 1);
                    }
                    assertThat(answer).as(String.join(" ", asked)).isEqualTo(fromHistory);
                }
            }
        }
    }

    @Test
    void an_event_with_a_field_the_streaming_reader_does_not_know_is_read_by_the_serializer_and_answers_the_same()
            throws Exception {
        List<List<String>> questions = List.of(List.of("state", "AZ", "PK"), List.of("agreements", "--party", "AZ"),
                List.of("timeline", "AZ", "PK"));
        List<String> before = new ArrayList<>();
        for (List<String> question : questions) {
            before.add(answer(question, reference));
        }
        Path copy = Cli.copy(Path.of(reference), directory.resolve("copy"));
        int changed = 0;
        try (Connection connection = connect(copy.toString(), false);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT globalIndex, payload FROM DomainEventEntry WHERE payloadType LIKE 'agreement.%'")) {
            List<Object[]> updates = new ArrayList<>();
            while (rows.next()) {
                ObjectNode body = (ObjectNode) MAPPER.readTree(rows.getBytes(2));
                body.put("aFieldOfALaterVersion", "ignored by databind");
                byte[] json = MAPPER.writeValueAsBytes(body);
                assertThat(StreamingRecordReader.read(json, AgreementConcluded.class)).isNull();
                updates.add(new Object[] {rows.getLong(1), json});
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?")) {
                for (Object[] row : updates) {
                    update.setBytes(1, (byte[]) row[1]);
                    update.setLong(2, (Long) row[0]);
                    changed += update.executeUpdate();
                }
            }
        }

        assertThat(changed).isPositive();
        for (int i = 0; i < questions.size(); i++) {
            assertThat(answer(questions.get(i), copy.toString())).isEqualTo(before.get(i));
        }
    }

    private static String answer(List<String> question, String store) {
        List<String> asked = new ArrayList<>(question);
        asked.addAll(List.of("--store", store, "--format", "json"));
        return Cli.ok(asked.toArray(String[]::new)).out();
    }

    private record Row(Class<?> type, String body) {
    }

    private static List<Row> rows(String store, String sql, Function<String, Class<?>> type) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = connect(store, true);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(new Row(type.apply(result.getString(1)), result.getString(2)));
            }
        }
        return rows;
    }

    private static Connection connect(String store, boolean readOnly) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + Path.of(store).resolve(JdbcStorage.SQLITE_FILE).toUri()
                + (readOnly ? "?mode=ro" : ""));
    }
}
