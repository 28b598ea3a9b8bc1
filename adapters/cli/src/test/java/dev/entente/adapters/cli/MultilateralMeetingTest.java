package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A trilateral summit of Azerbaijan, Pakistan and Türkiye, recorded once in a chronicle, reaches the timeline, state
 * and series of each of its three pairs (ADR 0020); a pair of states that did not take part does not see it.
 */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MultilateralMeetingTest {

    private static final String SUMMARY = "Azerbaijan–Pakistan–Türkiye trilateral summit (summit) held at Astana, "
            + "among AZ, PK, TR; attended by Ilham Aliyev (head of state, AZ); outcome: 'Joint statement'";

    @TempDir
    static Path shared;
    private static String store;

    @BeforeAll
    static void applyTheSummit() {
        Path chronicle = Cli.write(shared.resolve("summit.jsonl"), String.join("\n",
                "{\"type\": \"Source\", \"id\": \"apa\", \"title\": \"Leaders meet in Astana\", \"publisher\": \"APA\", "
                        + "\"published\": \"2024-07-04\"}",
                "{\"type\": \"DeclarePartnership\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"2024-07-11\", "
                        + "\"level\": \"strategic partnership\"}",
                "{\"type\": \"HoldMeeting\", \"meetingId\": \"az-pk-tr-summit-2024\", \"occurredOn\": \"2024-07-04\", "
                        + "\"kind\": \"summit\", \"mechanism\": \"Azerbaijan–Pakistan–Türkiye trilateral summit\", "
                        + "\"place\": \"Astana\", \"participants\": [\"AZ\", \"PK\", \"TR\"], "
                        + "\"dignitaries\": [{\"name\": \"Ilham Aliyev\", \"office\": \"head of state\", "
                        + "\"country\": \"AZ\"}], \"outcome\": \"Joint statement\", \"sources\": [\"apa\"]}", ""));
        store = shared.resolve("store").toString();
        Cli.ok("apply", chronicle.toString(), "--store", store);
    }

    @Test
    void the_timeline_of_each_pair_shows_the_summit_in_text_json_and_csv() {
        assertThat(Cli.ok("timeline", "AZ", "PK", "--store", store).out()).contains(SUMMARY);
        JsonNode json = Cli.ok("timeline", "PK", "TR", "--format", "json", "--store", store).json();
        assertThat(json).hasSize(1);
        assertThat(json.at("/0/kind").asText()).isEqualTo("meeting.held");
        assertThat(json.at("/0/subject").asText()).isEqualTo("az-pk-tr-summit-2024");
        List<Map<String, String>> csv = Cli.ok("timeline", "TR", "AZ", "--format", "csv", "--store", store).csv();
        assertThat(csv).singleElement().satisfies(row -> assertThat(row).containsEntry("date", "2024-07-04")
                .containsEntry("kind", "meeting.held").containsEntry("summary", SUMMARY)
                .containsEntry("sources", "APA, 2024-07-04"));
        assertThat(Cli.ok("timeline", "FR", "DE", "--store", store).out()).doesNotContain("summit");
    }

    @Test
    void the_state_of_a_pair_counts_the_summit_from_its_day_on() {
        String line = "  Multilateral meetings  1; last: Azerbaijan–Pakistan–Türkiye trilateral summit (summit) at "
                + "Astana, 2024-07-04, among AZ, PK, TR";
        assertThat(Cli.ok("state", "AZ", "TR", "--as-of", "2024-07-04", "--store", store).outLines()).contains(line);
        assertThat(Cli.ok("state", "AZ", "TR", "--as-of", "2024-07-03", "--store", store).out())
                .doesNotContain("Multilateral meetings");
        JsonNode json = Cli.ok("state", "PK", "TR", "--as-of", "2024-07-04", "--format", "json", "--store", store)
                .json();
        assertThat(json.path("multilateralMeetings").asInt()).isEqualTo(1);
        assertThat(json.at("/lastMultilateralMeeting/id").asText()).isEqualTo("az-pk-tr-summit-2024");
        assertThat(Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-04", "--format", "csv", "--store", store).csv())
                .anySatisfy(row -> assertThat(row).containsEntry("field", "Multilateral meetings"));
    }

    @Test
    void the_series_of_a_pair_counts_the_summit_as_a_meeting_at_a_third_location_each_way() {
        List<Map<String, String>> rows = Cli.ok("series", "AZ", "PK", "--by", "day", "--from", "2024-07-04",
                "--to", "2024-07-04", "--format", "csv", "--store", store).csv();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("events", "2")
                .containsEntry("root 04", "2").containsEntry("goldstein sum", "5.00"));
    }

    @Test
    void the_csv_export_codes_the_summit_between_every_pair_both_ways() {
        Path csv = shared.resolve("events.csv");
        Cli.ok("export", "--format", "csv", "-o", csv.toString(), "--store", store);
        Cli.Result read = new Cli.Result(0, Cli.read(csv), "");
        assertThat(read.csv()).filteredOn(row -> row.get("entente_event").equals("meeting.held"))
                .extracting(row -> row.get("source") + ">" + row.get("target") + " " + row.get("event_code"))
                .containsExactlyInAnyOrder("AZ>PK 044", "AZ>TR 044", "PK>AZ 044", "PK>TR 044", "TR>AZ 044",
                        "TR>PK 044");
    }

    @Test
    void the_store_checks_whole_with_the_summit_in_its_read_models() {
        assertThat(Cli.ok("check", "--store", store).out()).startsWith("The store is whole: 2 events in 2 aggregates");
    }
}
