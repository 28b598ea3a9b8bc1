package dev.entente.adapters.json;

import dev.entente.adapters.json.upcasting.AgreementSignedRevision1Upcaster;
import dev.entente.application.projection.SerializedEvents;
import dev.entente.application.spi.EventRowDecoder;
import dev.entente.application.spi.Serialization;
import dev.entente.domain.AggregateRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/** Entente's serialization port on Jackson: events under stored names, snapshots by fields, tokens as JSON. */
public final class JsonSerialization implements Serialization {

    private final Serializer events;
    private final Serializer snapshots = JacksonSerializer.builder().objectMapper(EntenteJson.snapshotMapper()).build();
    private final Serializer messages = JacksonSerializer.builder().objectMapper(EntenteJson.mapper()).build();
    private final List<EventUpcaster> upcasters;
    private final AggregateRegistry registry;

    /** Entente's events alone. */
    public JsonSerialization() {
        this(AggregateRegistry.entente(), List.of());
    }

    /**
     * The events of every aggregate in {@code registry}, Entente's and an application's own, each under its stored
     * name; {@code upcasters} read the application's older revisions, after Entente's own upcasters.
     */
    public JsonSerialization(AggregateRegistry registry, List<? extends EventUpcaster> upcasters) {
        this.registry = registry;
        // A withdrawal (ADR 0022) may stand in any aggregate's stream, an application's too.
        this.events = new StoredNameSerializer(EntenteJson.mapper(), Stream.concat(registry.eventTypes().stream(),
                StoredNameSerializer.SHARED_EVENTS.stream()).toList());
        List<EventUpcaster> all = new ArrayList<>(List.of(new AgreementSignedRevision1Upcaster()));
        all.addAll(upcasters);
        this.upcasters = List.copyOf(all);
    }

    @Override
    public Serializer events() {
        return events;
    }

    @Override
    public Serializer snapshots() {
        return snapshots;
    }

    @Override
    public Serializer messages() {
        return messages;
    }

    @Override
    public List<EventUpcaster> upcasters() {
        return upcasters;
    }

    /** The current revision of Entente's events read without databind ({@link StreamingEventDecoder}). */
    @Override
    public EventRowDecoder rows() {
        return new StreamingEventDecoder(() -> new SerializedEvents(this));
    }

    @Override
    public AggregateRegistry aggregates() {
        return registry;
    }

    @Override
    public Serialization including(AggregateRegistry registry, List<EventUpcaster> upcasters) {
        return new JsonSerialization(registry, upcasters);
    }
}
