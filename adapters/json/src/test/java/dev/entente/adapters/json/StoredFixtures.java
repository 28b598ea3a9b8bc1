package dev.entente.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

/**
 * Events as an earlier version stored them, in a fixture file under {@code stored-events/} ({@code events}: each with
 * its stored {@code name}, {@code revision} and {@code payload}), read back through the current serialization.
 */
final class StoredFixtures {

    private final String resource;
    private final JsonSerialization serialization;
    private final ObjectMapper json = new ObjectMapper();

    StoredFixtures(String resource, JsonSerialization serialization) {
        this.resource = resource;
        this.serialization = serialization;
    }

    /** Every fixture of the file, in its order. */
    List<JsonNode> all() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as("the fixture file").isNotNull();
            List<JsonNode> events = new ArrayList<>();
            json.readTree(in).get("events").forEach(events::add);
            return events;
        }
    }

    /** The fixture's event, deserialized under its stored name and revision. */
    Object read(JsonNode fixture) throws IOException {
        byte[] payload = json.writeValueAsString(fixture.get("payload")).getBytes(StandardCharsets.UTF_8);
        return serialization.events().deserialize(new SimpleSerializedObject<>(payload, byte[].class,
                new SimpleSerializedType(fixture.get("name").asText(), fixture.get("revision").asText())));
    }

    /** The event of the first fixture stored under {@code name}. */
    Object readNamed(String name) throws IOException {
        for (JsonNode fixture : all()) {
            if (fixture.get("name").asText().equals(name)) {
                return read(fixture);
            }
        }
        throw new AssertionError("no fixture " + name);
    }
}
