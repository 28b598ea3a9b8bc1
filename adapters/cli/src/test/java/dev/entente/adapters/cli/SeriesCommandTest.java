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
 * {@code entente series} on the reference chronicle, against a count made by hand from examples/: on 11 July the
 * visit announced (036 AZ→PK, 4.0), made and hosted (042 AZ→PK 1.9, 043 PK→AZ 2.8), the talks (046 both ways, 7.0)
 * and ten agreements each signed by both (057 both ways, 8.0: 20 events); on 12 July the partnership reaffirmed (050
 * both ways, 3.5); on 13 July support declared each way (052, 3.5). Also on 11 July Azerbaijan's investment pledge
 * (0311 AZ→PK, 5.2); earlier, Pakistan's recognition of Azerbaijan on 12 December 1991 (054 PK→AZ, 6.0) and the
 * establishment of diplomatic relations on 9 June 1992 (054 both ways, 6.0). 33 coded events; the conclusions, the
 * departure, the ceremonies and the entries into force are uncoded.
 */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SeriesCommandTest {

    @TempDir
    static Path shared;
    private static String store;

    @BeforeAll
    static void applyTheExamples() {
        store = shared.resolve("store").toString();
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), Cli.example(Cli.FRANCE_GERMANY).toString(),
                "--store", store);
    }

    @Test
    void by_day_the_series_equals_the_hand_count_and_days_without_events_are_empty() {
        List<Map<String, String>> rows = Cli.ok("series", "AZ", "PK", "--by", "day", "--from", "2024-07-10",
                "--to", "2024-07-14", "--format", "csv", "--store", store).csv();
        assertThat(rows).extracting(row -> row.get("period"))
                .containsExactly("2024-07-10", "2024-07-11", "2024-07-12", "2024-07-13", "2024-07-14");
        assertThat(rows.get(1)).containsEntry("events", "26").containsEntry("root 03", "2")
                .containsEntry("root 04", "4").containsEntry("root 05", "20").containsEntry("quad 1", "26")
                .containsEntry("quad 2", "0").containsEntry("goldstein sum", "187.90")
                .containsEntry("goldstein mean", "7.23");
        assertThat(rows.get(2)).containsEntry("events", "2").containsEntry("root 05", "2")
                .containsEntry("goldstein sum", "7.00").containsEntry("goldstein mean", "3.50");
        assertThat(rows.get(3)).containsEntry("events", "2").containsEntry("root 05", "2")
                .containsEntry("goldstein sum", "7.00");
        for (Map<String, String> empty : List.of(rows.get(0), rows.get(4))) {
            assertThat(empty).containsEntry("events", "").containsEntry("root 05", "").containsEntry("quad 1", "")
                    .containsEntry("goldstein sum", "").containsEntry("goldstein mean", "");
        }
    }

    @Test
    void directed_by_month_each_direction_has_its_own_count() {
        List<Map<String, String>> rows = Cli.ok("series", "AZ", "PK", "--by", "month", "--directed", "--from",
                "2024-07-01", "--to", "2024-07-31", "--format", "csv", "--store", store).csv();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("period", "2024-07").containsEntry("source", "AZ")
                .containsEntry("target", "PK").containsEntry("events", "16").containsEntry("root 03", "2")
                .containsEntry("root 04", "2").containsEntry("root 05", "12").containsEntry("goldstein sum", "105.10")
                .containsEntry("goldstein mean", "6.57");
        assertThat(rows.get(1)).containsEntry("source", "PK").containsEntry("target", "AZ")
                .containsEntry("events", "14").containsEntry("root 03", "0").containsEntry("root 04", "2")
                .containsEntry("root 05", "12").containsEntry("goldstein sum", "96.80")
                .containsEntry("goldstein mean", "6.91");
    }

    @Test
    void the_order_of_the_countries_sets_the_order_of_the_directions() {
        List<Map<String, String>> rows = Cli.ok("series", "PK", "AZ", "--directed", "--from", "2024-07-01", "--to",
                "2024-07-31", "--format", "csv", "--store", store).csv();
        assertThat(rows).extracting(row -> row.get("source") + ">" + row.get("target") + " " + row.get("events"))
                .containsExactly("PK>AZ 14", "AZ>PK 16");
    }

    @Test
    void as_json_an_empty_period_has_no_goldstein_values_and_the_week_holds_the_whole_visit() {
        JsonNode json = Cli.ok("series", "AZ", "PK", "--by", "week", "--from", "2024-07-01", "--to", "2024-07-14",
                "--format", "json", "--store", store).json();
        JsonNode periods = json.get("periods");
        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).get("name").asText()).isEqualTo("2024-W27");
        assertThat(periods.get(0).get("events").asInt()).isZero();
        assertThat(periods.get(0).get("goldsteinSum").isNull()).isTrue();
        assertThat(periods.get(1).get("name").asText()).isEqualTo("2024-W28");
        assertThat(periods.get(1).get("events").asInt()).isEqualTo(30);
        assertThat(periods.get(1).get("goldsteinSum").asDouble()).isEqualTo(201.9);
        assertThat(periods.get(1).get("byRoot").get("04").asInt()).isEqualTo(4);
    }

    @Test
    void a_date_before_the_visit_shows_only_what_was_dated_by_then() {
        List<Map<String, String>> rows = Cli.ok("series", "AZ", "PK", "--by", "year", "--from", "2024-01-01",
                "--to", "2024-07-12", "--format", "csv", "--store", store).csv();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("events", "28"));
    }

    @Test
    void by_year_over_the_whole_history_the_facts_of_the_nineties_have_their_own_years() {
        List<Map<String, String>> rows = Cli.ok("series", "AZ", "PK", "--by", "year", "--format", "csv",
                "--store", store).csv();
        assertThat(rows.get(0)).containsEntry("period", "1991").containsEntry("events", "1")
                .containsEntry("root 05", "1").containsEntry("goldstein sum", "6.00");
        assertThat(rows.get(1)).containsEntry("period", "1992").containsEntry("events", "2")
                .containsEntry("goldstein sum", "12.00");
        assertThat(rows.get(2)).containsEntry("period", "1993").containsEntry("events", "");
        assertThat(rows.get(rows.size() - 1)).containsEntry("period", "2024").containsEntry("events", "30");
        assertThat(rows).hasSize(34);
    }

    @Test
    void as_text_a_table_with_a_dash_for_an_empty_period() {
        List<String> lines = Cli.ok("series", "AZ", "PK", "--by", "day", "--from", "2024-07-12", "--to", "2024-07-14",
                "--store", store).outLines();
        assertThat(lines.get(0)).isEqualTo("Azerbaijan–Pakistan (AZ-PK), by day: 3 periods, 4 coded events");
        assertThat(lines.get(1)).contains("period", "events", "root 05", "goldstein mean");
        assertThat(lines.get(2)).startsWith("  2024-07-12").contains("3.50");
        assertThat(lines.get(4)).startsWith("  2024-07-14").contains("–").doesNotContain("0.00");
    }

    @Test
    void a_period_that_is_not_one_or_a_range_backwards_is_bad_input() {
        Cli.Result unknown = Cli.run("series", "AZ", "PK", "--by", "fortnight", "--store", store);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("series.unknown-period").contains("day, week, month, quarter, year");
        Cli.Result backwards = Cli.run("series", "AZ", "PK", "--from", "2024-07-12", "--to", "2024-07-11",
                "--store", store);
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("series.range-out-of-order");
    }
}
