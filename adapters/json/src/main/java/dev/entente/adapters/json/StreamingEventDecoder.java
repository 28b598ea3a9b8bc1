package dev.entente.adapters.json;

import dev.entente.application.spi.EventRowDecoder;
import dev.entente.application.projection.SerializedEvents;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.spi.EventRow;
import dev.entente.domain.Aggregates;
import dev.entente.domain.shared.StoredEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Entente's stored events read for a question (ADR 0029): the current revision of an event of Entente's with
 * {@link StreamingRecordReader}, without databind, whose start would be most of a question's time (ADR 0014); anything
 * else (an older revision, through the upcasters; a payload the streaming reader will not take, such as one another
 * serializer wrote; metadata that names an annotation) with the event serializer, built on the first such row.
 */
public final class StreamingEventDecoder implements EventRowDecoder {

    /** Entente's event types and the shared withdrawal by stored name, with the revision each is written in. */
    private static final Map<String, Stored> BY_NAME = byName();

    private final Supplier<EventRowDecoder> fallback;
    private volatile EventRowDecoder serialized;

    /** With Entente's own serialization for what the streaming reader leaves. */
    public StreamingEventDecoder() {
        this(() -> new SerializedEvents(new JsonSerialization()));
    }

    /** With {@code fallback} (made on the first row that needs it) for what the streaming reader leaves. */
    public StreamingEventDecoder(Supplier<EventRowDecoder> fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    private record Stored(Class<?> type, String revision) {
    }

    private static Map<String, Stored> byName() {
        Map<String, Stored> byName = new HashMap<>();
        Stream.concat(Aggregates.eventTypes().stream(), StoredNameSerializer.SHARED_EVENTS.stream()).forEach(type -> {
            StoredEvent stored = type.getAnnotation(StoredEvent.class);
            if (stored != null) {
                byName.put(stored.name(), new Stored(type, stored.revision()));
            }
        });
        return Map.copyOf(byName);
    }

    @Override
    public Object event(EventRow row) {
        Stored stored = BY_NAME.get(row.payloadType());
        if (stored != null && stored.revision().equals(row.payloadRevision())) {
            Object event = StreamingRecordReader.read(row.payload(), stored.type());
            if (event != null) {
                return event;
            }
        }
        return serialized().event(row);
    }

    @Override
    public Annotations annotations(EventRow row) {
        return SerializedEvents.mayHoldAnnotations(row.metadata()) ? serialized().annotations(row) : Annotations.NONE;
    }

    private EventRowDecoder serialized() {
        EventRowDecoder made = serialized;
        if (made == null) {
            made = Objects.requireNonNull(fallback.get(), "fallback decoder");
            serialized = made;
        }
        return made;
    }
}
