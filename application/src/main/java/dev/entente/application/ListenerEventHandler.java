package dev.entente.application;

import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.Describe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the embedding application's listeners for every new event, in the order recorded, each listener on its own:
 * one that throws is called again with the same event after a growing pause, up to the attempts allowed, then reported
 * and passed over, so that one failing listener neither stops the others nor holds the stream up for ever. Listeners
 * cause side effects (notifications, messages to other systems) that must not repeat, so a replay skips them.
 */
@ProcessingGroup(ListenerEventHandler.PROCESSING_GROUP)
final class ListenerEventHandler {

    static final String PROCESSING_GROUP = "entente-listeners";

    private static final Logger LOG = LoggerFactory.getLogger(ListenerEventHandler.class);

    /** A listener and the name its failures are reported under. */
    record Listener(String name, Consumer<RecordedEvent> consumer) {
    }

    /**
     * How often a failing listener is called with the same event: {@code attempts} calls in all, the pause before
     * each new call doubling from {@code firstPause} up to {@code longestPause}.
     */
    record Retry(int attempts, Duration firstPause, Duration longestPause) {

        static final Retry DEFAULT = new Retry(3, Duration.ofMillis(100), Duration.ofSeconds(1));

        Retry {
            if (attempts < 1) {
                throw new IllegalArgumentException("a listener needs at least 1 attempt, was " + attempts);
            }
            if (firstPause == null || firstPause.isNegative() || longestPause == null
                    || longestPause.compareTo(firstPause) < 0) {
                throw new IllegalArgumentException("the pauses between attempts must be 0 or more, the longest no"
                        + " shorter than the first; were " + firstPause + " and " + longestPause);
            }
        }

        Duration pauseAfter(Duration previous) {
            Duration doubled = previous.multipliedBy(2);
            return doubled.compareTo(longestPause) > 0 ? longestPause : doubled;
        }
    }

    private final List<Listener> listeners;
    private final Retry retry;
    private final Consumer<ListenerFailure> onFailure;

    ListenerEventHandler(List<Listener> listeners, Retry retry, Consumer<ListenerFailure> onFailure) {
        this.listeners = List.copyOf(listeners);
        this.retry = retry;
        this.onFailure = onFailure;
    }

    /** The default report of a failure: a warning naming the listener, the event and its position. */
    static void logFailure(ListenerFailure failure) {
        LOG.warn("The listener '{}' failed {} times on the event {} at position {}; delivery goes on with the next"
                        + " event", failure.listener(), failure.attempts(), failure.event().name(),
                failure.event().position(), failure.error());
    }

    /**
     * Delivers the event to each listener. An interruption while pausing between attempts (the engine shutting down)
     * propagates: the processor then does not move past the event, and delivers it again when it next runs.
     */
    @EventHandler
    @DisallowReplay
    void on(Object event, EventMessage<?> message, TrackingToken token, @Timestamp Instant recordedAt)
            throws InterruptedException {
        RecordedEvent recorded = recorded(event, message, token.position().orElse(-1), recordedAt);
        for (Listener listener : listeners) {
            deliver(listener, recorded);
        }
    }

    private static RecordedEvent recorded(Object event, EventMessage<?> message, long position, Instant recordedAt) {
        RecordedEvent recorded = message instanceof DomainEventMessage<?> domain
                ? new RecordedEvent(event, Describe.kindOf(event), domain.getAggregateIdentifier(),
                        domain.getSequenceNumber(), position, recordedAt)
                : new RecordedEvent(event, Describe.kindOf(event), null, -1, position, recordedAt);
        try {
            return recorded.withMetadata(message.getMetaData());
        } catch (IllegalArgumentException malformed) {
            // Metadata Entente did not write: the listeners still hear the event, without annotations.
            LOG.warn("The annotations of the event {} at position {} are not in the shape Entente writes; the"
                    + " listeners get it without them: {}", recorded.name(), position, malformed.getMessage());
            Object digest = message.getMetaData().get(EventMetadata.COMMAND_DIGEST);
            return new RecordedEvent(event, recorded.name(), recorded.aggregateId(), recorded.sequence(), position,
                    recordedAt, digest == null ? null : digest.toString(), Annotations.NONE);
        }
    }

    private void deliver(Listener listener, RecordedEvent event) throws InterruptedException {
        Duration pause = retry.firstPause();
        for (int attempt = 1; ; attempt++) {
            try {
                listener.consumer().accept(event);
                return;
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable error) {
                if (attempt >= retry.attempts()) {
                    report(new ListenerFailure(listener.name(), event, attempt, error));
                    return;
                }
            }
            TimeUnit.NANOSECONDS.sleep(pause.toNanos());
            pause = retry.pauseAfter(pause);
        }
    }

    /** A failure handler that fails itself must not hold up the listeners either. */
    private void report(ListenerFailure failure) {
        try {
            onFailure.accept(failure);
        } catch (RuntimeException reportFailed) {
            logFailure(failure);
            LOG.warn("The listener failure handler failed too", reportFailed);
        }
    }
}
