package dev.entente.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.visit.VisitCommand;
import dev.entente.domain.fixtures.VisitFixture;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * An engine's processor threads never keep a program alive and do not outlive the engine: a program that closes its
 * engine and returns from {@code main} ends then, not seconds later (Axon's own executors kept a delayed task of the
 * coordinator that held the exit).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProcessorThreadsTest {

    private static final Predicate<Thread> OF_THE_PROCESSORS = thread -> thread.getName().contains("["
            + "entente-");

    @Test
    void are_daemon_threads_while_the_engine_runs_and_are_gone_once_it_is_closed() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        EntenteEngine engine = InMemoryEngineTest.inMemory()
                .onEvent(event -> { })
                .start();
        VisitFixture.withTalksOnLastDay().forEach(command -> engine.send((VisitCommand) command));
        engine.awaitReadModels();

        List<Thread> running = processorThreadsBesides(before);
        assertThat(running).as("the processors' threads while the engine runs").isNotEmpty()
                .allSatisfy(thread -> assertThat(thread.isDaemon()).as(thread.getName()).isTrue());

        engine.close();

        assertThat(running).as("the processors' threads once the engine is closed")
                .noneSatisfy(thread -> assertThat(thread.isAlive()).as(thread.getName()).isTrue());
    }

    @Test
    void stay_as_many_as_the_segments_however_many_batches_the_read_models_fold() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (EntenteEngine engine = InMemoryEngineTest.inMemory()
                .segments(2)
                .start()) {
            VisitFixture.withTalksOnLastDay().forEach(command -> engine.send((VisitCommand) command));
            // Each command's events are a batch of their own for the read models: a work package scheduled again.
            for (int talks = 0; talks < 60; talks++) {
                engine.send(VisitFixture.delegationTalks(VisitFixture.LAST_DAY));
                engine.awaitReadModels();
            }

            // Two work packages and the coordinator; a pool sized by "claim every segment" (Integer.MAX_VALUE core
            // threads) started a new thread for every batch and kept it, thousands a minute under load.
            assertThat(processorThreadsBesides(before)).as("the processors' threads after 60 batches")
                    .hasSizeLessThanOrEqualTo(3);
        }
    }

    private static List<Thread> processorThreadsBesides(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread))
                .filter(OF_THE_PROCESSORS)
                .toList();
    }
}
