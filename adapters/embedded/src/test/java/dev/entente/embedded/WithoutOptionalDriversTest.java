package dev.entente.embedded;

import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.fixtures.ReferenceArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user who depends on entente-embedded alone can run: this module's classpath is exactly that (the H2 and
 * PostgreSQL drivers are optional in entente-jdbc, so they do not come along).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WithoutOptionalDriversTest {

    private static final LocalDate AFTER = LocalDate.of(2024, 7, 13);

    @BeforeAll
    static void neither_optional_driver_is_on_the_classpath() {
        assertThat(loadable("org.h2.Driver")).as("H2 driver on the classpath").isFalse();
        assertThat(loadable("org.postgresql.Driver")).as("PostgreSQL driver on the classpath").isFalse();
        assertThat(loadable("org.sqlite.JDBC")).as("SQLite driver on the classpath").isTrue();
    }

    @Test
    void the_embedded_store_records_and_answers_and_opens_again(@TempDir Path directory) {
        try (EntenteEngine entente = Entente.embedded(directory)) {
            ReferenceArticle.commands().forEach(command -> entente.commandGateway().sendAndWait(command));
        }
        try (EntenteEngine entente = Entente.embedded(directory)) {
            assertThat(entente.visit(ReferenceArticle.VISIT)).isPresent();
            assertThat(entente.dyads()).containsExactly(AZ_PK);
        }
    }

    @Test
    void the_engine_in_memory_records_and_answers() {
        try (EntenteEngine entente = Entente.inMemory()) {
            ReferenceArticle.commands().forEach(command -> entente.commandGateway().sendAndWait(command));
            assertThat(entente.stateOf(AZ_PK, AFTER).agreementsByStatus()).containsEntry(AgreementStatus.IN_FORCE, 5);
        }
    }

    @Test
    void opening_an_h2_store_says_which_dependency_to_add(@TempDir Path directory) throws Exception {
        assertThatThrownBy(() -> JdbcStorage.h2(directory, EntenteJson.mapper()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("com.h2database:h2");
        assertThat(Files.list(directory)).isEmpty();
    }

    @Test
    void a_directory_with_a_legacy_h2_file_is_refused_with_the_way_out_without_needing_h2(@TempDir Path directory)
            throws Exception {
        Files.writeString(directory.resolve(JdbcStorage.H2_FILE), "not really H2");

        assertThatThrownBy(() -> Entente.embedded(directory)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("entente export and entente import");
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className, false, WithoutOptionalDriversTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
