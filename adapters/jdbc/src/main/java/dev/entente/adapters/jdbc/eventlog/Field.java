package dev.entente.adapters.jdbc.eventlog;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The fields of an event line in format 1, in the order they are written. */
enum Field {
    EVENT_ID("eventId"),
    AGGREGATE_TYPE("aggregateType"),
    AGGREGATE_ID("aggregateId"),
    SEQUENCE("sequence"),
    RECORDED_AT("recordedAt"),
    NAME("name"),
    REVISION("revision"),
    PAYLOAD("payload"),
    META_DATA("metaData");

    private static final Map<String, Field> BY_JSON_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Field::jsonName, Function.identity()));

    private final String jsonName;

    Field(String jsonName) {
        this.jsonName = jsonName;
    }

    String jsonName() {
        return jsonName;
    }

    /** The field of this name, or null if format 1 has none. */
    static Field named(String jsonName) {
        return BY_JSON_NAME.get(jsonName);
    }
}
