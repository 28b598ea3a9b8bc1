package dev.entente.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.fixtures.AgreementFixture;
import dev.entente.domain.fixtures.RelationshipFixture;
import dev.entente.domain.fixtures.VisitFixture;
import dev.entente.domain.visit.VisitCommand;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A replay resets the embedding application's own replayable processors and returns only when they have caught up
 * with the history, with progress that never goes back; listeners are not replayed.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReplayWaitsForProcessorsTest {

    /** A user's own projection: counts the events it has folded since its last reset, slowly. */
    @ProcessingGroup("user-counter")
    static final class Counter {
        final AtomicInteger folded = new AtomicInteger();

        @EventHandler
        void on(Object event) throws InterruptedException {
            // Slow enough that a replay returning without waiting would see the count short.
            Thread.sleep(5);
            folded.incrementAndGet();
        }

        @ResetHandler
        void reset() {
            folded.set(0);
        }
    }

    private final Counter counter = new Counter();
    private final AtomicInteger heard = new AtomicInteger();
    private final EntenteEngine engine = InMemoryEngineTest.inMemory()
            .onEvent(event -> heard.incrementAndGet())
            .customize(configurer -> configurer.eventProcessing(processing -> processing
                    .registerPooledStreamingEventProcessor("user-counter")
                    .registerEventHandler(c -> counter)))
            .start();

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void returns_only_after_the_users_own_processor_has_replayed_the_whole_history() {
        VisitFixture.withTalksOnLastDay().forEach(command -> engine.send((VisitCommand) command));
        engine.send(VisitFixture.departure(VisitFixture.LAST_DAY));
        engine.send(AgreementFixture.concludeMou());
        engine.send(AgreementFixture.signBoth(AgreementFixture.MOU, AgreementFixture.SIGNED));
        engine.send(RelationshipFixture.reaffirmStrategicPartnership(VisitFixture.FIRST_DAY));
        long events;
        try (var history = engine.history()) {
            events = history.count();
        }
        awaitCount(counter.folded, events);
        awaitCount(heard, events);
        List<long[]> progress = new CopyOnWriteArrayList<>();

        ReplayReport report = engine.replay((position, head, folded, rate) -> progress.add(new long[]{position, head}));

        // Reset to nothing, then every event once more, before replay returned.
        assertThat(counter.folded.get()).isEqualTo(events);
        assertThat(report.events()).isEqualTo(events);
        assertThat(heard.get()).isEqualTo(events);
        assertThat(progress).isNotEmpty();
        for (int i = 1; i < progress.size(); i++) {
            assertThat(progress.get(i)[0]).as("progress report %d", i).isGreaterThanOrEqualTo(progress.get(i - 1)[0]);
        }
        long[] last = progress.get(progress.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
    }

    @Test
    void a_replay_of_an_empty_history_returns_with_the_processor_untouched() {
        ReplayReport report = engine.replay(ReplayProgress.silent());

        assertThat(report.events()).isZero();
        assertThat(counter.folded.get()).isZero();
    }

    private static void awaitCount(AtomicInteger count, long expected) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (count.get() < expected && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(count.get()).isEqualTo(expected);
    }
}
