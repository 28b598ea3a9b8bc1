package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code entente apply} with the two example chronicles, then the questions a store answers: state, timeline,
 * agreements, visits, as text, JSON and CSV; and the help and usage errors of every command.
 */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApplyTest {

    private static final String AZ_PK_TRADE_TITLE =
            "Preferential Trade Agreement between the Government of Azerbaijan and the Government of Pakistan";
    private static final String TRANSIT_TITLE =
            "Agreement on Transit Trade between the Government of Azerbaijan and the Government of Pakistan";
    private static final String AACHEN_TITLE = "Treaty between the French Republic and the Federal Republic of "
            + "Germany on Franco-German cooperation and integration (Treaty of Aachen)";

    /** Both example chronicles, applied once for the questions of this class; the questions do not change them. */
    @TempDir
    static Path shared;
    private static String store;

    @BeforeAll
    static void applyBothExamples() {
        store = shared.resolve("store").toString();
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), Cli.example(Cli.FRANCE_GERMANY).toString(),
                "--store", store);
    }

    // --- apply -------------------------------------------------------------------------------------------------

    @Test
    void both_examples_apply_cleanly_and_applying_them_again_adds_nothing(@TempDir Path directory) throws Exception {
        String fresh = directory.resolve("store").toString();
        String reference = Cli.example(Cli.REFERENCE).toString();
        String franceGermany = Cli.example(Cli.FRANCE_GERMANY).toString();

        Cli.Result first = Cli.ok("apply", reference, "--store", fresh);
        assertThat(first.out()).startsWith("Applied 32 commands (store ");
        assertThat(first.err()).isEmpty();
        Cli.Result second = Cli.ok("apply", franceGermany, "--store", fresh);
        assertThat(second.out()).startsWith("Applied 10 commands (store ");

        Path before = directory.resolve("before.jsonl");
        Cli.ok("export", "-o", before.toString(), "--store", fresh);

        Cli.Result again = Cli.ok("apply", reference, franceGermany, "--store", fresh);
        assertThat(again.out()).startsWith("Applied 0 commands; skipped 42 applied before (store ");

        Path after = directory.resolve("after.jsonl");
        Cli.ok("export", "-o", after.toString(), "--store", fresh);
        assertThat(Files.readAllBytes(after)).as("the event log after applying the chronicles again")
                .isEqualTo(Files.readAllBytes(before));
        assertThat(Files.readAllLines(before)).as("header, events, applied commands, end marker")
                .hasSize(1 + 50 + 42 + 1);
    }

    // --- state -------------------------------------------------------------------------------------------------

    @Test
    void state_as_text_shows_the_relationship_after_the_visit() {
        assertThat(Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-13", "--store", store).outLines()).containsExactlyElementsOf(Cli.STATE_AFTER_THE_VISIT);
    }

    @Test
    void state_before_the_visit_has_nothing_on_record_and_the_order_of_the_countries_does_not_matter() {
        List<String> lines = Cli.ok("state", "pk", "az", "--as-of", "2024-07-10", "--store", store).outLines();
        assertThat(lines.get(0)).isEqualTo("Azerbaijan–Pakistan (AZ-PK) on 2024-07-10");
        assertThat(lines).contains("  Partnership            not on record",
                "  Agreements             not on record",
                "  Last high-level visit  not on record");
    }

    @Test
    void state_as_json_has_the_facts_as_fields() {
        JsonNode state = Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-13", "--format", "json", "--store", store)
                .json();
        assertThat(state.path("dyad").asText()).isEqualTo("AZ-PK");
        assertThat(state.path("asOf").asText()).isEqualTo("2024-07-13");
        assertThat(state.path("partnership").path("level").asText()).isEqualTo("strategic partnership");
        assertThat(state.path("partnership").path("since").asText()).isEqualTo("2024-07-12");
        assertThat(texts(state.path("supports"), "issue")).containsExactly("Karabakh", "Kashmir");
        assertThat(texts(state.path("supports"), "supporter")).containsExactly("PK", "AZ");
        assertThat(state.path("agreementsByStatus").path("SIGNED").asInt()).isEqualTo(3);
        assertThat(state.path("agreementsByStatus").path("IN_FORCE").asInt()).isEqualTo(7);
        assertThat(state.path("agreementsInForceBySector").path("ENERGY").asInt()).isEqualTo(1);
        assertThat(state.path("agreementsInForceBySector").has("TRADE")).isFalse();
        JsonNode visit = state.path("lastHighLevelVisit");
        assertThat(visit.path("id").asText()).isEqualTo("aliyev-pakistan-2024");
        assertThat(visit.path("guest").path("name").asText()).isEqualTo("Ilham Aliyev");
        assertThat(visit.path("host").asText()).isEqualTo("PK");
        assertThat(visit.path("arrivedOn").asText()).isEqualTo("2024-07-11");
        assertThat(visit.path("concludedOn").asText()).isEqualTo("2024-07-12");
        assertThat(state.path("diplomaticRelations").asText()).isEqualTo("ESTABLISHED");
        assertThat(state.path("relationsSince").asText()).isEqualTo("1992-06-09");
        assertThat(state.has("relationsSinceAsWritten")).as("an exact day has no date as written").isFalse();
        assertThat(texts(state.path("recognitions"), "occurredOn")).containsExactly("1991-12-12");
        assertThat(texts(state.path("pledges"), "pledgedBy")).containsExactly("AZ");
        assertThat(texts(state.path("pledges"), "amount")).containsExactly("$2 billion, an initial figure");
    }

    @Test
    void the_visit_log_shows_the_documents_signed_in_all_beside_those_on_record() {
        assertThat(Cli.ok("visits", "AZ", "PK", "--store", store).outLines())
                .contains("    Documents signed: 15 in all, 10 on record");
        JsonNode visits = Cli.ok("visits", "AZ", "PK", "--format", "json", "--store", store).json();
        assertThat(visits.path(0).path("documentsSignedInAll").asInt()).isEqualTo(15);
        assertThat(visits.path(0).path("agreementsSigned").size()).isEqualTo(10);
    }

    @Test
    void before_the_signing_ceremony_the_visit_log_states_no_documents_signed() {
        Cli.Result log = Cli.ok("visits", "FR", "DE", "--store", store);
        assertThat(log.out()).doesNotContain("Documents signed:");
        JsonNode visits = Cli.ok("visits", "FR", "DE", "--format", "json", "--store", store).json();
        assertThat(visits.path(0).has("documentsSignedInAll")).isFalse();
    }

    @Test
    void state_as_csv_is_one_row_per_field() {
        Cli.Result result = Cli.ok("state", "FR", "DE", "--as-of", "2024-06-01", "--format", "csv", "--store", store);
        assertThat(result.csvHeader()).isEqualTo("field,value");
        assertThat(result.csv()).contains(
                Map.of("field", "Agreements", "value", "1: 1 in force"),
                Map.of("field", "Last high-level visit", "value",
                        "Emmanuel Macron (head of state, FR) in Germany, state visit, 2024-05-26 to 2024-05-28"));
    }

    // --- timeline ----------------------------------------------------------------------------------------------

    @Test
    void timeline_as_text_lists_the_entries_of_the_range_with_their_sources() {
        assertThat(Cli.ok("timeline", "AZ", "PK", "--from", "2024-07-12", "--to", "2024-07-13", "--store", store)
                .outLines()).containsExactly(
                "Azerbaijan–Pakistan (AZ-PK), from 2024-07-12 to 2024-07-13: 4 entries",
                "  2024-07-12  Azerbaijan and Pakistan reaffirmed their strategic partnership",
                "              sources: News.az, 2024-07-12; Azernews, 2024-07-13",
                "  2024-07-12  Ilham Aliyev departed; the state visit ended",
                "              sources: News.az, 2024-07-12; The News International, 2024-07-11",
                "  2024-07-13  Pakistan declared support for Azerbaijan's position on Karabakh",
                "              sources: Azernews, 2024-07-13",
                "  2024-07-13  Azerbaijan declared support for Pakistan's position on Kashmir",
                "              sources: Azernews, 2024-07-13");
    }

    @Test
    void timeline_as_json_has_each_entry_with_its_kind_summary_and_sources() {
        JsonNode entries = Cli.ok("timeline", "AZ", "PK", "--from", "2024-07-11", "--to", "2024-07-31",
                "--format", "json", "--store", store).json();
        assertThat(entries.isArray()).isTrue();
        assertThat(entries).hasSize(37);
        JsonNode arrival = StreamSupport.stream(entries.spliterator(), false)
                .filter(entry -> entry.path("kind").asText().equals("visit.guest-arrived"))
                .findFirst().orElseThrow();
        assertThat(arrival.path("occurredOn").asText()).isEqualTo("2024-07-11");
        assertThat(arrival.path("summary").asText()).contains("Nur Khan Airbase",
                "guard of honour, 21-gun salute, red carpet");
        assertThat(texts(arrival.path("sources"), "publisher"))
                .containsExactly("The Express Tribune", "NNI News Agency", "Daily Express (Urdu)", "Azernews");
        JsonNode last = entries.get(36);
        assertThat(last.path("kind").asText()).isEqualTo("relationship.support-declared");
        assertThat(last.path("summary").asText()).isEqualTo("Azerbaijan declared support for Pakistan's position on "
                + "Kashmir");
    }

    @Test
    void timeline_as_csv_has_a_header_and_a_row_per_entry() {
        Cli.Result result = Cli.ok("timeline", "FR", "DE", "--to", "2019-12-31", "--format", "csv", "--store", store);
        assertThat(result.csvHeader()).isEqualTo("date,kind,subject,summary,sources,note,alternatives");
        List<Map<String, String>> rows = result.csv();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsEntry("date", "2019-01-22")
                .containsEntry("kind", "agreement.signed")
                .containsEntry("subject", "fr-de-treaty-of-aachen-2019");
        assertThat(rows.get(1).get("summary")).contains("signed for France by Emmanuel Macron, Germany by Angela "
                + "Merkel at Aachen");
        assertThat(rows.get(1).get("sources")).startsWith("Gouvernement de la République française, 2019-06-03");
    }

    // --- agreements --------------------------------------------------------------------------------------------

    @Test
    void agreements_by_party_sector_and_status_as_text() {
        assertThat(Cli.ok("agreements", "--party", "AZ", "--sector", "trade", "--status", "signed", "--as-of",
                "2024-12-31", "--store", store).outLines()).containsExactly(
                "Agreements with Azerbaijan in trade on 2024-12-31: 2 agreements",
                "  signed                 2024-07-11 agreement                    " + AZ_PK_TRADE_TITLE,
                "                                                                 sectors: trade; areas: "
                        + "preferential trade, agriculture, pharmaceuticals, textiles",
                "  signed                 2024-07-11 agreement                    " + TRANSIT_TITLE,
                "                                                                 sectors: trade, transport; areas: "
                        + "transit trade");
    }

    @Test
    void agreements_on_a_date_before_they_were_concluded_are_none() {
        assertThat(Cli.ok("agreements", "--party", "PK", "--as-of", "2024-07-10", "--store", store).outLines())
                .containsExactly("Agreements with Pakistan on 2024-07-10: 0 agreements");
    }

    @Test
    void agreements_by_kind_and_status_follow_the_treaty_of_Aachen_into_force() {
        assertThat(Cli.ok("agreements", "--kind", "treaty", "--as-of", "2020-01-21", "--store", store).outLines())
                .hasSize(3)
                .first().isEqualTo("Agreements on 2020-01-21: 1 agreement");
        assertThat(Cli.ok("agreements", "--kind", "treaty", "--status", "in-force", "--as-of", "2020-01-21",
                "--store", store).outLines()).containsExactly("Agreements on 2020-01-21: 0 agreements");
        assertThat(Cli.ok("agreements", "--kind", "treaty", "--status", "in-force", "--as-of", "2020-01-22",
                "--store", store).outLines()).startsWith(
                "Agreements on 2020-01-22: 1 agreement",
                "  in force               2019-01-22 treaty                       " + AACHEN_TITLE);
    }

    @Test
    void agreements_as_json_carry_the_record_and_its_status_on_the_date() {
        JsonNode entries = Cli.ok("agreements", "--party", "PK", "--sector", "energy", "--as-of", "2024-12-31",
                "--format", "json", "--store", store).json();
        assertThat(entries).hasSize(1);
        JsonNode energy = entries.get(0);
        assertThat(energy.path("status").asText()).isEqualTo("IN_FORCE");
        assertThat(energy.path("agreement").path("id").asText()).isEqualTo("az-pk-energy-cooperation-mou-2024");
        assertThat(energy.path("agreement").path("kind").asText()).isEqualTo("MEMORANDUM_OF_UNDERSTANDING");
        assertThat(texts(energy.path("agreement").path("areas")))
                .containsExactly("oil and gas exploration", "renewable energy");
        assertThat(energy.path("agreement").path("inForceFrom").asText()).isEqualTo("2024-07-11");
        assertThat(energy.path("agreement").path("signings").get(0).path("duringVisit").asText())
                .isEqualTo("aliyev-pakistan-2024");
    }

    @Test
    void agreements_as_csv_have_a_header_and_a_row_per_agreement() {
        Cli.Result result = Cli.ok("agreements", "--party", "DE", "--as-of", "2024-12-31", "--format", "csv",
                "--store", store);
        assertThat(result.csvHeader()).isEqualTo("id,status,kind,parties,sectors,areas,concluded,signed,\"in force\","
                + "title,amends,supersedes,\"amended or superseded by\",notes,alternatives");
        assertThat(result.csv()).containsExactly(Map.ofEntries(Map.entry("id", "fr-de-treaty-of-aachen-2019"),
                Map.entry("status", "in force"), Map.entry("kind", "treaty"), Map.entry("parties", "FR DE"),
                Map.entry("sectors", "diplomacy, defence, economy, culture, education, environment"),
                Map.entry("areas", "cross-border cooperation, migration"), Map.entry("concluded", "2019-01-22"),
                Map.entry("signed", "2019-01-22"), Map.entry("in force", "2020-01-22"), Map.entry("title", AACHEN_TITLE),
                Map.entry("amends", ""), Map.entry("supersedes", ""), Map.entry("amended or superseded by", ""),
                Map.entry("notes", ""), Map.entry("alternatives", "")));
    }

    // --- visits ------------------------------------------------------------------------------------------------

    @Test
    void visits_as_text_tell_the_visit_step_by_step_with_the_agreements_signed() {
        List<String> lines = Cli.ok("visits", "AZ", "PK", "--store", store).outLines();
        assertThat(lines).startsWith(
                "Azerbaijan–Pakistan (AZ-PK): 1 visit",
                "  aliyev-pakistan-2024: state visit of Ilham Aliyev (head of state, AZ) to Pakistan, planned "
                        + "2024-07-11 to 2024-07-12 (concluded)",
                "    2024-07-11  Ilham Aliyev arrived in Pakistan at Nur Khan Airbase, Rawalpindi, received by "
                        + "Shehbaz Sharif (head of government, PK), Mohsin Naqvi (minister, PK), Attaullah Tarar "
                        + "(minister, PK); honours: guard of honour, 21-gun salute, red carpet, bouquets presented "
                        + "by two children in traditional dress");
        assertThat(lines).contains(
                "    2024-07-12  Ilham Aliyev departed; the state visit ended",
                "    Agreements signed during the visit: 10",
                "      trade: " + AZ_PK_TRADE_TITLE,
                "      trade, transport: " + TRANSIT_TITLE,
                "      energy: Memorandum on energy cooperation (title as described by Azernews)");
    }

    @Test
    void visits_as_of_a_day_inside_the_visit_show_only_what_had_happened_by_then() {
        List<String> lines = Cli.ok("visits", "AZ", "PK", "--as-of", "2024-07-11", "--store", store).outLines();
        assertThat(lines).anyMatch(line -> line.contains("aliyev-pakistan-2024") && line.endsWith("(under way)"));
        assertThat(lines).noneMatch(line -> line.startsWith("    2024-07-12"));
        Map<String, String> row = Cli.ok("visits", "AZ", "PK", "--as-of", "2024-07-11", "--format", "csv",
                "--store", store).csv().get(0);
        assertThat(row).containsEntry("arrived", "2024-07-11").containsEntry("concluded", "");
        assertThat(Cli.ok("visits", "AZ", "PK", "--as-of", "2024-07-07", "--format", "json", "--store", store)
                .json()).isEmpty();
    }

    @Test
    void state_as_of_a_day_inside_the_visit_does_not_know_the_departure() {
        JsonNode last = Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-11", "--format", "json", "--store", store)
                .json().path("lastHighLevelVisit");
        assertThat(last.path("arrivedOn").asText()).isEqualTo("2024-07-11");
        assertThat(last.hasNonNull("concludedOn")).isFalse();
    }

    @Test
    void visits_as_json_have_the_arrival_and_its_honours() {
        JsonNode visits = Cli.ok("visits", "FR", "DE", "--format", "json", "--store", store).json();
        assertThat(visits).hasSize(1);
        JsonNode visit = visits.get(0).path("visit");
        assertThat(visit.path("id").asText()).isEqualTo("macron-germany-2024");
        assertThat(visit.path("guest").path("name").asText()).isEqualTo("Emmanuel Macron");
        assertThat(visit.path("host").asText()).isEqualTo("DE");
        assertThat(visit.path("arrival").path("place").asText()).isEqualTo("Schloss Bellevue, Berlin");
        assertThat(visit.path("arrival").path("honours").path("guardOfHonour").asBoolean()).isTrue();
        assertThat(visit.path("arrival").path("honours").path("redCarpet").asBoolean()).isFalse();
        assertThat(visits.get(0).path("agreementsSigned")).isEmpty();
    }

    @Test
    void visits_as_csv_have_a_header_and_a_row_per_visit() {
        Cli.Result result = Cli.ok("visits", "AZ", "PK", "--format", "csv", "--store", store);
        assertThat(result.csvHeader()).isEqualTo("id,guest,office,from,host,kind,\"planned from\",\"planned to\","
                + "arrived,concluded,honours,\"agreements signed\",\"documents signed in all\",notes,alternatives");
        List<Map<String, String>> rows = result.csv();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("id", "aliyev-pakistan-2024")
                .containsEntry("guest", "Ilham Aliyev")
                .containsEntry("office", "head of state")
                .containsEntry("from", "AZ")
                .containsEntry("host", "PK")
                .containsEntry("kind", "state visit")
                .containsEntry("arrived", "2024-07-11")
                .containsEntry("concluded", "2024-07-12")
                .containsEntry("honours", "guard of honour, 21-gun salute, red carpet, bouquets presented by two "
                        + "children in traditional dress");
        assertThat(rows.get(0).get("agreements signed").split(" ")).hasSize(10)
                .contains("az-pk-preferential-trade-agreement-2024", "az-pk-defence-cooperation-2024");
    }

    // --- help and usage ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} --help")
    @CsvSource(delimiter = '|', textBlock = """
            demo       | --keep
            apply      | FILE, --store
            state      | --as-of, --store, --format
            timeline   | --from, --to, --store, --format
            agreements | --party, --sector, --kind, --status, --as-of, --store, --format
            visits     | --store, --format
            replay     | --store
            export     | --output, --store
            import     | FILE, --store
            """)
    void help_on_every_command_exits_0_and_names_its_options(String command, String options) {
        Cli.Result help = Cli.ok(command, "--help");
        assertThat(help.out()).startsWith("Usage: entente " + command);
        for (String option : options.split(",\\s*")) {
            assertThat(help.out()).as("entente %s --help", command).contains(option);
        }
        assertThat(help.out()).contains("--help", "--verbose");
    }

    @Test
    void help_on_the_command_itself_lists_every_command_and_the_exit_codes() {
        Cli.Result help = Cli.ok("--help");
        assertThat(help.out()).contains("demo", "apply", "state", "timeline", "agreements", "visits", "replay",
                "export", "import", "Exit codes:");
    }

    @Test
    void an_unknown_option_exits_2() {
        Cli.Result result = Cli.run("state", "AZ", "PK", "--colour", "--store", store);
        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void an_unknown_command_exits_2() {
        Cli.Result result = Cli.run("summarise", "AZ", "PK");
        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(result.err()).contains("summarise");
    }

    @Test
    void no_command_exits_2() {
        assertThat(Cli.run().exitCode()).isEqualTo(2);
    }

    @Test
    void bad_values_of_options_and_arguments_exit_2() {
        assertThat(Cli.run("state", "AZ", "PK", "--as-of", "2024-13-01", "--store", store).exitCode()).isEqualTo(2);
        assertThat(Cli.run("state", "AZ", "XX", "--store", store).exitCode()).isEqualTo(2);
        Cli.Result format = Cli.run("state", "AZ", "PK", "--format", "xml", "--store", store);
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format takes text, json or csv, not 'xml'");
        Cli.Result status = Cli.run("agreements", "--status", "ratified", "--store", store);
        assertThat(status.exitCode()).isEqualTo(2);
        assertThat(status.err()).contains("--status takes one of concluded, signed");
        assertThat(Cli.run("agreements", "--sector", "gastronomy", "--store", store).exitCode()).isEqualTo(2);
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
