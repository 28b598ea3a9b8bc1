package dev.entente.application.projection;

import dev.entente.application.EventMetadata;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.spi.EventRow;
import dev.entente.application.spi.EventRowDecoder;
import dev.entente.application.spi.Serialization;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

/**
 * Rows decoded with the event serializer: the current revision of a stored name read as it is (what the upcasters
 * would hand on), any other through the upcaster chain, as the event store reads it; the metadata deserialized only
 * when its bytes name an annotation's key.
 */
public final class SerializedEvents implements EventRowDecoder {

    private static final byte[] NO_META_DATA = "{}".getBytes(StandardCharsets.UTF_8);

    private final Serializer serializer;
    private final EventUpcasterChain upcasters;
    /** Per stored name and revision: whether it is the current revision, read as it is (no upcaster applies). */
    private final Map<SerializedType, Boolean> current = new ConcurrentHashMap<>();

    public SerializedEvents(Serialization serialization) {
        this.serializer = serialization.events();
        this.upcasters = new EventUpcasterChain(serialization.upcasters());
    }

    /** With the event serializer and upcaster chain an event storage engine was built with (none: no upcaster). */
    public SerializedEvents(Serializer events, EventUpcaster upcaster) {
        this.serializer = Objects.requireNonNull(events, "event serializer");
        this.upcasters = upcaster == null ? new EventUpcasterChain() : new EventUpcasterChain(upcaster);
    }

    @Override
    public Object event(EventRow row) {
        SerializedType type = new SimpleSerializedType(row.payloadType(), row.payloadRevision());
        if (isCurrent(type)) {
            return serializer.deserialize(new SimpleSerializedObject<>(row.payload(), byte[].class, type));
        }
        List<IntermediateEventRepresentation> upcast = upcasters.upcast(Stream.of(new InitialEventRepresentation(
                new GenericDomainEventEntry<>(null, "", 0, "", Instant.EPOCH, row.payloadType(),
                        row.payloadRevision(), row.payload(), NO_META_DATA), serializer))).toList();
        if (upcast.size() != 1) {
            throw new IllegalStateException("The upcasters turned the event at position " + row.position() + " ("
                    + row.payloadType() + " revision " + row.payloadRevision() + ") into " + upcast.size()
                    + " events; the read models fold one per row");
        }
        return serializer.deserialize(upcast.get(0).getData());
    }

    /** Whether {@code type} is the revision the serializer reads as it is. */
    boolean isCurrent(SerializedType type) {
        return current.computeIfAbsent(type, t -> Objects.equals(t.getRevision(),
                serializer.typeForClass(serializer.classForType(t)).getRevision()));
    }

    /**
     * Most events carry no annotation, so the metadata is deserialized only when its bytes name one of their keys.
     */
    @Override
    public Annotations annotations(EventRow row) {
        byte[] metadata = row.metadata();
        if (!mayHoldAnnotations(metadata)) {
            return Annotations.NONE;
        }
        MetaData read = serializer.deserialize(new SerializedMetaData<>(metadata, byte[].class));
        return Annotations.fromMetadata(read);
    }

    /** Whether serialized metadata may hold a note or alternative claims. */
    public static boolean mayHoldAnnotations(byte[] metadata) {
        return EventMetadata.mayHoldEither(metadata, Annotations.NOTE, Annotations.ALTERNATIVES);
    }
}
