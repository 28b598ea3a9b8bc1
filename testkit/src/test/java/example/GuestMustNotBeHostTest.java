package example;

import static dev.entente.test.EntenteFixtures.visits;
import static dev.entente.test.Samples.*;

import dev.entente.domain.visit.ScheduleVisit;
import dev.entente.domain.visit.VisitKind;
import org.junit.jupiter.api.Test;

class GuestMustNotBeHostTest {

    @Test
    void a_head_of_state_is_no_guest_in_his_own_country() {
        visits().givenNothing()
                .when(new ScheduleVisit(VISIT, ANNOUNCED, ALIYEV, AZ, VisitKind.STATE, FIRST_DAY, LAST_DAY, SOURCES))
                .thenViolates("visit.guest-is-host");
    }
}
