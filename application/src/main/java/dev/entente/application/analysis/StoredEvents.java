package dev.entente.application.analysis;

import dev.entente.application.projection.WithdrawnEvents;
import dev.entente.application.RecordedEvent;
import dev.entente.application.readmodel.Describe;
import dev.entente.application.spi.Serialization;
import dev.entente.application.spi.Storage;
import dev.entente.application.spi.StorageSettings;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * Reads a store's history, less the events withdrawn and the withdrawals (ADR 0022), in the order it was recorded, as the event store reads it (stored names, upcasters),
 * without starting an engine: what an export needs from a store opened only to be read.
 */
public final class StoredEvents {

    private StoredEvents() {
    }

    /** Hands every recorded event of {@code storage} that stands (none withdrawn), oldest first, to {@code each}. */
    public static void forEach(Storage storage, Serialization serialization, Consumer<RecordedEvent> each) {
        StorageSettings settings = new StorageSettings(serialization.events(), serialization.snapshots(),
                new EventUpcasterChain(serialization.upcasters()), SnapshotFilter.allowAll());
        // A withdrawal comes after what it withdraws: learnt in a pass of its own, then passed over (ADR 0022).
        WithdrawnEvents withdrawn;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.eventStorage(settings).readEvents(null, false)) {
            withdrawn = WithdrawnEvents.in(events);
        }
        try (Stream<? extends TrackedEventMessage<?>> events = storage.eventStorage(settings).readEvents(null, false)) {
            events.forEach(event -> {
                DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
                if (withdrawn.passesOver(event.getPayload(), domain.getAggregateIdentifier(),
                        domain.getSequenceNumber())) {
                    return;
                }
                long position = event.trackingToken().position()
                        .orElseThrow(() -> new IllegalStateException("event " + event.getIdentifier() + " has no position"));
                each.accept(new RecordedEvent(event.getPayload(), Describe.kindOf(event.getPayload()),
                        domain.getAggregateIdentifier(), domain.getSequenceNumber(), position, event.getTimestamp()));
            });
        }
    }
}
