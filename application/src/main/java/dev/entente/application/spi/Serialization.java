package dev.entente.application.spi;

import dev.entente.application.projection.SerializedEvents;
import dev.entente.domain.AggregateRegistry;
import java.util.List;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/** How events, snapshots, tokens and messages are written, and the upcasters that read older revisions. */
public interface Serialization {

    /** Events, under their stable stored names and revisions. */
    Serializer events();

    /** Aggregate snapshots. */
    Serializer snapshots();

    /** Everything else: tokens, metadata, messages. */
    Serializer messages();

    /** The upcasters from older event revisions, in the order they apply. */
    List<EventUpcaster> upcasters();

    /**
     * How a stored event's row is read back into its event and annotations, as the event store reads it: by default
     * with {@link #events()} and {@link #upcasters()}.
     */
    default EventRowDecoder rows() {
        return new SerializedEvents(this);
    }

    /** The aggregates whose events this serialization stores: Entente's, unless {@link #including} added others. */
    default AggregateRegistry aggregates() {
        return AggregateRegistry.entente();
    }

    /**
     * This serialization, also storing the events of the application's own aggregates in {@code registry} under their
     * {@code @StoredEvent} names, and reading their older revisions with {@code upcasters} (after Entente's own).
     *
     * @throws UnsupportedOperationException when it cannot store an application's events
     */
    default Serialization including(AggregateRegistry registry, List<EventUpcaster> upcasters) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot store the events of an application's"
                + " own aggregates; use Entente's JSON serialization");
    }
}
