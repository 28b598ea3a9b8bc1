package dev.entente.adapters.jdbc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a small value that recurs in many read-model rows (a source cited by every event of a round, a dignitary
 * named in each of a visit's events) from its JSON written once, instead of walking the record again for every row
 * (ADR 0026). The JSON is what {@code plain} writes for the value, so the rows hold the same bytes as without it.
 * Values are records, equal when their JSON is equal; the remembered JSON is forgotten past a bound.
 */
final class RecurringValueSerializer<T> extends StdSerializer<T> {

    /** Distinct values remembered, past which the memory starts again: the heap stays bounded. */
    private static final int MAX_REMEMBERED = 10_000;

    private final transient ObjectMapper plain;
    private final transient Map<T, String> written = new ConcurrentHashMap<>();

    RecurringValueSerializer(Class<T> type, ObjectMapper plain) {
        super(type);
        this.plain = plain;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        String json = written.get(value);
        if (json == null) {
            json = plain.writeValueAsString(value);
            if (written.size() >= MAX_REMEMBERED) {
                written.clear();
            }
            written.put(value, json);
        }
        generator.writeRawValue(json);
    }
}
