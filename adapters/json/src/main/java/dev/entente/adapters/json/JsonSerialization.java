package dev.entente.adapters.json;

import dev.entente.adapters.json.upcasting.AgreementSignedRevision1Upcaster;
import dev.entente.application.spi.Serialization;
import java.util.List;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/** Entente's serialization port on Jackson: events under stored names, snapshots by fields, tokens as JSON. */
public final class JsonSerialization implements Serialization {

    private final Serializer events = new StoredNameSerializer();
    private final Serializer snapshots = JacksonSerializer.builder().objectMapper(EntenteJson.snapshotMapper()).build();
    private final Serializer messages = JacksonSerializer.builder().objectMapper(EntenteJson.mapper()).build();
    private final List<EventUpcaster> upcasters = List.of(new AgreementSignedRevision1Upcaster());

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
}
