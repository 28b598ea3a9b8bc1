package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Visit, agreement and meeting steps the sources date only in part, through the command line (issue 9 item 6, ADR
 * 0023): a memorandum signed in a month, a treaty whose entry into force is counted from a ratification of a month, a
 * visit whose arrival and departure are known by their month, a meeting of an approximate year. Each is shown as
 * written, in text, JSON and CSV, and known from the last day of its interval.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PartialStepDatesCliTest {

    private static final String CHRONICLE = """
            {"format": "entente-chronicle/1", "title": "Partly dated steps",
             "commands": [
              {"type": "ConcludeAgreement", "agreementId": "mou", "occurredOn": "1995-03",
               "title": "Memorandum on Cultural Cooperation", "kind": "memorandum of understanding",
               "parties": ["AZ", "PK"], "sectors": ["culture"], "term": "P5Y"},
              {"type": "SignAgreement", "agreementId": "mou", "occurredOn": "1995-03",
               "signatures": [{"party": "AZ"}, {"party": "PK"}]},
              {"type": "ConcludeAgreement", "agreementId": "treaty", "occurredOn": "1995-03-10",
               "title": "Treaty of Friendship", "kind": "treaty", "parties": ["AZ", "PK"], "sectors": ["diplomacy"],
               "entryIntoForce": {"type": "days-after-last-ratification", "days": 30}},
              {"type": "SignAgreement", "agreementId": "treaty", "occurredOn": "1995-03-10",
               "signatures": [{"party": "AZ"}, {"party": "PK"}]},
              {"type": "RatifyAgreement", "agreementId": "treaty", "occurredOn": "1996-02-01", "party": "AZ"},
              {"type": "RatifyAgreement", "agreementId": "treaty", "occurredOn": "1996-05", "party": "PK"},
              {"type": "ScheduleVisit", "visitId": "visit-1995", "occurredOn": "1995-02",
               "guest": {"name": "Heydar Aliyev", "office": "head-of-state", "country": "AZ"}, "host": "PK",
               "kind": "state", "plannedFrom": "1995-03-10", "plannedTo": "1995-03-12"},
              {"type": "RecordArrival", "visitId": "visit-1995", "occurredOn": "1995-03", "place": "Islamabad"},
              {"type": "ConcludeVisit", "visitId": "visit-1995", "occurredOn": "1995-03", "place": "Islamabad"},
              {"type": "HoldMeeting", "meetingId": "summit-1996", "occurredOn": "1996~", "kind": "summit",
               "place": "Ashgabat", "participants": ["AZ", "PK", "TR"]}
             ]}
            """;

    @TempDir
    static Path shared;
    private static String store;

    @BeforeAll
    static void applyTheChronicle() throws Exception {
        Path chronicle = shared.resolve("partly-dated-steps.json");
        Files.writeString(chronicle, CHRONICLE);
        store = shared.resolve("store").toString();
        Cli.ok("apply", chronicle.toString(), "--store", store);
    }

    @Test
    void a_dry_run_names_each_step_by_its_date_as_written() throws Exception {
        Path chronicle = shared.resolve("dry-run/partly-dated-steps.json");
        Files.createDirectories(chronicle.getParent());
        Files.writeString(chronicle, CHRONICLE);

        String out = Cli.ok("apply", "--dry-run", chronicle.toString(), "--store",
                shared.resolve("empty-store").toString()).out();

        assertThat(out).contains("on 1995-03", "on 1996-05", "on 1996~", "on 1995-03-10")
                .doesNotContain("on 1995-03-31", "on 1996-05-31", "on 1996-12-31");
    }

    @Test
    void a_memorandum_signed_in_a_month_is_listed_as_written_and_only_once_the_month_has_passed() {
        assertThat(Cli.ok("agreements", "--as-of", "1995-03-30", "--format", "csv", "--store", store).out())
                .doesNotContain("mou");
        assertThat(Cli.ok("agreements", "--as-of", "1995-03-31", "--format", "csv", "--store", store).outLines())
                .anySatisfy(line -> assertThat(line).startsWith("mou,\"in force\"")
                        .contains(",1995-03,1995-03,1995-03,"));
    }

    @Test
    void an_entry_into_force_thirty_days_after_a_ratification_of_may_is_on_or_before_the_end_of_june() {
        assertThat(Cli.ok("agreements", "--as-of", "1996-06-29", "--format", "csv", "--store", store).outLines())
                .anySatisfy(line -> assertThat(line).startsWith("treaty,signed"));
        assertThat(Cli.ok("agreements", "--as-of", "1996-06-30", "--format", "csv", "--store", store).outLines())
                .anySatisfy(line -> assertThat(line).startsWith("treaty,\"in force\"").contains(",[..1996-06],"));
        JsonNode register = Cli.ok("agreements", "--format", "json", "--store", store).json();
        JsonNode treaty = null;
        for (JsonNode entry : register) {
            if (entry.path("agreement").path("id").asText().equals("treaty")) {
                treaty = entry.path("agreement");
            }
        }
        assertThat(treaty).isNotNull();
        assertThat(treaty.path("inForceFrom").asText()).isEqualTo("1996-06-30");
        assertThat(treaty.path("entriesIntoForce").path(0).path("dateAsWritten").asText()).isEqualTo("[..1996-06]");
        assertThat(treaty.path("ratifications").path(1).path("dateAsWritten").asText()).isEqualTo("1996-05");
        assertThat(treaty.path("ratifications").path(0).has("dateAsWritten")).as("an exact day").isFalse();
        assertThat(treaty.has("concludedAsWritten")).as("concluded on an exact day").isFalse();
    }

    @Test
    void the_timeline_shows_each_step_as_written() {
        assertThat(Cli.ok("timeline", "AZ", "PK", "--format", "csv", "--store", store).outLines())
                .anySatisfy(line -> assertThat(line).startsWith("1995-03,agreement.signed,mou,"))
                .anySatisfy(line -> assertThat(line).startsWith("1995-02,visit.scheduled,visit-1995,"))
                .anySatisfy(line -> assertThat(line).startsWith("[..1996-06],\"agreement.entered-into-force\",treaty,"))
                .anySatisfy(line -> assertThat(line).startsWith("1996~,meeting.held,summit-1996,"))
                .anySatisfy(line -> assertThat(line).contains("it expires on 2000-03 (derived: on signature"));
    }

    @Test
    void the_visit_log_and_the_state_show_the_visit_as_written() {
        assertThat(Cli.ok("visits", "AZ", "PK", "--store", store).outLines())
                .contains("    1995-03  Heydar Aliyev arrived in Pakistan at Islamabad");
        assertThat(Cli.ok("visits", "AZ", "PK", "--format", "csv", "--store", store).outLines())
                .anySatisfy(line -> assertThat(line).contains(",1995-03-10,1995-03-12,1995-03,1995-03,"));
        assertThat(Cli.ok("state", "AZ", "PK", "--as-of", "1997-01-01", "--store", store).out())
                .contains("state visit, 1995-03 to 1995-03")
                .contains("Ashgabat, 1996~, among AZ, PK, TR");
        JsonNode state = Cli.ok("state", "AZ", "PK", "--as-of", "1997-01-01", "--format", "json", "--store", store)
                .json();
        assertThat(state.path("lastHighLevelVisit").path("arrivedOn").asText()).isEqualTo("1995-03-31");
        assertThat(state.path("lastHighLevelVisit").path("arrivedAsWritten").asText()).isEqualTo("1995-03");
        assertThat(state.path("lastMultilateralMeeting").path("heldAsWritten").asText()).isEqualTo("1996~");
    }

    @Test
    void before_the_end_of_the_approximate_year_the_meeting_is_not_yet_known() {
        assertThat(Cli.ok("state", "AZ", "PK", "--as-of", "1996-12-30", "--store", store).out())
                .doesNotContain("Ashgabat");
    }
}
