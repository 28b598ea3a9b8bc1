package dev.entente.application.batch;

import dev.entente.application.inmemory.InMemoryCommandLog;
import dev.entente.application.spi.Serialization;
import dev.entente.application.spi.Storage;
import dev.entente.domain.AggregateRegistry;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;

/**
 * A batch checked against a store opened read-only, with no engine started, so that a refused batch leaves every
 * byte of the store as it was; {@link dev.entente.application.EntenteEngine#apply(CheckedBatch)} then writes what
 * it decided. For callers that hold no Axon type, such as the command line.
 */
public final class ReadOnlyCheck {

    private ReadOnlyCheck() {
    }

    /**
     * The batch checked against the history and the command log of {@code storage}, read as the engine reads them.
     *
     * @throws BatchRefused naming the first command a rule refuses
     */
    public static CheckedBatch check(List<PlannedCommand> batch, Storage storage, Serialization serialization) {
        return fold(storage, serialization).add(batch).finish();
    }

    /**
     * A check against {@code storage} that takes the batch in parts as it is read ({@link BatchCheck.Fold}); the
     * storage must stay open until the fold is finished.
     */
    public static BatchCheck.Fold fold(Storage storage, Serialization serialization) {
        return new BatchCheck.Fold(storage.commandLog(),
                AggregateHistory.of(storage.eventStorage(BatchCheck.settings(serialization)), storage),
                AggregateRegistry.entente());
    }

    /**
     * The batch checked against an empty history, for a store that does not exist yet.
     *
     * @throws BatchRefused naming the first command a rule refuses
     */
    public static CheckedBatch checkOnNothing(List<PlannedCommand> batch) {
        return foldOnNothing().add(batch).finish();
    }

    /** A check against an empty history that takes the batch in parts, for a store that does not exist yet. */
    public static BatchCheck.Fold foldOnNothing() {
        return new BatchCheck.Fold(new InMemoryCommandLog(), new AggregateHistory() {
            @Override
            public Optional<DomainEventMessage<?>> snapshot(String aggregateId) {
                return Optional.empty();
            }

            @Override
            public DomainEventStream events(String aggregateId, long firstSequence) {
                return DomainEventStream.empty();
            }
        }, AggregateRegistry.entente());
    }

    /** Whether {@code storage} holds any event. */
    public static boolean holdsEvents(Storage storage, Serialization serialization) {
        try (Stream<? extends TrackedEventMessage<?>> events =
                     storage.eventStorage(BatchCheck.settings(serialization)).readEvents(null, false)) {
            return events.findAny().isPresent();
        }
    }
}
