package dev.entente.application.spi;

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
}
