package dev.entente.application.integrity;

/**
 * How far the persisted read models have got: whether the event processor has folded an event into them. An engine
 * folds each event after it is recorded, so a store closed right after a write holds events its read models have not
 * seen yet; they are folded when an engine next runs on the store. That is a delay, not damage, so the check compares
 * the read models with a fold of the events they have seen.
 */
@FunctionalInterface
public interface ReadModelProgress {

    /** Every event folded: the read models are expected to reflect the whole history. */
    ReadModelProgress EVERYTHING = event -> true;

    /** Whether the read models have folded {@code event}. */
    boolean hasFolded(RawEvent event);
}
