package dev.entente.adapters.json.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.readmodel.Alternative;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The {@code note} and {@code alternatives} members beside any command of a chronicle. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChronicleAnnotationsTest {

    private static final String HEAD = "{\"format\": \"entente-chronicle/1\",\n"
            + " \"sources\": [{\"id\": \"seed\", \"title\": \"Seed\", \"publisher\": \"Azernews\", "
            + "\"published\": \"2024-07-13\"}],\n \"commands\": [\n";
    private static final String ARRIVAL = "{\"type\": \"RecordArrival\", \"visitId\": \"v\", \"occurredOn\": \"2024-07-11\", "
            + "\"place\": \"Nur Khan Airbase\"";

    private final ChronicleReader reader = new ChronicleReader();

    private static String chronicle(String arrivalTail) {
        return HEAD + ARRIVAL + arrivalTail + "}\n]}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<ChronicleError> errors(String text) {
        ChronicleException refused = catchThrowableOfType(ChronicleException.class,
                () -> reader.read("a.json", bytes(text)));
        assertThat(refused).isNotNull();
        return refused.errors();
    }

    @Test
    void a_note_and_an_alternative_with_a_declared_source_are_read_beside_the_command() throws Exception {
        Chronicle read = reader.read("a.json", bytes(chronicle(", \"note\": \"Sources disagree\", \"alternatives\": "
                + "[{\"field\": \"place\", \"value\": \"Islamabad International Airport\", \"sources\": [\"seed\"]}]")));

        ChronicleCommand command = read.commands().get(0);
        assertThat(command.annotations().note()).isEqualTo("Sources disagree");
        assertThat(command.annotations().alternatives()).containsExactly(new Alternative("place",
                "Islamabad International Airport", List.of(Source.of("Seed", "Azernews", LocalDate.of(2024, 7, 13)))));
        assertThat(command.planned().annotations()).isEqualTo(command.annotations());
    }

    @Test
    void a_command_without_annotations_keeps_the_digest_of_the_command_alone() throws Exception {
        ChronicleCommand plain = reader.read("a.json", bytes(chronicle(""))).commands().get(0);
        ChronicleCommand noted = reader.read("a.json", bytes(chronicle(", \"note\": \"n\""))).commands().get(0);
        ChronicleCommand otherNote = reader.read("a.json", bytes(chronicle(", \"note\": \"m\""))).commands().get(0);

        assertThat(plain.annotations()).isSameAs(Annotations.NONE);
        assertThat(plain.digest()).isEqualTo(new Digest(EntenteJson.mapper()).of("RecordArrival", plain.command()));
        assertThat(noted.digest()).isNotEqualTo(plain.digest()).isNotEqualTo(otherNote.digest());
    }

    @Test
    void an_alternative_citing_an_undeclared_source_is_refused_where_the_id_is() {
        String text = chronicle(", \"alternatives\": [{\"field\": \"place\", \"value\": \"Islamabad\", "
                + "\"sources\": [\"dawn\"]}]");

        assertThat(errors(text)).extracting(e -> e.location().line(), ChronicleError::code)
                .containsExactly(tuple(4, ChronicleError.UNKNOWN_SOURCE));
    }

    @Test
    void an_alternative_without_sources_is_refused() {
        String text = chronicle(", \"alternatives\": [{\"field\": \"place\", \"value\": \"Islamabad\"}]");

        assertThat(errors(text)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ChronicleError.INVALID_VALUE);
            assertThat(error.message()).contains("annotation.alternative-without-sources");
        });
    }

    @Test
    void an_alternative_about_a_field_the_command_does_not_have_is_refused_at_the_alternatives() {
        String text = chronicle(", \"alternatives\": [{\"field\": \"airport\", \"value\": \"Islamabad\", "
                + "\"sources\": [\"seed\"]}]");

        assertThat(errors(text)).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ChronicleError.INVALID_VALUE);
            assertThat(error.message()).contains("'airport'", "RecordArrival", "annotation.unknown-field");
            assertThat(error.location().line()).isEqualTo(4);
            assertThat(error.location().column()).isEqualTo(ARRIVAL.length() + ", \"alternatives\": ".length() + 1);
        });
    }

    @Test
    void an_unknown_member_of_an_alternative_is_refused() {
        String text = chronicle(", \"alternatives\": [{\"field\": \"place\", \"value\": \"Islamabad\", "
                + "\"sources\": [\"seed\"], \"weight\": 2}]");

        assertThat(errors(text)).extracting(ChronicleError::code).containsExactly(ChronicleError.UNKNOWN_FIELD);
    }

    @Test
    void a_note_inside_a_nested_object_is_still_an_unknown_field() {
        String text = chronicle(", \"honours\": {\"guardOfHonour\": true, \"note\": \"n\"}");

        assertThat(errors(text)).extracting(ChronicleError::code).containsExactly(ChronicleError.UNKNOWN_FIELD);
    }

    @Test
    void a_note_that_is_not_text_is_refused() {
        assertThat(errors(chronicle(", \"note\": 3"))).extracting(ChronicleError::code)
                .containsExactly(ChronicleError.WRONG_TYPE);
    }

    @Test
    void json_leaves_out_annotations_where_there_are_none_and_writes_them_where_there_are() throws Exception {
        TimelineEntry plain = new TimelineEntry(Dyad.of("AZ", "PK"), LocalDate.of(2024, 7, 11), 2,
                "visit.guest-arrived", "v", "arrived", List.of());
        TimelineEntry annotated = plain.annotated(Annotations.of("Sources disagree", List.of()));

        String plainJson = EntenteJson.mapper().writeValueAsString(plain);
        String annotatedJson = EntenteJson.mapper().writeValueAsString(annotated);

        assertThat(plainJson).doesNotContain("annotations");
        assertThat(annotatedJson).contains("\"annotations\":{\"note\":\"Sources disagree\"}");
        assertThat(EntenteJson.mapper().readValue(annotatedJson, TimelineEntry.class)).isEqualTo(annotated);
        assertThat(EntenteJson.mapper().readValue(plainJson, TimelineEntry.class)).isEqualTo(plain);
    }
}
