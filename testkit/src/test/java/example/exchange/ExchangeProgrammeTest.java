package example.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.application.EntenteEngine;
import dev.entente.application.inmemory.InMemoryStorage;
import dev.entente.domain.shared.RuleViolation;
import dev.entente.embedded.Entente;
import example.exchange.ProgrammeCommand.LaunchProgramme;
import example.exchange.ProgrammeCommand.SendDelegation;
import example.exchange.ProgrammeEvent.DelegationSent;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExchangeProgrammeTest {

    @Test
    void delegations_are_recorded_and_projected_and_the_rules_refuse_what_they_must() throws Exception {
        // A projection of the application's own: participants per programme, fed by a listener.
        Map<String, Integer> participants = new ConcurrentHashMap<>();
        CountDownLatch heard = new CountDownLatch(2);
        try (EntenteEngine entente = Entente.builder().storage(new InMemoryStorage())
                .extension(new Exchange())
                .onEvent(recorded -> {
                    if (recorded.payload() instanceof DelegationSent sent) {
                        participants.merge(sent.programmeId(), sent.participants(), Integer::sum);
                        heard.countDown();
                    }
                })
                .start()) {
            entente.send(new LaunchProgramme("az-pk-youth", "AZ", "PK", "Youth orchestras", LocalDate.of(2025, 3, 1)));
            entente.send(new SendDelegation("az-pk-youth", 40, LocalDate.of(2025, 6, 2)));
            entente.send(new SendDelegation("az-pk-youth", 25, LocalDate.of(2025, 9, 15)));

            assertThatThrownBy(() -> entente.send(new SendDelegation("never-launched", 5, LocalDate.of(2025, 1, 1))))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(refused -> ((RuleViolation) refused).code()).isEqualTo("exchange.not-launched");
            assertThat(heard.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(participants).containsExactly(Map.entry("az-pk-youth", 65));
        }
    }
}
