package dev.entente.test;

import static dev.entente.test.Samples.AZ_PK;
import static dev.entente.test.Samples.VISIT;
import static dev.entente.test.Samples.stateVisit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.application.EntenteEngine;
import dev.entente.domain.visit.VisitStatus;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InMemoryEntenteTest {

    @RegisterExtension
    final InMemoryEntente entente = new InMemoryEntente();

    @Test
    @Order(1)
    void the_engine_takes_commands_and_answers_queries() {
        entente.engine().send(stateVisit());

        assertThat(entente.engine().visit(VISIT)).hasValueSatisfying(
                visit -> assertThat(visit.statusOn(Samples.ANNOUNCED)).isEqualTo(VisitStatus.SCHEDULED));
        assertThat(entente.engine().dyads()).containsExactly(AZ_PK);
    }

    @Test
    @Order(2)
    void each_test_starts_with_an_empty_engine_given_as_a_parameter_too(EntenteEngine engine) {
        // Runs after the test above recorded a visit: a shared engine would still know it.
        assertThat(engine).isSameAs(entente.engine());
        assertThat(engine.visit(VISIT)).isEmpty();
        assertThat(engine.dyads()).isEmpty();
    }

    @Test
    @Order(3)
    void outside_a_test_there_is_no_engine() {
        assertThatThrownBy(() -> new InMemoryEntente().engine()).isInstanceOf(IllegalStateException.class);
    }
}
