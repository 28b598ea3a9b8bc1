package dev.entente.adapters.json.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.agreement.RatifyAgreement;
import dev.entente.domain.agreement.SignAgreement;
import dev.entente.domain.meeting.HoldMeeting;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.EstablishDiplomaticRelations;
import dev.entente.domain.relationship.RecogniseIndependence;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.visit.HoldCeremony;
import dev.entente.domain.visit.ScheduleVisit;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A chronicle dates a relationship's facts in part, names titles and counts documents signed. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PartialDatesAndCategoriesTest {

    private final ChronicleReader reader = new ChronicleReader();

    private Object only(String line) throws ChronicleException {
        List<ChronicleCommand> commands = reader.read("one.jsonl", line.getBytes(StandardCharsets.UTF_8)).commands();
        assertThat(commands).hasSize(1);
        return commands.get(0).command();
    }

    private List<ChronicleError> refused(String line) {
        try {
            reader.read("one.jsonl", line.getBytes(StandardCharsets.UTF_8));
        } catch (ChronicleException refused) {
            return refused.errors();
        }
        throw new AssertionError("the chronicle was read: " + line);
    }

    @Test
    void a_month_is_kept_as_written_and_known_from_its_last_day() throws Exception {
        EstablishDiplomaticRelations established = (EstablishDiplomaticRelations) only(
                "{\"type\": \"EstablishDiplomaticRelations\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"1992-06\"}");

        assertThat(established.occurredOn()).isEqualTo(LocalDate.of(1992, 6, 30));
        assertThat(established.dateAsWritten()).isEqualTo(WrittenDate.parse("1992-06"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1991", "1991~", "1991?", "1991%", "[..1991-12]", "..1991-12", "1991-12-12~"})
    void every_form_of_iso_8601_2_the_format_names_is_read(String written) throws Exception {
        RecogniseIndependence recognised = (RecogniseIndependence) only("{\"type\": \"RecogniseIndependence\", "
                + "\"dyad\": \"AZ-PK\", \"occurredOn\": \"" + written + "\", \"recognising\": \"PK\", "
                + "\"recognised\": \"AZ\"}");

        assertThat(recognised.dateAsWritten()).isEqualTo(WrittenDate.parse(written));
        assertThat(recognised.occurredOn()).isEqualTo(WrittenDate.parse(written).latest());
    }

    @Test
    void an_exact_day_reads_as_before_with_no_written_date_and_the_same_digest() throws Exception {
        String line = "{\"type\": \"EstablishDiplomaticRelations\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"1992-06-09\"}";
        ChronicleCommand command = reader.read("one.jsonl", line.getBytes(StandardCharsets.UTF_8)).commands().get(0);

        assertThat(command.command()).isEqualTo(new EstablishDiplomaticRelations(
                dev.entente.domain.shared.Dyad.of("AZ", "PK"), LocalDate.of(1992, 6, 9), List.of()));
        // The digest of this command as the version before partial dates computed it: applying an old chronicle again
        // adds nothing.
        assertThat(command.digest()).isEqualTo(new Digest(dev.entente.adapters.json.EntenteJson.mapper()).of(
                "EstablishDiplomaticRelations", new java.util.TreeMap<>(java.util.Map.of(
                        "dyad", "AZ-PK", "occurredOn", "1992-06-09"))));
    }

    @Test
    void a_partial_date_is_refused_where_a_command_takes_exact_days_beside_its_date() {
        List<ChronicleError> errors = refused("{\"type\": \"ScheduleVisit\", \"visitId\": \"v\", \"occurredOn\": "
                + "\"2024-07\", \"guest\": {\"name\": \"G\", \"office\": \"other\", \"country\": \"AZ\"}, "
                + "\"host\": \"PK\", \"kind\": \"state\", \"plannedFrom\": \"2024-07\", \"plannedTo\": \"2024-07-12\"}");

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ChronicleError.INVALID_VALUE);
            assertThat(error.message()).contains("'2024-07' is not a date");
        });
    }

    @Test
    void a_visit_an_agreement_step_and_a_meeting_are_dated_in_part_like_a_relationship_fact() throws Exception {
        ScheduleVisit scheduled = (ScheduleVisit) only("{\"type\": \"ScheduleVisit\", \"visitId\": \"v\", "
                + "\"occurredOn\": \"2024-07\", \"guest\": {\"name\": \"G\", \"office\": \"other\", "
                + "\"country\": \"AZ\"}, \"host\": \"PK\", \"kind\": \"state\", \"plannedFrom\": \"2024-07-11\", "
                + "\"plannedTo\": \"2024-07-12\"}");
        SignAgreement signed = (SignAgreement) only("{\"type\": \"SignAgreement\", \"agreementId\": \"a\", "
                + "\"occurredOn\": \"1995-03\", \"signatures\": [{\"party\": \"AZ\"}]}");
        HoldMeeting held = (HoldMeeting) only("{\"type\": \"HoldMeeting\", \"meetingId\": \"m\", "
                + "\"occurredOn\": \"[..1996]\", \"kind\": \"summit\", \"place\": \"Astana\", "
                + "\"participants\": [\"AZ\", \"PK\", \"TR\"]}");

        assertThat(scheduled.occurredOn()).isEqualTo(LocalDate.of(2024, 7, 31));
        assertThat(scheduled.dateAsWritten()).isEqualTo(WrittenDate.parse("2024-07"));
        assertThat(signed.occurredOn()).isEqualTo(LocalDate.of(1995, 3, 31));
        assertThat(signed.dateAsWritten()).isEqualTo(WrittenDate.parse("1995-03"));
        assertThat(held.occurredOn()).isEqualTo(LocalDate.of(1996, 12, 31));
        assertThat(held.dateAsWritten()).isEqualTo(WrittenDate.parse("[..1996]"));
    }

    @Test
    void an_agreement_step_on_an_exact_day_reads_as_before_with_no_written_date() throws Exception {
        // Its digest is unchanged too: ChronicleDigestTest holds the frozen digests of every command on exact days.
        RatifyAgreement ratified = (RatifyAgreement) only("{\"type\": \"RatifyAgreement\", \"agreementId\": \"a\", "
                + "\"occurredOn\": \"1995-03-15\", \"party\": \"AZ\"}");

        assertThat(ratified.occurredOn()).isEqualTo(LocalDate.of(1995, 3, 15));
        assertThat(ratified.dateAsWritten()).isNull();
    }

    @Test
    void a_partial_date_is_refused_inside_a_relationship_fact_where_only_occurred_on_may_be_partial() {
        List<ChronicleError> errors = refused("{\"type\": \"RecogniseIndependence\", \"dyad\": \"AZ-PK\", "
                + "\"occurredOn\": \"1991\", \"recognising\": \"PK\", \"recognised\": \"AZ\", \"sources\": "
                + "[{\"title\": \"t\", \"publisher\": \"p\", \"published\": \"2021-06\"}]}");

        assertThat(errors).singleElement().satisfies(error ->
                assertThat(error.message()).contains("'2021-06' is not a date: write yyyy-MM-dd"));
    }

    @Test
    void an_unreadable_partial_date_names_the_forms_accepted() {
        String line = "{\"type\": \"EstablishDiplomaticRelations\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"June 1992\"}";
        List<ChronicleError> errors = refused(line);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ChronicleError.INVALID_VALUE);
            assertThat(error.message()).contains("'June 1992' is not a date", "[..date]");
            assertThat(error.location().column()).isEqualTo(line.indexOf("\"June 1992\"") + 1);
        });
    }

    @Test
    void occurred_on_must_agree_with_a_date_as_written_beside_it() {
        List<ChronicleError> errors = refused("{\"type\": \"EstablishDiplomaticRelations\", \"dyad\": \"AZ-PK\", "
                + "\"occurredOn\": \"1992-06-09\", \"dateAsWritten\": \"1992-06\"}");

        assertThat(errors).singleElement().satisfies(error ->
                assertThat(error.message()).contains("date.written-differs"));
    }

    @Test
    void a_title_and_a_number_of_documents_signed_are_read() throws Exception {
        ScheduleVisit visit = (ScheduleVisit) only("{\"type\": \"ScheduleVisit\", \"visitId\": \"v\", "
                + "\"occurredOn\": \"2024-07-11\", \"guest\": {\"name\": \"Ishaq Dar\", \"office\": \"foreign minister\", "
                + "\"country\": \"PK\", \"title\": \"Deputy Prime Minister\"}, \"host\": \"AZ\", \"kind\": \"official\", "
                + "\"plannedFrom\": \"2024-07-11\", \"plannedTo\": \"2024-07-12\"}");
        HoldCeremony ceremony = (HoldCeremony) only("{\"type\": \"HoldCeremony\", \"visitId\": \"v\", "
                + "\"occurredOn\": \"2024-07-11\", \"kind\": \"signing ceremony\", \"documentsSigned\": 15}");

        assertThat(visit.guest().title()).isEqualTo("Deputy Prime Minister");
        assertThat(ceremony.documentsSigned()).isEqualTo(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"15\"", "15.0", "0"})
    void a_number_of_documents_signed_is_a_whole_number_of_at_least_one(String value) {
        assertThat(refused("{\"type\": \"HoldCeremony\", \"visitId\": \"v\", \"occurredOn\": \"2024-07-11\", "
                + "\"kind\": \"signing ceremony\", \"documentsSigned\": " + value + "}")).hasSize(1);
    }

    @Test
    void the_stored_event_of_a_partial_date_keeps_it_as_written() {
        // Guards the event the engine records from such a command: the date as written travels with it.
        DiplomaticRelationsEstablished event = new DiplomaticRelationsEstablished(
                dev.entente.domain.shared.Dyad.of("AZ", "PK"), LocalDate.of(1992, 6, 30), List.of(),
                WrittenDate.parse("1992-06"));

        assertThat(event.writtenDate().text()).isEqualTo("1992-06");
        assertThatThrownBy(() -> WrittenDate.parse("1992-13")).hasMessageContaining("1992-13");
    }
}
