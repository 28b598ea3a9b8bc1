package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Treaty practice through the command line (issue 9 items 2–4 and binding): an exchange of notifications with a rule
 * counted from it, a protocol amending the agreement, a rule not on record with the date the sources state, a term
 * that renews, and a ratified joint declaration; in text, JSON and CSV, each for a date from the facts known then.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TreatyPracticeCliTest {

    private static final String CHRONICLE = """
            {"format": "entente-chronicle/1", "title": "Treaty practice",
             "sources": [{"id": "gazette", "title": "Entry into force", "publisher": "Official Gazette",
                          "published": "2024-12-02"}],
             "commands": [
              {"type": "ConcludeAgreement", "agreementId": "trade", "occurredOn": "2010-03-01", "title": "Trade Agreement",
               "kind": "agreement", "parties": ["AZ", "PK"], "sectors": ["trade"],
               "entryIntoForce": {"type": "days-after", "days": 30, "step": "notification"},
               "term": "P10Y", "renewal": "P5Y"},
              {"type": "SignAgreement", "agreementId": "trade", "occurredOn": "2010-03-01",
               "signatures": [{"party": "AZ"}, {"party": "PK"}]},
              {"type": "NotifyAgreement", "agreementId": "trade", "occurredOn": "2010-04-01", "party": "AZ"},
              {"type": "NotifyAgreement", "agreementId": "trade", "occurredOn": "2010-04-01", "party": "PK"},
              {"type": "ConcludeAgreement", "agreementId": "trade-protocol", "occurredOn": "2024-02-01",
               "title": "Protocol amending the Trade Agreement", "kind": "protocol", "parties": ["AZ", "PK"],
               "sectors": ["trade"], "amends": "trade",
               "entryIntoForce": {"type": "first-day-of-month-after", "months": 2, "step": "notification"}},
              {"type": "SignAgreement", "agreementId": "trade-protocol", "occurredOn": "2024-02-01",
               "signatures": [{"party": "AZ"}, {"party": "PK"}]},
              {"type": "NotifyAgreement", "agreementId": "trade-protocol", "occurredOn": "2024-03-15", "party": "AZ"},
              {"type": "NotifyAgreement", "agreementId": "trade-protocol", "occurredOn": "2024-03-20", "party": "PK"},
              {"type": "ConcludeAgreement", "agreementId": "culture", "occurredOn": "2024-07-11",
               "title": "Cultural Exchange Programme", "kind": "programme", "parties": ["AZ", "PK"],
               "sectors": ["culture"], "entryIntoForce": {"type": "not-on-record"}},
              {"type": "SignAgreement", "agreementId": "culture", "occurredOn": "2024-07-11",
               "signatures": [{"party": "AZ"}, {"party": "PK"}]},
              {"type": "RecordEntryIntoForce", "agreementId": "culture", "occurredOn": "2024-12-01",
               "sources": ["gazette"]},
              {"type": "ConcludeAgreement", "agreementId": "declaration", "occurredOn": "2024-07-11",
               "title": "Joint Declaration", "kind": "joint declaration", "binding": true, "parties": ["AZ", "PK"],
               "sectors": ["diplomacy"], "entryIntoForce": {"type": "on-last-ratification"}},
              {"type": "SignAgreement", "agreementId": "declaration", "occurredOn": "2024-07-11",
               "signatures": [{"party": "AZ"}, {"party": "PK"}]},
              {"type": "RatifyAgreement", "agreementId": "declaration", "occurredOn": "2024-09-01", "party": "AZ"},
              {"type": "RatifyAgreement", "agreementId": "declaration", "occurredOn": "2024-10-01", "party": "PK"}
             ]}
            """;

    @TempDir
    static Path shared;
    private static String store;

    @BeforeAll
    static void applyTheChronicle() throws Exception {
        Path chronicle = shared.resolve("treaty-practice.json");
        Files.writeString(chronicle, CHRONICLE);
        store = shared.resolve("store").toString();
        Cli.ok("apply", chronicle.toString(), "--store", store);
    }

    @Test
    void the_register_lists_the_protocol_under_the_agreement_as_signed_then_in_force() {
        assertThat(Cli.ok("agreements", "--as-of", "2024-04-30", "--store", store).outLines())
                .anySatisfy(line -> assertThat(line).endsWith("amended by trade-protocol 'Protocol amending the "
                        + "Trade Agreement' (signed on 2024-02-01, not yet in force)"))
                .anySatisfy(line -> assertThat(line).endsWith("term: P10Y, renewed automatically for periods of P5Y "
                        + "unless denounced"));
        assertThat(Cli.ok("agreements", "--as-of", "2024-05-01", "--store", store).outLines())
                .anySatisfy(line -> assertThat(line).endsWith("amended by trade-protocol 'Protocol amending the "
                        + "Trade Agreement' (in force since 2024-05-01)"));
    }

    @Test
    void a_renewing_agreement_is_in_force_long_after_its_first_term() {
        assertThat(Cli.ok("agreements", "--as-of", "2040-01-01", "--format", "csv", "--store", store).csv())
                .filteredOn(row -> row.get("id").equals("trade"))
                .singleElement().satisfies(row -> assertThat(row.get("status")).isEqualTo("in force"));
    }

    @Test
    void an_agreement_whose_rule_is_not_on_record_is_signed_with_entry_into_force_not_on_record_until_the_stated_date() {
        assertThat(Cli.ok("agreements", "--as-of", "2024-11-30", "--format", "csv", "--store", store).csv())
                .filteredOn(row -> row.get("id").equals("culture"))
                .singleElement().satisfies(row -> assertThat(row.get("status"))
                        .isEqualTo("signed; entry into force not on record"));
        assertThat(Cli.ok("agreements", "--as-of", "2024-12-01", "--format", "csv", "--store", store).csv())
                .filteredOn(row -> row.get("id").equals("culture"))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("status", "in force")
                        .containsEntry("in force", "2024-12-01"));
    }

    @Test
    void json_carries_the_links_and_says_how_each_entry_into_force_is_known() {
        JsonNode register = Cli.ok("agreements", "--as-of", "2024-12-31", "--format", "json", "--store", store).json();
        JsonNode trade = null;
        JsonNode culture = null;
        for (JsonNode entry : register) {
            String id = entry.at("/agreement/id").asText();
            trade = id.equals("trade") ? entry : trade;
            culture = id.equals("culture") ? entry : culture;
        }

        assertThat(trade.at("/linked/0/link").asText()).isEqualTo("AMENDS");
        assertThat(trade.at("/linked/0/id").asText()).isEqualTo("trade-protocol");
        assertThat(trade.at("/agreement/entriesIntoForce/0/derivedFrom").asText())
                .isEqualTo("30 days after the last notification");
        assertThat(trade.at("/agreement/entriesIntoForce/0/inputs").asText())
                .isEqualTo("Pakistan's notification of 2010-04-01");
        assertThat(culture.at("/agreement/entriesIntoForce/0/observed").asBoolean()).isTrue();
        assertThat(culture.at("/agreement/entriesIntoForce/0/sources/0/publisher").asText())
                .isEqualTo("Official Gazette");
    }

    @Test
    void the_timeline_marks_a_derived_entry_into_force_and_shows_none_dated_after_its_end() {
        assertThat(Cli.ok("timeline", "AZ", "PK", "--to", "2024-04-30", "--store", store).out())
                .contains("'Trade Agreement' entered into force (derived: 30 days after the last notification)")
                .doesNotContain("'Protocol amending the Trade Agreement' entered into force");
        assertThat(Cli.ok("timeline", "AZ", "PK", "--to", "2024-05-01", "--store", store).out())
                .contains("'Protocol amending the Trade Agreement' entered into force (derived: on the first day of "
                        + "the 2nd month after the last notification)");
    }

    @Test
    void a_joint_declaration_stated_binding_is_ratified_and_in_force() {
        assertThat(Cli.ok("agreements", "--as-of", "2024-10-01", "--format", "csv", "--store", store).csv())
                .filteredOn(row -> row.get("id").equals("declaration"))
                .singleElement().satisfies(row -> assertThat(row).containsAllEntriesOf(Map.of(
                        "status", "in force", "in force", "2024-10-01", "kind", "joint declaration")));
    }
}
