package dev.entente.application.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;

/**
 * Commits that follow each other closely wake the read-model processor once for all of them (ADR 0035): the first
 * at once, the rest together at the end of the window; a reader's wake is never held back.
 */
class WakingEventSourceTest {

    @Test
    void wakes_at_once_for_a_first_commit_and_holds_the_next_ones_back_to_one_wake_within_the_window() {
        try (WakingEventSource source = new WakingEventSource(new NoEvents(), Duration.ofMinutes(10))) {
            AtomicInteger wakes = openWithCallback(source);

            source.wake();
            source.wake();
            source.wake();

            assertThat(wakes).as("the first at once, the others held back to the end of the window").hasValue(1);
        }
    }

    @Test
    void a_readers_wake_is_never_held_back() {
        try (WakingEventSource source = new WakingEventSource(new NoEvents(), Duration.ofMinutes(10))) {
            AtomicInteger wakes = openWithCallback(source);

            source.wake();
            source.wake();
            source.wakeNow();

            assertThat(wakes).hasValue(2);
        }
    }

    @Test
    void the_wakes_held_back_are_delivered_together_when_the_window_ends() throws InterruptedException {
        try (WakingEventSource source = new WakingEventSource(new NoEvents(), Duration.ofMillis(20))) {
            AtomicInteger wakes = openWithCallback(source);

            source.wake();
            source.wake();
            source.wake();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (wakes.get() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(wakes).as("the first wake and one for the commits held back").hasValue(2);
        }
    }

    private static AtomicInteger openWithCallback(WakingEventSource source) {
        AtomicInteger wakes = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        assertThat(stream.setOnAvailableCallback(wakes::incrementAndGet)).isTrue();
        return wakes;
    }

    /** A store with nothing in it: only the callbacks are looked at. */
    private static final class NoEvents implements StreamableMessageSource<TrackedEventMessage<?>> {

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
            return new BlockingStream<>() {
                @Override
                public Optional<TrackedEventMessage<?>> peek() {
                    return Optional.empty();
                }

                @Override
                public boolean hasNextAvailable(int timeout, TimeUnit unit) {
                    return false;
                }

                @Override
                public TrackedEventMessage<?> nextAvailable() {
                    throw new IllegalStateException("No events");
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
