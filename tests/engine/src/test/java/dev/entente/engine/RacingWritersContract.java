package dev.entente.engine;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.EntenteEngine;
import dev.entente.application.RecordedEvent;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.ConcludeAgreement;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.SignAgreement;
import dev.entente.domain.shared.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/**
 * The engine contract for stores whose writers' transactions run at the same time and may conflict (H2,
 * PostgreSQL). On SQLite one writer waits for the other's commit before it begins, so they never race:
 * {@code SqliteEngineTest} shows what happens there instead.
 */
abstract class RacingWritersContract extends EngineContract {

    private static final LocalDate AFTER_THE_VISIT = LocalDate.of(2024, 7, 13);

    @Test
    void lets_one_of_two_writers_racing_on_an_agreement_win_and_refuses_the_other_whole() throws Exception {
        AgreementId race = AgreementId.of("az-pk-race-2024");
        CyclicBarrier bothLoaded = new CyclicBarrier(2);
        EntenteEngine one = start();
        EntenteEngine other = start();
        one.axonConfiguration().commandBus().registerHandlerInterceptor(waitFor(bothLoaded));
        other.axonConfiguration().commandBus().registerHandlerInterceptor(waitFor(bothLoaded));
        one.send(new ConcludeAgreement(race, AFTER_THE_VISIT, "Agreement on the race", InstrumentKind.AGREEMENT,
                List.of(AZ, PK), List.of(Sector.TRADE), List.of(), null, null, null, CITED));
        bothLoaded.reset();

        CompletableFuture<Void> byAzerbaijan = CompletableFuture.runAsync(() -> one.send(sign(race, AZ)));
        CompletableFuture<Void> byPakistan = CompletableFuture.runAsync(() -> other.send(sign(race, PK)));
        List<Throwable> failures = new ArrayList<>();
        for (CompletableFuture<Void> writer : List.of(byAzerbaijan, byPakistan)) {
            try {
                writer.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }

        assertThat(failures).singleElement().isInstanceOf(ConcurrencyException.class);
        try (var history = one.history()) {
            List<RecordedEvent> events = history.filter(e -> e.aggregateId().equals(race.aggregateId())).toList();
            assertThat(events).extracting(RecordedEvent::name).containsExactly("agreement.concluded", "agreement.signed");
        }
        assertThat(one.agreement(race).orElseThrow().signings()).hasSize(1);
    }

    /** Holds each SignAgreement until both writers have loaded the agreement and decided, before they append. */
    private static MessageHandlerInterceptor<CommandMessage<?>> waitFor(CyclicBarrier barrier) {
        return (unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof SignAgreement) {
                unitOfWork.onPrepareCommit(u -> {
                    try {
                        barrier.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                        throw new IllegalStateException("The other writer never got this far", e);
                    }
                });
            }
            return chain.proceed();
        };
    }
}
