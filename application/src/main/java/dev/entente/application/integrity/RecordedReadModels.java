package dev.entente.application.integrity;

import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.projection.ReadModelProjector;
import dev.entente.application.query.ReadModels;
import dev.entente.application.query.StoreReadModels;
import dev.entente.application.spi.Serialization;
import dev.entente.domain.shared.Values;
import dev.entente.application.projection.WithdrawnEvents;
import dev.entente.domain.correction.FactWithdrawn;
import java.time.Instant;
import java.util.function.Predicate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The read models as the store knew them at an instant: folded in memory from the stored events recorded at or before
 * it, with the annotations they carry, so that later events (later facts, and later corrections) are not yet known.
 * Reads the history only; nothing is written, so it serves a store opened read-only.
 */
public final class RecordedReadModels {

    private RecordedReadModels() {
    }

    /**
     * Folds the events of {@code history} recorded at or before {@code recordedBy}.
     *
     * @throws IllegalStateException when an event cannot be read or folded; the store needs {@code entente check}
     */
    public static ReadModels fold(StoredHistory history, Serialization serialization, Instant recordedBy) {
        Values.required(recordedBy, "instant");
        EventDecoder decoder = new EventDecoder(serialization);
        InMemoryReadModelStore store = new InMemoryReadModelStore();
        ReadModelProjector projector = new ReadModelProjector(store);
        // What was withdrawn by then is not known then; what was withdrawn later still is (ADR 0022).
        WithdrawnEvents withdrawn = withdrawn(history, decoder, raw -> !recordedAt(raw).isAfter(recordedBy));
        history.forEach(raw -> {
            if (recordedAt(raw).isAfter(recordedBy)) {
                return;
            }
            EventDecoder.Decoded decoded = decoder.decode(raw);
            if (!decoded.readable()) {
                throw new IllegalStateException("The event at position " + raw.position() + " cannot be read ("
                        + decoded.reason() + "); check the store with `entente check`");
            }
            if (!withdrawn.passesOver(decoded.event(), raw.aggregateId(), raw.sequence())) {
                projector.project(decoded.event(), raw.position(), decoded.annotations());
            }
        });
        return new StoreReadModels(store);
    }

    /**
     * The events withdrawn by the withdrawals among those of {@code history} that {@code counted} lets through; only
     * withdrawals are decoded. One that cannot be read is left to the fold, which reports it.
     */
    static WithdrawnEvents withdrawn(StoredHistory history, EventDecoder decoder, Predicate<RawEvent> counted) {
        WithdrawnEvents withdrawn = new WithdrawnEvents();
        history.forEach(raw -> {
            if (FactWithdrawn.STORED_NAME.equals(raw.name()) && counted.test(raw)) {
                EventDecoder.Decoded decoded = decoder.decode(raw);
                if (decoded.readable() && decoded.event() instanceof FactWithdrawn withdrawal) {
                    withdrawn.add(withdrawal);
                }
            }
        });
        return withdrawn;
    }

    /** When the event was recorded: stored as ISO-8601 text, as an instant or with an offset. */
    static Instant recordedAt(RawEvent raw) {
        try {
            return Instant.parse(raw.recordedAt());
        } catch (DateTimeParseException | NullPointerException notAnInstant) {
            try {
                return OffsetDateTime.parse(raw.recordedAt()).toInstant();
            } catch (DateTimeParseException | NullPointerException unreadable) {
                throw new IllegalStateException("The event at position " + raw.position()
                        + " has no readable recording time ('" + raw.recordedAt() + "')", unreadable);
            }
        }
    }
}
