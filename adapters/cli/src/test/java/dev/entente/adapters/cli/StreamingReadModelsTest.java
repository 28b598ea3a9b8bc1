package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.adapters.json.StreamingRecordReader;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
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
 * A question reads the read models' rows with {@link StreamingRecordReader}, not databind (docs/adr/0014): on stores
 * made from the example chronicles, a corrected one among them, it reads every row itself, exactly as databind does;
 * the answers equal those made from the history alone; and a row it does not know is read by databind as before.
 * <p>
 * What it assumes of the rows (the read-model tables' layout, ADR 0010): {@code entente_rm_document} (model, body),
 * {@code entente_rm_relationship_fact} (kind, the event's simple name; body) and {@code entente_rm_timeline} (body).
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
    void every_row_of_the_example_stores_is_read_by_the_streaming_reader_as_databind_reads_it() throws Exception {
        Map<String, Class<?>> facts = Arrays.stream(RelationshipEvent.class.getPermittedSubclasses())
                .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
        Map<String, Class<?>> documents = Map.of("visit", VisitRecord.class, "agreement", AgreementRecord.class,
                "meeting", MeetingRecord.class);
        for (String store : List.of(reference, other)) {
            List<Row> rows = new ArrayList<>();
            rows.addAll(rows(store, "SELECT model, body FROM entente_rm_document", documents::get));
            rows.addAll(rows(store, "SELECT kind, body FROM entente_rm_relationship_fact", facts::get));
            rows.addAll(rows(store, "SELECT 'timeline', body FROM entente_rm_timeline", kind -> TimelineEntry.class));

            assertThat(rows).extracting(Row::type).contains(VisitRecord.class, AgreementRecord.class,
                    TimelineEntry.class);
            for (Row row : rows) {
                assertThat(row.type()).as(row.body()).isNotNull();
                Object streamed = StreamingRecordReader.read(row.body(), row.type());
                assertThat(streamed).as(row.body()).isNotNull().isEqualTo(MAPPER.readValue(row.body(), row.type()));
            }
        }
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
    void a_row_with_a_field_the_streaming_reader_does_not_know_is_read_by_databind_and_answers_the_same()
            throws Exception {
        String before = Cli.ok("state", "AZ", "PK", "--store", reference, "--format", "json").out();
        Path copy = Cli.copy(Path.of(reference), directory.resolve("copy"));
        int changed = 0;
        try (Connection connection = connect(copy.toString(), false);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT doc_key, body FROM entente_rm_document WHERE model = 'agreement'")) {
            List<String[]> updates = new ArrayList<>();
            while (rows.next()) {
                ObjectNode body = (ObjectNode) MAPPER.readTree(rows.getString(2));
                body.put("aFieldOfALaterVersion", "ignored by databind");
                String json = MAPPER.writeValueAsString(body);
                assertThat(StreamingRecordReader.read(json, AgreementRecord.class)).isNull();
                updates.add(new String[] {rows.getString(1), json});
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE entente_rm_document SET body = ? WHERE model = 'agreement' AND doc_key = ?")) {
                for (String[] row : updates) {
                    update.setString(1, row[1]);
                    update.setString(2, row[0]);
                    changed += update.executeUpdate();
                }
            }
        }

        assertThat(changed).isPositive();
        assertThat(Cli.ok("state", "AZ", "PK", "--store", copy.toString(), "--format", "json").out())
                .isEqualTo(before);
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
