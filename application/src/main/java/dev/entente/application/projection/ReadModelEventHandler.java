package dev.entente.application.projection;

import dev.entente.application.readmodel.Annotations;
import dev.entente.application.spi.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;

/** The thin Axon handler around {@link ReadModelProjector}: passes each event with its global index and
 * the annotations its metadata carries. */
@ProcessingGroup(ReadModelEventHandler.PROCESSING_GROUP)
public final class ReadModelEventHandler {

    /** The name of the processor that keeps the read models. */
    public static final String PROCESSING_GROUP = "entente-read-models";

    private final ReadModelStore store;
    private final ReadModelProjector projector;

    public ReadModelEventHandler(ReadModelStore store) {
        this.store = store;
        this.projector = new ReadModelProjector(new BatchBuffer(store));
    }

    /**
     * Every event of an aggregate in the registry goes to the projector. An event of the embedding application's
     * own, published on the same event store, is not the read models' business and is passed over.
     */
    @EventHandler
    void on(Object event, TrackingToken token, MetaData metaData) {
        if (ReadModelProjector.folds(event)) {
            projector.project(event, position(token), Annotations.fromMetadata(metaData));
        }
    }

    /** A replay rebuilds the read models from nothing. */
    @ResetHandler
    void reset() {
        store.clear();
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException(
                "The read models need the global index of every event; token " + token + " has none"));
    }
}
