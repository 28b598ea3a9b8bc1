package dev.entente.engine;

import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import dev.entente.application.ReplayProgress;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.spi.EventRow;
import dev.entente.application.spi.Storage;
import dev.entente.domain.relationship.DeclareSupport;
import dev.entente.embedded.Entente;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The event processors around a replay (ADR 0013, 0030): every processor that allows a replay is stopped before the
 * replay's transaction begins, however many there are, and runs again after it, folding what is recorded later; a
 * replay that fails leaves them running too.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReplayProcessorsTest {

    enum Store {
        SQLITE(directory -> JdbcStorage.sqlite(directory, EntenteJson.mapper())),
        H2(directory -> JdbcStorage.h2(directory, EntenteJson.mapper()));

        private final Function<Path, Storage> open;

        Store(Function<Path, Storage> open) {
            this.open = open;
        }
    }

    /** The embedding application's own projection: counts the events it has folded since its last reset. */
    @ProcessingGroup("user-counter")
    static final class Counter {
        final AtomicInteger folded = new AtomicInteger();

        @EventHandler
        void on(Object event) {
            folded.incrementAndGet();
        }

        @ResetHandler
        void reset() {
            folded.set(0);
        }
    }

    private static final LocalDate LATER = LocalDate.of(2024, 9, 1);

    @TempDir
    Path directory;
    private final Counter counter = new Counter();
    private EntenteEngine engine;
    /** Whether each processor ran, by name, as the replay's transaction began; null before it does. */
    private volatile Map<String, Boolean> runningInTheTransaction;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void stops_every_processor_that_allows_a_replay_before_its_transaction_and_runs_them_again_after_it(Store store) {
        engine = start(store, storage -> storage);
        EngineContract.playTheReferenceArticle(engine);
        engine.awaitReadModels();

        engine.replay(ReplayProgress.silent());

        assertThat(runningInTheTransaction).as("processors running as the replay's transaction began")
                .containsEntry("entente-read-models", false).containsEntry("user-counter", false);
        assertThat(running()).as("processors running after the replay")
                .containsEntry("entente-read-models", true).containsEntry("user-counter", true);
        assertFoldedByBothProcessors();
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void a_replay_that_fails_leaves_every_processor_running_and_folding_what_is_recorded_later(Store store) {
        engine = start(store, storage -> new ForwardingStorage(storage) {
            @Override
            public Optional<List<EventRow>> eventRows(long after, long upTo, int limit) {
                throw new IllegalStateException("the disk is gone");
            }
        });
        EngineContract.playTheReferenceArticle(engine);
        engine.awaitReadModels();

        assertThatThrownBy(() -> engine.replay(ReplayProgress.silent())).hasMessageStartingWith("the disk is gone");

        assertThat(runningInTheTransaction).as("processors running as the replay's transaction began")
                .containsEntry("entente-read-models", false).containsEntry("user-counter", false);
        assertThat(running()).as("processors running after the failed replay")
                .containsEntry("entente-read-models", true).containsEntry("user-counter", true);
        assertFoldedByBothProcessors();
    }

    /** A declaration sent now reaches the read models and the application's own processor. */
    private void assertFoldedByBothProcessors() {
        long events;
        try (var history = engine.history()) {
            events = history.count();
        }
        int entries = timeline().size();
        engine.send(new DeclareSupport(AZ_PK, LATER, AZ_PK.first(), AZ_PK.second(), "A later issue", null, CITED));
        engine.awaitReadModels();
        assertThat(timeline()).as("the dyad's timeline").hasSize(entries + 1);
        assertThat(timeline().get(entries).occurredOn()).isEqualTo(LATER);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (counter.folded.get() < events + 1 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(counter.folded.get()).as("events the application's processor has folded since its reset")
                .isEqualTo(events + 1);
    }

    private List<TimelineEntry> timeline() {
        return engine.timeline(AZ_PK, LocalDate.of(2000, 1, 1), LATER);
    }

    private EntenteEngine start(Store store, UnaryOperator<Storage> wrap) {
        Storage watched = new ForwardingStorage(wrap.apply(store.open.apply(directory))) {
            @Override
            public void inLargeTransaction(Runnable work) {
                storage.inLargeTransaction(() -> {
                    runningInTheTransaction = running();
                    work.run();
                });
            }
        };
        return Entente.builder().storage(watched).consistencyTimeout(Duration.ofSeconds(60))
                .customize(configurer -> configurer.eventProcessing(processing -> processing
                        .registerPooledStreamingEventProcessor("user-counter")
                        .registerEventHandler(c -> counter)))
                .start();
    }

    private Map<String, Boolean> running() {
        Map<String, Boolean> running = new TreeMap<>();
        for (EventProcessor processor : engine.axonConfiguration().eventProcessingConfiguration().eventProcessors()
                .values()) {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                running.put(processor.getName(), processor.isRunning());
            }
        }
        return running;
    }
}
