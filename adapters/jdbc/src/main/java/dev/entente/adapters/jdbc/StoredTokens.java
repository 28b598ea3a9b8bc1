package dev.entente.adapters.jdbc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.entente.application.spi.Serialization;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * Reads an event processor's tokens as the store keeps them, for
 * {@link JdbcStorage#eventsNotYetHandled(String, BiFunction)}: the usual kind, a gap-aware token
 * ({@code {"index":N,"gaps":[...]}}), with jackson-core's streaming parser; any other kind, or one with anything more
 * in it, through the serialization's message serializer, which is asked for only then. Building Entente's
 * serializers took about a tenth of a question's start-up in the command line (docs/adr/0014).
 */
public final class StoredTokens implements BiFunction<byte[], String, TrackingToken> {

    private static final String GAP_AWARE = GapAwareTrackingToken.class.getName();
    private static final JsonFactory JSON = new JsonFactory();

    private final Supplier<? extends Serialization> serialization;
    private Serializer serializer;

    /** Tokens of another kind are read by {@code serialization}'s message serializer, built on first need. */
    public StoredTokens(Supplier<? extends Serialization> serialization) {
        this.serialization = Objects.requireNonNull(serialization, "serialization");
    }

    @Override
    public TrackingToken apply(byte[] token, String type) {
        if (GAP_AWARE.equals(type)) {
            TrackingToken read = gapAware(token);
            if (read != null) {
                return read;
            }
        }
        if (serializer == null) {
            serializer = serialization.get().messages();
        }
        return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
    }

    /** The token stored as {@code json}; null when it holds anything but an index and its gaps. */
    public static GapAwareTrackingToken gapAware(byte[] json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Long index = null;
            List<Long> gaps = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("index") && value == JsonToken.VALUE_NUMBER_INT) {
                    index = parser.getLongValue();
                } else if (name.equals("gaps") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.VALUE_NUMBER_INT) {
                        gaps.add(parser.getLongValue());
                    }
                    if (parser.currentToken() != JsonToken.END_ARRAY) {
                        return null;
                    }
                } else if (!(name.equals("gaps") && value == JsonToken.VALUE_NULL)) {
                    return null;
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || index == null || parser.nextToken() != null) {
                return null;
            }
            return GapAwareTrackingToken.newInstance(index, gaps);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
