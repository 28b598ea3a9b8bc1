package dev.entente.adapters.json;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.People.AZ_MINISTER;
import static dev.entente.domain.fixtures.People.PK_MINISTER;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.projection.SerializedEvents;
import dev.entente.application.readmodel.Alternative;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.spi.EventRow;
import dev.entente.application.spi.EventRowDecoder;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.correction.FactWithdrawn;
import dev.entente.domain.visit.VisitId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Stored events read for a question (ADR 0029) by {@link StreamingEventDecoder}: every current revision of Entente's
 * events read without the serializer, exactly as the serializer reads it; an older revision or a payload the streaming
 * reader does not know handed to the fallback, which reads it as the event store would; metadata that names an
 * annotation read to the annotations the serializer reads from it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StreamingEventDecoderTest {

    private final JsonSerialization serialization = new JsonSerialization();
    private final Serializer events = serialization.events();
    private final SerializedEvents serialized = new SerializedEvents(serialization);

    /** The serializer's decoder, counting how often it is made and asked. */
    private final class Counting implements EventRowDecoder {

        int made;
        int asked;

        EventRowDecoder make() {
            made++;
            return this;
        }

        @Override
        public Object event(EventRow row) {
            asked++;
            return serialized.event(row);
        }

        @Override
        public Annotations annotations(EventRow row) {
            asked++;
            return serialized.annotations(row);
        }
    }

    private final Counting fallback = new Counting();
    private final StreamingEventDecoder decoder = new StreamingEventDecoder(fallback::make);

    /** Every shape of every event of Entente's, and a withdrawal, as the event store writes them. */
    private List<EventRow> stored() {
        List<Object> all = new ArrayList<>(SampleEvents.all());
        all.add(new FactWithdrawn(VisitId.of("aliyev-pakistan-2024").aggregateId(), List.of(1L, 2L), "key",
                "recorded in error", CITED, 1));
        List<EventRow> rows = new ArrayList<>();
        byte[] metadata = events.serialize(MetaData.with("entente.command", "digest"), byte[].class).getData();
        for (Object event : all) {
            SerializedObject<byte[]> payload = events.serialize(event, byte[].class);
            rows.add(new EventRow(rows.size() + 1L, payload.getType().getName(), payload.getType().getRevision(),
                    payload.getData(), metadata));
        }
        return rows;
    }

    @Test
    void every_stored_event_is_read_as_the_serializer_reads_it_without_the_fallback() {
        List<EventRow> rows = stored();

        for (EventRow row : rows) {
            assertThat(decoder.event(row)).as("%s revision %s", row.payloadType(), row.payloadRevision())
                    .isEqualTo(serialized.event(row));
            assertThat(decoder.annotations(row)).isEqualTo(Annotations.NONE).isEqualTo(serialized.annotations(row));
        }

        assertThat(rows).hasSizeGreaterThan(40);
        assertThat(fallback.made).as("the fallback decoder made").isZero();
        assertThat(fallback.asked).isZero();
    }

    @Test
    void an_older_revision_goes_to_the_fallback_and_comes_out_upcast() {
        String revision1 = """
                {"agreementId":"az-pk-preferential-trade-2024","occurredOn":"2024-07-11",
                 "place":"Prime Minister's House, Islamabad",
                 "signatories":[{"name":"Mikayil Jabbarov","office":"MINISTER","country":"AZ"},
                                {"name":"Jam Kamal Khan","office":"MINISTER","country":"PK"}],
                 "duringVisit":"aliyev-pakistan-2024","sources":[]}""";
        EventRow row = new EventRow(7, "agreement.signed", "1", revision1.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));

        Object event = decoder.event(row);

        assertThat(event).isEqualTo(new AgreementSigned(AgreementId.of("az-pk-preferential-trade-2024"),
                LocalDate.of(2024, 7, 11), "Prime Minister's House, Islamabad",
                List.of(new Signature(AZ_MINISTER, AZ), new Signature(PK_MINISTER, PK)),
                VisitId.of("aliyev-pakistan-2024"), List.of()));
        assertThat(event).isEqualTo(serialized.event(row));
        assertThat(fallback.made).isEqualTo(1);
        assertThat(fallback.asked).isEqualTo(1);
    }

    @Test
    void metadata_naming_a_note_or_alternatives_gives_the_annotations_the_fallback_reads() {
        EventRow plain = stored().get(0);
        List<Annotations> annotations = List.of(Annotations.of("a note", List.of()),
                Annotations.of(null, List.of(new Alternative("place", "Lahore", CITED))),
                Annotations.of("both", List.of(new Alternative("date", "2024-07-12", CITED))));

        for (Annotations annotated : annotations) {
            Map<String, Object> metadata = new LinkedHashMap<>(annotated.toMetadata());
            metadata.put("entente.command", "digest");
            EventRow row = new EventRow(plain.position(), plain.payloadType(), plain.payloadRevision(),
                    plain.payload(), events.serialize(MetaData.from(metadata), byte[].class).getData());

            assertThat(decoder.annotations(row)).isEqualTo(annotated).isEqualTo(serialized.annotations(row));
            assertThat(decoder.event(row)).isEqualTo(serialized.event(row));
        }
        // Metadata without a note or alternatives is not read at all, by either.
        EventRow unannotated = new EventRow(plain.position(), plain.payloadType(), plain.payloadRevision(),
                plain.payload(), events.serialize(MetaData.with("entente.command", "digest"), byte[].class).getData());
        assertThat(decoder.annotations(unannotated)).isEqualTo(Annotations.NONE)
                .isEqualTo(serialized.annotations(unannotated));
    }

    @Test
    void a_payload_the_streaming_reader_cannot_read_goes_to_the_fallback() {
        EventRow current = stored().stream().filter(row -> row.payloadType().equals("visit.scheduled")).findFirst()
                .orElseThrow();
        String json = new String(current.payload(), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{");
        byte[] newer = ("{\"aFieldOfALaterVersion\":\"passed over\"," + json.substring(1))
                .getBytes(StandardCharsets.UTF_8);
        EventRow row = new EventRow(current.position(), current.payloadType(), current.payloadRevision(), newer,
                current.metadata());

        assertThat(StreamingRecordReader.read(newer, events.classForType(
                new org.axonframework.serialization.SimpleSerializedType(row.payloadType(), row.payloadRevision()))))
                .isNull();
        assertThat(decoder.event(row)).isEqualTo(serialized.event(row)).isEqualTo(serialized.event(current));
        assertThat(fallback.made).isEqualTo(1);
        assertThat(fallback.asked).isEqualTo(1);
    }
}
