package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * What the record says about itself: the note and alternative claims of the reference arrival in every output
 * format, through the event log and the store check; {@code --as-recorded-at}; {@code apply --dry-run}.
 */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordTest {

    private static final String NOTE = "Sources disagree on where the guest landed: the reports of 11 July place the "
            + "arrival at Nur Khan Airbase, the seed article at Islamabad International Airport.";
    private static final String CLAIM = "place = Islamabad International Airport (Azernews, 2024-07-13)";

    @TempDir
    static Path shared;
    private static String store;

    @BeforeAll
    static void applyTheReference() {
        store = shared.resolve("store").toString();
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", store);
    }

    private static JsonNode arrivalIn(JsonNode timeline) {
        return StreamSupport.stream(timeline.spliterator(), false)
                .filter(entry -> entry.path("kind").asText().equals("visit.guest-arrived"))
                .findFirst().orElseThrow();
    }

    // --- annotations in every format ------------------------------------------------------------------------------

    @Test
    void the_timeline_as_text_shows_the_note_and_the_other_claim_under_the_arrival() {
        List<String> lines = Cli.ok("timeline", "AZ", "PK", "--store", store).outLines();

        int arrival = lines.indexOf(lines.stream().filter(l -> l.contains("arrived in Pakistan at Nur Khan Airbase"))
                .findFirst().orElseThrow());
        assertThat(lines.subList(arrival + 1, arrival + 4)).containsExactly(
                "              sources: The Express Tribune, 2024-07-11; NNI News Agency, 2024-07-11; Daily Express "
                        + "(Urdu), 2024-07-11; Azernews, 2024-07-13",
                "              note: " + NOTE,
                "              also claimed: place Islamabad International Airport (Azernews, 2024-07-13)");
        assertThat(lines.stream().filter(l -> l.contains("note:"))).hasSize(1);
    }

    @Test
    void the_timeline_as_json_carries_annotations_on_the_arrival_only() {
        JsonNode timeline = Cli.ok("timeline", "AZ", "PK", "--store", store, "--format", "json").json();

        JsonNode annotations = arrivalIn(timeline).path("annotations");
        assertThat(annotations.path("note").asText()).isEqualTo(NOTE);
        assertThat(annotations.path("alternatives")).hasSize(1);
        assertThat(annotations.at("/alternatives/0/field").asText()).isEqualTo("place");
        assertThat(annotations.at("/alternatives/0/value").asText()).isEqualTo("Islamabad International Airport");
        assertThat(annotations.at("/alternatives/0/sources/0/publisher").asText()).isEqualTo("Azernews");
        assertThat(StreamSupport.stream(timeline.spliterator(), false).filter(e -> e.has("annotations")))
                .hasSize(1);
    }

    @Test
    void the_timeline_as_csv_has_note_and_alternatives_columns() {
        Cli.Result result = Cli.ok("timeline", "AZ", "PK", "--store", store, "--format", "csv");

        assertThat(result.csvHeader()).isEqualTo("date,kind,subject,summary,sources,note,alternatives");
        Map<String, String> arrival = result.csv().stream()
                .filter(row -> row.get("kind").equals("visit.guest-arrived")).findFirst().orElseThrow();
        assertThat(arrival).containsEntry("note", NOTE).containsEntry("alternatives", CLAIM);
        assertThat(result.csv().stream().filter(row -> !row.get("note").isEmpty())).hasSize(1);
    }

    @Test
    void the_visit_log_shows_them_under_the_arrival_in_text_json_and_csv() {
        List<String> text = Cli.ok("visits", "AZ", "PK", "--store", store).outLines();
        int arrival = text.indexOf(text.stream().filter(l -> l.startsWith("    2024-07-11  Ilham Aliyev arrived"))
                .findFirst().orElseThrow());
        assertThat(text.get(arrival + 1)).isEqualTo("                note: " + NOTE);
        assertThat(text.get(arrival + 2)).isEqualTo(
                "                also claimed: place Islamabad International Airport (Azernews, 2024-07-13)");

        JsonNode json = Cli.ok("visits", "AZ", "PK", "--store", store, "--format", "json").json();
        JsonNode annotated = json.at("/0/visit/annotations/0");
        assertThat(annotated.path("kind").asText()).isEqualTo("visit.guest-arrived");
        assertThat(annotated.path("occurredOn").asText()).isEqualTo("2024-07-11");
        assertThat(annotated.at("/annotations/note").asText()).isEqualTo(NOTE);

        Cli.Result csv = Cli.ok("visits", "AZ", "PK", "--store", store, "--format", "csv");
        assertThat(csv.csvHeader()).endsWith(",notes,alternatives");
        assertThat(csv.csv().get(0)).containsEntry("notes", "visit.guest-arrived: " + NOTE)
                .containsEntry("alternatives", "visit.guest-arrived: " + CLAIM);
    }

    @Test
    void the_state_after_the_visit_shows_them_with_the_last_visit_and_not_before_the_arrival() {
        assertThat(Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-13", "--store", store).outLines())
                .isEqualTo(Cli.STATE_AFTER_THE_VISIT);
        JsonNode after = Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-13", "--store", store, "--format", "json")
                .json();
        assertThat(after.at("/lastHighLevelVisit/annotations/0/annotations/alternatives/0/value").asText())
                .isEqualTo("Islamabad International Airport");
        Cli.Result csv = Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-13", "--store", store, "--format", "csv");
        assertThat(csv.csv().stream().filter(row -> row.get("field").equals("Last high-level visit")).findFirst()
                .orElseThrow().get("value")).contains("also claimed: place Islamabad International Airport");

        JsonNode before = Cli.ok("visits", "AZ", "PK", "--as-of", "2024-07-10", "--store", store, "--format", "json")
                .json();
        assertThat(before.at("/0/visit").has("annotations")).isFalse();
    }

    @Test
    void the_event_log_carries_them_and_the_imported_store_checks_clean_and_shows_them(@TempDir Path directory)
            throws Exception {
        Path log = directory.resolve("log.jsonl");
        Cli.ok("export", "-o", log.toString(), "--store", store);
        assertThat(Files.readAllLines(log).stream().filter(line -> line.contains("\"entente.note\"")))
                .singleElement().satisfies(line -> assertThat(line).contains("\"entente.alternatives\"",
                        "Islamabad International Airport"));
        String imported = directory.resolve("imported").toString();
        Cli.ok("import", log.toString(), "--store", imported);

        assertThat(Cli.ok("check", "--store", imported).exitCode()).isZero();
        assertThat(Cli.ok("check", "--store", store).exitCode()).isZero();
        assertThat(arrivalIn(Cli.ok("timeline", "AZ", "PK", "--store", imported, "--format", "json").json())
                .path("annotations").path("note").asText()).isEqualTo(NOTE);
    }

    @Test
    void the_agreement_register_shows_the_note_of_an_agreement_in_text_json_and_csv(@TempDir Path directory) {
        Path chronicle = Cli.write(directory.resolve("mou.jsonl"), String.join("\n",
                "{\"type\": \"Source\", \"id\": \"a\", \"title\": \"A report\", \"publisher\": \"Dawn\", "
                        + "\"published\": \"2024-07-12\"}",
                "{\"type\": \"ConcludeAgreement\", \"agreementId\": \"az-pk-mou\", \"occurredOn\": \"2024-07-11\", "
                        + "\"title\": \"A memorandum\", \"kind\": \"memorandum-of-understanding\", "
                        + "\"parties\": [\"AZ\", \"PK\"], \"sectors\": [\"energy\"], \"sources\": [\"a\"], "
                        + "\"note\": \"The title is as one report words it\", \"alternatives\": [{\"field\": \"title\", "
                        + "\"value\": \"An energy memorandum\", \"sources\": [\"a\"]}]}", ""));
        String mouStore = directory.resolve("store").toString();
        Cli.ok("apply", chronicle.toString(), "--store", mouStore);

        List<String> text = Cli.ok("agreements", "--as-of", "2024-07-12", "--store", mouStore).outLines();
        assertThat(text).contains(
                "  " + " ".repeat(22) + " " + " ".repeat(10) + " " + " ".repeat(28) + " concluded: note: The title is as "
                        + "one report words it",
                "  " + " ".repeat(22) + " " + " ".repeat(10) + " " + " ".repeat(28) + " concluded: also claimed: title An "
                        + "energy memorandum (Dawn, 2024-07-12)");
        JsonNode json = Cli.ok("agreements", "--as-of", "2024-07-12", "--store", mouStore, "--format", "json").json();
        assertThat(json.at("/0/agreement/annotations/0/kind").asText()).isEqualTo("agreement.concluded");
        Cli.Result csv = Cli.ok("agreements", "--as-of", "2024-07-12", "--store", mouStore, "--format", "csv");
        assertThat(csv.csv().get(0))
                .containsEntry("notes", "agreement.concluded: The title is as one report words it")
                .containsEntry("alternatives", "agreement.concluded: title = An energy memorandum (Dawn, 2024-07-12)");
        // Before it was concluded, the register does not know it, nor its note.
        assertThat(Cli.ok("agreements", "--as-of", "2024-07-10", "--store", mouStore, "--format", "json").json())
                .isEmpty();
    }

    // --- as recorded at ---------------------------------------------------------------------------------------

    @Test
    void as_recorded_at_an_instant_between_two_applies_every_query_knows_only_the_first(@TempDir Path directory)
            throws Exception {
        String twoStep = directory.resolve("store").toString();
        Path first = Cli.write(directory.resolve("first.json"), Cli.read(Cli.example(Cli.REFERENCE)));
        // The first chronicle: the reference without the arrival, cut before it; the second: the whole reference.
        String whole = Cli.read(first);
        int arrival = whole.indexOf("    {\n      \"type\": \"RecordArrival\"");
        Cli.write(first, whole.substring(0, arrival).stripTrailing().replaceAll(",$", "") + "\n  ]\n}\n");
        Cli.ok("apply", first.toString(), "--store", twoStep);
        Thread.sleep(5);
        Instant between = Instant.now();
        Thread.sleep(5);
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", twoStep);

        JsonNode then = Cli.ok("visits", "AZ", "PK", "--store", twoStep, "--as-recorded-at", between.toString(),
                "--format", "json").json();
        JsonNode now = Cli.ok("visits", "AZ", "PK", "--store", twoStep, "--format", "json").json();
        assertThat(then.at("/0/visit/arrival").isNull()).isTrue();
        assertThat(now.at("/0/visit/arrival/place").asText()).isEqualTo("Nur Khan Airbase, Rawalpindi");

        JsonNode timelineThen = Cli.ok("timeline", "AZ", "PK", "--store", twoStep, "--as-recorded-at",
                between.toString(), "--format", "json").json();
        assertThat(timelineThen).hasSize(1);
        assertThat(timelineThen.at("/0/kind").asText()).isEqualTo("visit.scheduled");
        assertThat(Cli.ok("agreements", "--as-of", "2024-12-31", "--store", twoStep, "--as-recorded-at",
                between.toString(), "--format", "json").json()).isEmpty();
        JsonNode stateThen = Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-13", "--store", twoStep,
                "--as-recorded-at", between.toString(), "--format", "json").json();
        assertThat(stateThen.path("lastHighLevelVisit").isNull()).isTrue();

        // As recorded now (or later) is the store as it stands, in every answer.
        String later = Instant.now().plusSeconds(3600).toString();
        assertThat(Cli.ok("visits", "AZ", "PK", "--store", twoStep, "--as-recorded-at", later, "--format", "json")
                .json()).isEqualTo(now);
        assertThat(Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-13", "--store", twoStep, "--as-recorded-at",
                later, "--format", "json").json()).isEqualTo(Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-13",
                "--store", twoStep, "--format", "json").json());
        // A day before anything was recorded: nothing known.
        assertThat(Cli.ok("visits", "AZ", "PK", "--store", twoStep, "--as-recorded-at", "2000-01-01",
                "--format", "json").json()).isEmpty();
    }

    @Test
    void as_recorded_at_in_text_says_so_on_a_first_line_and_then_answers_as_the_store_would() {
        String later = "2999-01-01T00:00:00Z";

        List<String> text = Cli.ok("visits", "AZ", "PK", "--store", store, "--as-recorded-at", later).outLines();

        assertThat(text.get(0)).isEqualTo("As recorded at " + later + ":");
        assertThat(text.subList(1, text.size())).isEqualTo(Cli.ok("visits", "AZ", "PK", "--store", store).outLines());
        assertThat(Cli.ok("visits", "AZ", "PK", "--store", store, "--as-recorded-at", later, "--format", "csv").out())
                .isEqualTo(Cli.ok("visits", "AZ", "PK", "--store", store, "--format", "csv").out());
    }

    @Test
    void as_recorded_at_something_that_is_not_an_instant_is_a_usage_error() {
        Cli.Result result = Cli.run("visits", "AZ", "PK", "--store", store, "--as-recorded-at", "yesterday");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--as-recorded-at takes an instant", "'yesterday'");
    }

    // --- dry run ----------------------------------------------------------------------------------------------

    @Test
    void a_dry_run_on_a_new_store_lists_every_command_and_creates_nothing(@TempDir Path directory) {
        Path fresh = directory.resolve("fresh");

        Cli.Result result = Cli.ok("apply", "--dry-run", Cli.example(Cli.REFERENCE).toString(),
                "--store", fresh.toString());

        assertThat(Files.exists(fresh)).isFalse();
        List<String> lines = result.outLines();
        assertThat(lines.get(0)).startsWith("Dry run on the ").endsWith(": nothing was written.");
        assertThat(lines.get(1)).matches("Would apply 32 commands \\(\\d+ events\\):");
        assertThat(lines.subList(2, lines.size())).hasSize(32).allSatisfy(line -> assertThat(line).startsWith("  + "));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("RecordArrival -> visit:aliyev-pakistan-2024: "
                + "visit.guest-arrived on 2024-07-11 (with a note and 1 alternative claim)"));
    }

    @Test
    void a_dry_run_on_a_store_that_has_it_all_would_skip_everything_and_changes_no_byte() {
        Map<String, String> before = Cli.fingerprint(Path.of(store));

        Cli.Result result = Cli.ok("apply", "--dry-run", Cli.example(Cli.REFERENCE).toString(), "--store", store);

        assertThat(result.outLines().get(1)).isEqualTo("Would apply 0 commands (0 events); would skip 32 applied "
                + "before.");
        assertThat(Cli.fingerprint(Path.of(store))).isEqualTo(before);
    }

    @Test
    void a_dry_run_of_a_command_the_rules_refuse_reports_it_as_apply_does(@TempDir Path directory) {
        // The reference chronicle with the arrival moved to a day outside the visit: a correction of the arrival,
        // which the rules refuse where it stood; the dry run says so, and writes nothing.
        String reference = Cli.read(Cli.example(Cli.REFERENCE));
        String arrival = "\"type\": \"RecordArrival\",\n      \"visitId\": \"aliyev-pakistan-2024\",\n"
                + "      \"occurredOn\": \"2024-07-11\"";
        assertThat(reference).containsOnlyOnce(arrival);
        Path edited = Cli.write(directory.resolve("edited.json"), reference.replace(arrival,
                arrival.replace("2024-07-11", "2024-07-20")));
        Map<String, String> before = Cli.fingerprint(Path.of(store));

        Cli.Result result = Cli.run("apply", "--dry-run", edited.toString(), "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("RecordArrival");
        assertThat(Cli.fingerprint(Path.of(store))).isEqualTo(before);
    }
}
