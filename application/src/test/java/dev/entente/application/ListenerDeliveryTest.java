package dev.entente.application;

import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.readmodel.Alternative;
import dev.entente.application.readmodel.Annotations;
import dev.entente.domain.fixtures.VisitFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * What the embedding application's listeners are told and how their failures are handled: each event with what was
 * recorded beside it; a listener that throws is called again with the same event, then reported, and the next event
 * still reaches it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ListenerDeliveryTest {

    private final List<ListenerFailure> failures = new CopyOnWriteArrayList<>();
    private final List<RecordedEvent> heardBySteady = new CopyOnWriteArrayList<>();
    private EntenteEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private EntenteEngine start(String name, Consumer<RecordedEvent> listener) {
        engine = InMemoryEngineTest.inMemory()
                .onEvent(name, listener)
                .onEvent("steady", heardBySteady::add)
                // Short pauses: the test is about how often a listener is called, not when.
                .listenerRetries(3, Duration.ofMillis(1), Duration.ofMillis(4))
                .onListenerFailure(failures::add)
                .start();
        return engine;
    }

    @Test
    void hears_an_applied_command_with_its_digest_note_alternative_claims_recorded_time_and_position() {
        List<RecordedEvent> heard = new CopyOnWriteArrayList<>();
        start("recorder", heard::add);
        Annotations annotations = Annotations.of("the sources disagree on the first day",
                List.of(new Alternative("plannedFrom", "2024-07-10", CITED)));

        engine.apply(List.of(new PlannedCommand(VisitFixture.scheduleStateVisit(), "digest-of-schedule",
                "visits.json:1:1", annotations)));
        engine.send(VisitFixture.arrival());
        await(() -> heard.size() >= 2);

        List<RecordedEvent> history;
        try (var events = engine.history()) {
            history = events.toList();
        }
        RecordedEvent scheduled = heard.get(0);
        assertThat(scheduled.name()).isEqualTo("visit.scheduled");
        assertThat(scheduled.commandDigest()).isEqualTo("digest-of-schedule");
        assertThat(scheduled.annotations().note()).isEqualTo("the sources disagree on the first day");
        assertThat(scheduled.annotations().alternatives()).singleElement().satisfies(alternative -> {
            assertThat(alternative.field()).isEqualTo("plannedFrom");
            assertThat(alternative.value()).isEqualTo("2024-07-10");
            assertThat(alternative.sources()).isEqualTo(CITED);
        });
        assertThat(scheduled.recordedAt()).isEqualTo(history.get(0).recordedAt());
        assertThat(scheduled.position()).isEqualTo(history.get(0).position()).isNotNegative();
        assertThat(scheduled).isEqualTo(history.get(0));
        // An event sent one by one has no command digest and nothing recorded beside it.
        RecordedEvent arrived = heard.get(1);
        assertThat(arrived.commandDigest()).isNull();
        assertThat(arrived.annotations()).isEqualTo(Annotations.NONE);
        assertThat(arrived.position()).isGreaterThan(scheduled.position());
        assertThat(failures).isEmpty();
    }

    @Test
    void calls_a_listener_that_fails_twice_with_the_same_event_until_it_succeeds_and_reports_nothing() {
        Map<Long, AtomicInteger> callsByPosition = new ConcurrentHashMap<>();
        List<RecordedEvent> accepted = new CopyOnWriteArrayList<>();
        start("flaky", event -> {
            int call = callsByPosition.computeIfAbsent(event.position(), position -> new AtomicInteger())
                    .incrementAndGet();
            if (call <= 2) {
                throw new IllegalStateException("the mail server is down (call " + call + ")");
            }
            accepted.add(event);
        });

        engine.send(VisitFixture.scheduleStateVisit());
        engine.send(VisitFixture.arrival());
        // In order: once the steady listener, called after the flaky one, has the second event, the flaky one is done
        // with both.
        await(() -> heardBySteady.size() >= 2);

        assertThat(accepted).extracting(RecordedEvent::name).containsExactly("visit.scheduled", "visit.guest-arrived");
        assertThat(callsByPosition.values()).extracting(AtomicInteger::get).containsExactly(3, 3);
        assertThat(heardBySteady).isEqualTo(accepted);
        assertThat(failures).isEmpty();
    }

    @Test
    void reports_a_listener_that_always_fails_once_per_event_after_its_attempts_and_still_gives_it_later_events() {
        List<RecordedEvent> calls = new CopyOnWriteArrayList<>();
        start("broken", event -> {
            calls.add(event);
            throw new IllegalStateException("the queue is full");
        });

        engine.send(VisitFixture.scheduleStateVisit());
        engine.send(VisitFixture.arrival());
        await(() -> heardBySteady.size() >= 2);

        assertThat(failures).hasSize(2);
        assertThat(failures).allSatisfy(failure -> {
            assertThat(failure.listener()).isEqualTo("broken");
            assertThat(failure.attempts()).isEqualTo(3);
            assertThat(failure.error()).isInstanceOf(IllegalStateException.class).hasMessage("the queue is full");
        });
        assertThat(failures).extracting(failure -> failure.event().name())
                .containsExactly("visit.scheduled", "visit.guest-arrived");
        assertThat(calls).extracting(RecordedEvent::name).containsExactly(
                "visit.scheduled", "visit.scheduled", "visit.scheduled",
                "visit.guest-arrived", "visit.guest-arrived", "visit.guest-arrived");
        // The other listener heard each event once, whatever the broken one did.
        assertThat(heardBySteady).extracting(RecordedEvent::name)
                .containsExactly("visit.scheduled", "visit.guest-arrived");
    }

    @Test
    void goes_on_when_the_failure_handler_itself_fails() {
        engine = InMemoryEngineTest.inMemory()
                .onEvent(event -> {
                    throw new IllegalStateException("always");
                })
                .onEvent(heardBySteady::add)
                .listenerRetries(1, Duration.ZERO, Duration.ZERO)
                .onListenerFailure(failure -> {
                    failures.add(failure);
                    throw new IllegalStateException("the handler fails too");
                })
                .start();

        engine.send(VisitFixture.scheduleStateVisit());
        engine.send(VisitFixture.arrival());
        await(() -> heardBySteady.size() >= 2);

        assertThat(failures).extracting(ListenerFailure::listener).containsExactly("listener #1", "listener #1");
        assertThat(failures).extracting(ListenerFailure::attempts).containsExactly(1, 1);
        assertThat(heardBySteady).hasSize(2);
    }

    /** Waits for what the listeners' thread does; the deadline only keeps a broken build from hanging. */
    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(condition.getAsBoolean()).as("reached before the deadline").isTrue();
    }
}
