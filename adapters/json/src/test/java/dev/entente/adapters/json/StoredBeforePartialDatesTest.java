package dev.entente.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.VisitScheduled;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Events stored before partial dates, titles and documents signed existed (fixtures in
 * {@code stored-events/before-partial-dates.json}) still read, with the new fields null, and are written back exactly
 * as they were stored: the change is additive, so no upcaster is needed, and this test is what proves it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoredBeforePartialDatesTest {

    private final JsonSerialization serialization = new JsonSerialization();
    private final ObjectMapper json = new ObjectMapper();
    private final StoredFixtures stored = new StoredFixtures("/stored-events/before-partial-dates.json", serialization);

    @Test
    void every_stored_event_reads_and_is_written_back_member_for_member() throws IOException {
        List<JsonNode> fixtures = stored.all();
        assertThat(fixtures).hasSize(9);

        for (JsonNode fixture : fixtures) {
            Object event = stored.read(fixture);

            SerializedObject<byte[]> written = serialization.events().serialize(event, byte[].class);
            assertThat(written.getType().getName()).isEqualTo(fixture.get("name").asText());
            assertThat(json.readTree(written.getData())).as(fixture.get("name").asText())
                    .isEqualTo(fixture.get("payload"));
        }
    }

    @Test
    void relationship_facts_stored_before_read_as_exact_days() throws IOException {
        for (JsonNode fixture : stored.all()) {
            if (stored.read(fixture) instanceof RelationshipEvent event) {
                assertThat(event.dateAsWritten()).as(fixture.get("name").asText()).isNull();
                assertThat(event.writtenDate()).isEqualTo(WrittenDate.day(event.occurredOn()));
            }
        }
        assertThat(stored.readNamed("relationship.independence-recognised")).isEqualTo(new IndependenceRecognised(
                Dyad.of("AZ", "PK"), LocalDate.of(1991, 12, 12), Country.of("PK"), Country.of("AZ"), List.of()));
    }

    @Test
    void a_ceremony_stored_before_states_no_number_of_documents_and_a_guest_no_title() throws IOException {
        assertThat(((CeremonyHeld) stored.readNamed("visit.ceremony-held")).documentsSigned()).isNull();
        assertThat(((VisitScheduled) stored.readNamed("visit.scheduled")).guest().title()).isNull();
    }

    @Test
    void a_partial_date_is_stored_as_written_beside_the_day_it_is_known_from() throws IOException {
        DiplomaticRelationsEstablished established = new DiplomaticRelationsEstablished(Dyad.of("AZ", "PK"),
                LocalDate.of(1992, 6, 30), List.of(), WrittenDate.parse("1992-06"));

        SerializedObject<byte[]> written = serialization.events().serialize(established, byte[].class);

        JsonNode payload = json.readTree(written.getData());
        assertThat(payload.get("occurredOn").asText()).isEqualTo("1992-06-30");
        assertThat(payload.get("dateAsWritten").asText()).isEqualTo("1992-06");
        assertThat((Object) serialization.events().deserialize(written)).isEqualTo(established);
    }
}
