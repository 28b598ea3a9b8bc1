package dev.entente.adapters.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.entente.application.projection.SerializedEvents;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.spi.EventRow;
import dev.entente.application.spi.EventRowDecoder;
import dev.entente.domain.shared.StoredEventIndex;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Entente's stored events read for a question (ADR 0029): the current revision of an event of Entente's with
 * {@link StreamingRecordReader}, without databind, whose start would be most of a question's time (ADR 0014); anything
 * else (an older revision, through the upcasters; a payload the streaming reader will not take, such as one another
 * serializer wrote; metadata naming an annotation that is not one JSON object) with the event serializer, built on
 * the first such row.
 */
public final class StreamingEventDecoder implements EventRowDecoder {

    private static final JsonFactory JSON = new JsonFactory();

    /*
     * Classes rather than lambdas: a question makes a decoder and reads annotations at its start, where linking a
     * lambda costs more than its work (docs/adr/0034).
     */

    private static final Supplier<EventRowDecoder> ENTENTE_SERIALIZATION = new Supplier<>() {
        @Override
        public EventRowDecoder get() {
            return new SerializedEvents(new JsonSerialization());
        }
    };

    /** A day as the metadata writes it, read as databind would read it. */
    private static final Function<String, LocalDate> DAYS = new Function<>() {
        @Override
        public LocalDate apply(String day) {
            LocalDate read = IsoDay.parse(day);
            return read != null ? read : LocalDate.parse(day);
        }
    };

    private final Supplier<EventRowDecoder> fallback;
    private volatile EventRowDecoder serialized;

    /** With Entente's own serialization for what the streaming reader leaves. */
    public StreamingEventDecoder() {
        this(ENTENTE_SERIALIZATION);
    }

    /** With {@code fallback} (made on the first row that needs it) for what the streaming reader leaves. */
    public StreamingEventDecoder(Supplier<EventRowDecoder> fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public Object event(EventRow row) {
        // Entente's events and the shared withdrawal, by the index the build wrote (ADR 0033): no registry, no
        // annotation read on a question's path.
        StoredEventIndex.Entry stored = StoredEventIndex.byName(row.payloadType());
        if (stored != null && stored.revision().equals(row.payloadRevision())) {
            Object event = StreamingRecordReader.read(row.payload(), stored.type());
            if (event != null) {
                return event;
            }
        }
        return serialized().event(row);
    }

    /**
     * Most events' metadata names no annotation and is not read at all; the rest is read as the map it is (objects,
     * lists, text, numbers) with the streaming parser, and with the event serializer only when that fails.
     */
    @Override
    public Annotations annotations(EventRow row) {
        if (!SerializedEvents.mayHoldAnnotations(row.metadata())) {
            return Annotations.NONE;
        }
        Map<String, Object> metadata = metadata(row.metadata());
        return metadata == null ? serialized().annotations(row) : Annotations.fromMetadata(metadata, DAYS);
    }

    /** Serialized metadata as a map of plain values; null when it is not one JSON object. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(byte[] json) {
        try (JsonParser parser = JSON.createParser(json)) {
            Object read = parser.nextToken() == JsonToken.START_OBJECT ? value(parser) : null;
            return read != null && parser.nextToken() == null ? (Map<String, Object>) read : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** The value the parser is on: objects as maps in their order, arrays as lists, scalars as databind reads them. */
    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IOException("The metadata ends in the middle of a value");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("Unexpected " + token + " in metadata");
        }
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
