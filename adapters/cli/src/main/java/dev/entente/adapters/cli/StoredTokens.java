package dev.entente.adapters.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.entente.adapters.json.JsonSerialization;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * Reads the read-model processor's tokens as the store keeps them, to tell a question whether the read models are
 * behind: the usual kind, a gap-aware token ({@code {"index":N,"gaps":[...]}}), with jackson-core's streaming parser;
 * any other kind, or one with anything more in it, through Axon's serializer, which is built only then. Building that
 * serializer took about a tenth of a question's start-up (docs/adr/0014).
 */
final class StoredTokens implements BiFunction<byte[], String, TrackingToken> {

    private static final String GAP_AWARE = GapAwareTrackingToken.class.getName();
    private static final JsonFactory JSON = new JsonFactory();

    private Serializer serializer;

    @Override
    public TrackingToken apply(byte[] token, String type) {
        if (GAP_AWARE.equals(type)) {
            TrackingToken read = gapAware(token);
            if (read != null) {
                return read;
            }
        }
        if (serializer == null) {
            serializer = new JsonSerialization().messages();
        }
        return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
    }

    /** The token stored as {@code json}; null when it holds anything but an index and its gaps. */
    static GapAwareTrackingToken gapAware(byte[] json) {
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
