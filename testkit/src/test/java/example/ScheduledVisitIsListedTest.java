package example;

import static dev.entente.test.Samples.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entente.test.InMemoryEntente;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ScheduledVisitIsListedTest {

    @RegisterExtension
    final InMemoryEntente entente = new InMemoryEntente();

    @Test
    void a_scheduled_visit_is_in_the_visit_log_of_its_dyad() {
        entente.engine().send(stateVisit());

        assertEquals(VISIT, entente.engine().visits(AZ_PK, FIRST_DAY).get(0).visit().id());
    }
}
