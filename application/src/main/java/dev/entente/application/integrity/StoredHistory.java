package dev.entente.application.integrity;

import java.util.function.Consumer;

/** A store's events as stored, handed over one at a time in global order, never all held at once. */
@FunctionalInterface
public interface StoredHistory {

    /** Calls {@code each} for every stored event, oldest first. */
    void forEach(Consumer<RawEvent> each);
}
