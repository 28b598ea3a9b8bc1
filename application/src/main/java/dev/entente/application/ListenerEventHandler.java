package dev.entente.application;

import dev.entente.application.readmodel.Describe;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Calls the embedding application's listeners for every new event. Listeners cause side effects (notifications,
 * messages to other systems) that must not repeat, so a replay skips them.
 */
@ProcessingGroup(ListenerEventHandler.PROCESSING_GROUP)
final class ListenerEventHandler {

    static final String PROCESSING_GROUP = "entente-listeners";

    private final List<Consumer<RecordedEvent>> listeners;

    ListenerEventHandler(List<Consumer<RecordedEvent>> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @EventHandler
    @DisallowReplay
    void on(Object event, EventMessage<?> message, TrackingToken token, @Timestamp Instant recordedAt) {
        RecordedEvent recorded = message instanceof DomainEventMessage<?> domain
                ? new RecordedEvent(event, Describe.kindOf(event), domain.getAggregateIdentifier(),
                        domain.getSequenceNumber(), token.position().orElse(-1), recordedAt)
                : new RecordedEvent(event, Describe.kindOf(event), null, -1, token.position().orElse(-1), recordedAt);
        listeners.forEach(listener -> listener.accept(recorded));
    }
}
