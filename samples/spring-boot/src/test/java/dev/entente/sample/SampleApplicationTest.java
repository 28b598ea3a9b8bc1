package dev.entente.sample;

import static dev.entente.test.Samples.FIRST_DAY;
import static dev.entente.test.Samples.SHARIF;
import static dev.entente.test.Samples.SOURCES;
import static dev.entente.test.Samples.VISIT;
import static dev.entente.test.Samples.stateVisit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.EntenteEngine;
import dev.entente.domain.visit.GunSalute;
import dev.entente.domain.visit.Honours;
import dev.entente.domain.visit.RecordArrival;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sample application over real HTTP, on an embedded store the starter opens in a temporary directory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SampleApplicationTest {

    @TempDir
    static Path store;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("entente.embedded.directory", () -> store.toString());
    }

    @Autowired
    EntenteEngine entente;

    @Autowired
    TestRestTemplate http;

    @Test
    @SuppressWarnings("unchecked")
    void answers_the_state_of_a_dyad_on_a_date_with_value_objects_as_text() {
        recordTheVisitOnce();

        ResponseEntity<Map> after = http.getForEntity("/state/AZ/PK?asOf=2024-07-13", Map.class);

        assertThat(after.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(after.getBody()).containsEntry("dyad", "AZ-PK").containsEntry("asOf", "2024-07-13");
        Map<String, Object> visit = (Map<String, Object>) after.getBody().get("lastHighLevelVisit");
        assertThat(visit).containsEntry("id", VISIT.value()).containsEntry("host", "PK")
                .containsEntry("arrivedOn", "2024-07-11");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_date_before_the_visit_shows_no_visit() {
        recordTheVisitOnce();

        Map<String, Object> before = http.getForObject("/state/PK/AZ?asOf=2024-07-10", Map.class);

        assertThat(before).containsEntry("dyad", "AZ-PK").containsEntry("lastHighLevelVisit", null);
    }

    @Test
    void a_country_code_entente_refuses_is_a_bad_request_in_the_domains_words() {
        ResponseEntity<Map> refused = http.getForEntity("/state/AZ/AZ?asOf=2024-07-13", Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("error")).contains("AZ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_health_endpoint_reports_the_engine_and_its_embedded_store() {
        Map<String, Object> health = http.getForObject("/actuator/health", Map.class);

        Map<String, Object> entente = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("entente");
        assertThat(entente).containsEntry("status", "UP");
        assertThat((Map<String, Object>) entente.get("details")).containsKey("storage");
        assertThat(store.resolve("entente.db")).exists();
    }

    @Test
    void runs_the_jackson_entente_was_built_with_and_no_h2() throws Exception {
        var built = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/dev/entente/spring/versions.properties")) {
            built.load(in);
        }
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .isEqualTo(built.getProperty("jackson"));
        assertThat(org.springframework.util.ClassUtils.isPresent("org.h2.Driver", null)).isFalse();
    }

    private synchronized void recordTheVisitOnce() {
        if (entente.visit(VISIT).isEmpty()) {
            entente.send(stateVisit());
            entente.send(new RecordArrival(VISIT, FIRST_DAY, "Nur Khan Airbase", List.of(SHARIF),
                    new Honours(true, GunSalute.of(21), true, List.of()), SOURCES));
        }
    }
}
