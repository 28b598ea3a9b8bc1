package example.exchange;

import static dev.entente.test.EntenteFixtures.rulesOf;

import example.exchange.ProgrammeCommand.LaunchProgramme;
import example.exchange.ProgrammeCommand.SendDelegation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgrammeRulesTest {

    @Test
    void a_delegation_needs_a_launched_programme() {
        rulesOf(new Programmes()).givenNothing()
                .when(new SendDelegation("az-pk-youth", 40, LocalDate.of(2025, 6, 2)))
                .thenViolates("exchange.not-launched");
    }

    @Test
    void a_programme_is_launched_once() {
        LaunchProgramme launch = new LaunchProgramme("az-pk-youth", "AZ", "PK", "Youth orchestras",
                LocalDate.of(2025, 3, 1));
        rulesOf(new Programmes()).givenCommands(launch).when(launch).thenViolates("exchange.already-launched");
    }
}
