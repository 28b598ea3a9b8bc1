package dev.entente.engine;

import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.testing.PostgresDatabases;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.fixtures.ReferenceArticle;
import dev.entente.embedded.Entente;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-line ways in: in memory and on the caller's PostgreSQL pool (the embedded one is in SqliteEngineTest). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FacadeTest {

    private static final LocalDate AFTER = LocalDate.of(2024, 7, 13);

    @Test
    void an_engine_in_memory_answers_like_one_on_disk() {
        try (EntenteEngine entente = Entente.inMemory()) {
            EngineContract.playTheReferenceArticle(entente);

            assertThat(entente.stateOf(AZ_PK, AFTER).agreementsByStatus()).containsEntry(AgreementStatus.IN_FORCE, 5);
            assertThat(entente.describeStorage()).contains("memory");
        }
    }

    @Test
    void an_engine_on_a_postgres_pool_leaves_the_pool_open_for_its_owner() throws Exception {
        try (PostgresDatabases postgres = PostgresDatabases.start()) {
            var pool = postgres.newDatabase("entente_facade");
            try (EntenteEngine entente = Entente.postgres(pool)) {
                entente.commandGateway().sendAndWait(ReferenceArticle.commands().get(0));
                assertThat(entente.visit(ReferenceArticle.VISIT)).isPresent();
            }
            try (var connection = pool.getConnection()) {
                assertThat(connection.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void refuses_a_directory_holding_the_h2_store_of_an_earlier_version_and_says_how_to_move_it(@TempDir Path old)
            throws Exception {
        try (JdbcStorage legacy = JdbcStorage.h2(old, EntenteJson.mapper())) {
            legacy.createEventSchema();
        }

        assertThatThrownBy(() -> Entente.embedded(old)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("H2 store made by an earlier version")
                .hasMessageContaining("entente export and entente import");
        assertThat(old.resolve("entente.db")).doesNotExist();
    }

    @Test
    void refuses_to_start_without_a_place_to_keep_the_history() {
        assertThatThrownBy(() -> Entente.embedded(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("directory");
        assertThatThrownBy(() -> Entente.builder().start()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("storage");
    }
}
