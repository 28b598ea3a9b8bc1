package dev.entente.application.spi;

import dev.entente.application.readmodel.Annotations;

/** Turns a stored row back into its event and the annotations its metadata holds, as the event store would read it. */
public interface EventRowDecoder {

    /** The event the row holds; an older revision read through the upcasters. */
    Object event(EventRow row);

    /** The note and alternative claims the row's metadata holds; {@link Annotations#NONE} when none. */
    Annotations annotations(EventRow row);
}
