package dev.entente.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.domain.agreement.AgreementEnteredIntoForce;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.PartlyDated;
import dev.entente.domain.shared.WrittenDate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Agreement, visit and meeting events stored before their steps took partial dates (fixtures in
 * {@code stored-events/before-partial-step-dates.json}, written by the version before, commit bf97596) still read as
 * exact days and are written back exactly as stored: the change is additive, so no upcaster is needed (ADR 0023).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoredBeforePartialStepDatesTest {

    private final JsonSerialization serialization = new JsonSerialization();
    private final ObjectMapper json = new ObjectMapper();
    private final StoredFixtures stored = new StoredFixtures("/stored-events/before-partial-step-dates.json", serialization);

    @Test
    void every_stored_event_reads_as_an_exact_day_and_is_written_back_member_for_member() throws IOException {
        List<JsonNode> fixtures = stored.all();
        assertThat(fixtures).hasSize(18);

        for (JsonNode fixture : fixtures) {
            Object event = stored.read(fixture);
            String name = fixture.get("name").asText();

            assertThat(((PartlyDated) event).dateAsWritten()).as(name).isNull();
            assertThat(((PartlyDated) event).writtenDate()).as(name)
                    .isEqualTo(WrittenDate.day(((PartlyDated) event).occurredOn()));
            SerializedObject<byte[]> written = serialization.events().serialize(event, byte[].class);
            assertThat(written.getType().getName()).isEqualTo(name);
            assertThat(json.readTree(written.getData())).as(name).isEqualTo(fixture.get("payload"));
        }
    }

    @Test
    void an_entry_into_force_stored_before_has_its_expiry_as_an_exact_day() throws IOException {
        AgreementEnteredIntoForce inForce = (AgreementEnteredIntoForce) stored.readNamed("agreement.entered-into-force");

        assertThat(inForce.expiresAsWritten()).isNull();
        assertThat(inForce.expiresOn()).isEqualTo(LocalDate.of(2029, 12, 15));
    }

    @Test
    void a_month_only_signature_and_the_entry_into_force_it_derives_are_stored_as_written() throws IOException {
        AgreementId id = AgreementId.of("az-pk-mou-2024");
        WrittenDate july = WrittenDate.parse("2024-07");
        AgreementSigned signed = new AgreementSigned(id, LocalDate.of(2024, 7, 31), null,
                List.of(Signature.forParty(Country.of("AZ"))), null, List.of(), july);
        AgreementEnteredIntoForce inForce = new AgreementEnteredIntoForce(id, LocalDate.of(2024, 7, 31),
                LocalDate.of(2029, 7, 31), List.of(), false, "on signature by all parties",
                "the last signature, on 2024-07", july, WrittenDate.parse("2029-07"));

        for (Object event : List.of(signed, inForce)) {
            SerializedObject<byte[]> written = serialization.events().serialize(event, byte[].class);
            JsonNode payload = json.readTree(written.getData());
            assertThat(payload.get("occurredOn").asText()).isEqualTo("2024-07-31");
            assertThat(payload.get("dateAsWritten").asText()).isEqualTo("2024-07");
            assertThat((Object) serialization.events().deserialize(written)).isEqualTo(event);
        }
        JsonNode payload = json.readTree(serialization.events().serialize(inForce, byte[].class).getData());
        assertThat(payload.get("expiresAsWritten").asText()).isEqualTo("2029-07");
    }
}
