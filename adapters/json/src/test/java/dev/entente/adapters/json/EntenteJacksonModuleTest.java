package dev.entente.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitId;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The public module on a mapper that is not Entente's: what a Spring or Jackson user gets. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EntenteJacksonModuleTest {

    record Answer(Dyad dyad, Country host, VisitId visit, AgreementId agreement, EntryIntoForceRule rule) {
    }

    private static final Answer ANSWER = new Answer(Dyad.of("PK", "AZ"), Country.of("PK"),
            VisitId.of("aliyev-pakistan-2024"), AgreementId.of("az-pk-trade-2024"), new EntryIntoForceRule.OnSignature());

    @Test
    void a_plain_mapper_with_the_module_writes_value_objects_as_their_text_and_reads_them_back() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new EntenteJacksonModule());

        String json = mapper.writeValueAsString(ANSWER);

        assertThat(mapper.readValue(json, Map.class)).containsEntry("dyad", "AZ-PK").containsEntry("host", "PK")
                .containsEntry("visit", "aliyev-pakistan-2024").containsEntry("agreement", "az-pk-trade-2024")
                .containsEntry("rule", Map.of("type", "on-signature"));
        assertThat(mapper.readValue(json, Answer.class)).isEqualTo(ANSWER);
    }

    @Test
    void without_the_module_a_dyad_comes_out_as_nested_objects() throws Exception {
        // The contrast that makes the module necessary: a plain mapper exposes the records' structure.
        assertThat(new ObjectMapper().writeValueAsString(Dyad.of("AZ", "PK"))).startsWith("{\"first\":{");
    }

    @Test
    void jacksons_service_loader_finds_the_module() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

        assertThat(mapper.getRegisteredModuleIds()).contains(EntenteJacksonModule.class.getName());
        assertThat(mapper.writeValueAsString(Dyad.of("PK", "AZ"))).isEqualTo("\"AZ-PK\"");
    }

    @Test
    void registering_it_twice_registers_it_once() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new EntenteJacksonModule())
                .registerModule(new EntenteJacksonModule());

        assertThat(mapper.getRegisteredModuleIds()).containsOnlyOnce(EntenteJacksonModule.class.getName());
    }

    @Test
    void an_invalid_value_is_refused_with_the_domains_sentence() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new EntenteJacksonModule());

        assertThatThrownBy(() -> mapper.readValue("\"AZ-AZ\"", Dyad.class)).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("AZ");
    }
}
