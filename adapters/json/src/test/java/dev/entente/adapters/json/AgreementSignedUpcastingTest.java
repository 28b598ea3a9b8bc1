package dev.entente.adapters.json;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.People.AZ_MINISTER;
import static dev.entente.domain.fixtures.People.PK_MINISTER;
import static dev.entente.domain.fixtures.Sources.SEED_ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.visit.VisitId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Events written in an older shape are read through the upcaster chain, as the event store reads them. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AgreementSignedUpcastingTest {

    /** agreement.signed as revision 1 wrote it: every signature named its signatory, whose country was the party. */
    private static final String REVISION_1 = """
            {"agreementId":"az-pk-preferential-trade-2024","occurredOn":"2024-07-11",
             "place":"Prime Minister's House, Islamabad",
             "signatories":[{"name":"Mikayil Jabbarov","office":"MINISTER","country":"AZ"},
                            {"name":"Jam Kamal Khan","office":"MINISTER","country":"PK"}],
             "duringVisit":"aliyev-pakistan-2024",
             "sources":[{"title":"Azerbaijani President Ilham Aliyev's recent visit to Pakistan",
                         "publisher":"seed article (outlet not named)","published":"2024-07-13"}]}""";

    private final JsonSerialization serialization = new JsonSerialization();
    private final EventUpcasterChain chain = new EventUpcasterChain(serialization.upcasters());

    @Test
    void revision_1_is_read_with_each_signatory_signing_for_their_country() {
        IntermediateEventRepresentation upcast = upcastOne(entry("agreement.signed", "1",
                REVISION_1.getBytes(StandardCharsets.UTF_8)));

        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType("agreement.signed", "2"));
        AgreementSigned signed = serialization.events().deserialize(upcast.getData());
        assertThat(signed).isEqualTo(new AgreementSigned(AgreementId.of("az-pk-preferential-trade-2024"),
                LocalDate.of(2024, 7, 11), "Prime Minister's House, Islamabad",
                List.of(new Signature(AZ_MINISTER, AZ), new Signature(PK_MINISTER, PK)),
                VisitId.of("aliyev-pakistan-2024"), List.of(SEED_ARTICLE)));
    }

    @Test
    void revision_1_without_signatories_is_read_with_no_signatures() {
        String json = "{\"agreementId\":\"treaty\",\"occurredOn\":\"2024-07-11\",\"sources\":[]}";

        IntermediateEventRepresentation upcast = upcastOne(entry("agreement.signed", "1",
                json.getBytes(StandardCharsets.UTF_8)));

        AgreementSigned signed = serialization.events().deserialize(upcast.getData());
        assertThat(signed.signatures()).isEmpty();
    }

    @Test
    void revision_2_passes_through_unchanged() {
        SerializedObject<byte[]> current = serialization.events().serialize(SampleEvents.SIGNED, byte[].class);

        IntermediateEventRepresentation upcast = upcastOne(entry(current.getType().getName(),
                current.getType().getRevision(), current.getData()));

        assertThat(upcast.getType()).isEqualTo(new SimpleSerializedType("agreement.signed", "2"));
        assertThat(upcast.getData().getData()).isSameAs(current.getData());
        Object read = serialization.events().deserialize(upcast.getData());
        assertThat(read).isEqualTo(SampleEvents.SIGNED);
    }

    @Test
    void other_events_pass_through_unchanged() {
        SerializedObject<byte[]> concluded = serialization.events().serialize(SampleEvents.CONCLUDED, byte[].class);

        IntermediateEventRepresentation upcast = upcastOne(entry("agreement.concluded", "1", concluded.getData()));

        SerializedType type = upcast.getType();
        assertThat(type).isEqualTo(new SimpleSerializedType("agreement.concluded", "1"));
        Object read = serialization.events().deserialize(upcast.getData());
        assertThat(read).isEqualTo(SampleEvents.CONCLUDED);
    }

    private IntermediateEventRepresentation upcastOne(GenericDomainEventEntry<byte[]> entry) {
        List<IntermediateEventRepresentation> upcast = chain
                .upcast(Stream.of(new InitialEventRepresentation(entry, serialization.events())))
                .toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private GenericDomainEventEntry<byte[]> entry(String name, String revision, byte[] payload) {
        byte[] metaData = serialization.events().serialize(MetaData.emptyInstance(), byte[].class).getData();
        return new GenericDomainEventEntry<>("Agreement", "agreement:az-pk-preferential-trade-2024", 1,
                "event-1", Instant.parse("2024-07-11T10:00:00Z"), name, revision, payload, metaData);
    }
}
