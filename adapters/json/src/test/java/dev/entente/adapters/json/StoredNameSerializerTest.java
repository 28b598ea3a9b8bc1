package dev.entente.adapters.json;

import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.shared.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoredNameSerializerTest {

    private final StoredNameSerializer serializer = new StoredNameSerializer();

    static Stream<Object> events() {
        return SampleEvents.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void every_event_round_trips_under_its_stored_name_and_revision(Object event) {
        StoredEvent stored = event.getClass().getAnnotation(StoredEvent.class);

        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);

        assertThat(serialized.getType()).isEqualTo(new SimpleSerializedType(stored.name(), stored.revision()));
        assertThat(serializer.<byte[], Object>deserialize(serialized)).isEqualTo(event);
        assertThat(serializer.classForType(serialized.getType())).isEqualTo(event.getClass());
        assertThat(serializer.typeForClass(event.getClass())).isEqualTo(serialized.getType());
    }

    @Test
    void metadata_is_serialized_as_jackson_serializes_it_the_same_instance_once() {
        JacksonSerializer jackson = JacksonSerializer.builder().objectMapper(EntenteJson.mapper()).build();
        MetaData entry = MetaData.with("entente.command", "digest-1").and("traceId", "t-1").and("entente.key", "k/1");
        MetaData other = MetaData.with("entente.command", "digest-2").and("traceId", "t-2");

        SerializedObject<byte[]> first = serializer.serialize(entry, byte[].class);
        SerializedObject<byte[]> again = serializer.serialize(entry, byte[].class);
        SerializedObject<byte[]> another = serializer.serialize(other, byte[].class);
        SerializedObject<byte[]> equalCopy = serializer.serialize(MetaData.from(Map.copyOf(entry)), byte[].class);
        SerializedObject<String> asText = serializer.serialize(entry, String.class);

        assertThat(first.getData()).isEqualTo(jackson.serialize(entry, byte[].class).getData());
        assertThat(first.getType()).isEqualTo(jackson.serialize(entry, byte[].class).getType());
        assertThat(again).isSameAs(first);
        assertThat(another.getData()).isEqualTo(jackson.serialize(other, byte[].class).getData());
        assertThat(equalCopy.getData()).isEqualTo(jackson.serialize(MetaData.from(Map.copyOf(entry)), byte[].class)
                .getData());
        assertThat(asText.getData()).isEqualTo(jackson.serialize(entry, String.class).getData());
        assertThat(serializer.serialize(entry, byte[].class)).as("after another representation").isNotSameAs(first)
                .extracting(SerializedObject::getData).isEqualTo(first.getData());
    }

    @Test
    void the_samples_cover_all_29_stored_events() {
        Set<Class<?>> sampled = new HashSet<>();
        SampleEvents.all().forEach(event -> sampled.add(event.getClass()));
        Set<Class<?>> stored = new HashSet<>();
        StoredNameSerializer.DOMAIN_EVENTS.forEach(root -> stored.addAll(List.of(root.getPermittedSubclasses())));

        assertThat(stored).hasSize(29);
        assertThat(sampled).isEqualTo(stored);
    }

    @Test
    void the_stored_json_names_no_class_and_writes_values_as_plain_strings() {
        String json = text(serializer.serialize(SampleEvents.SIGNED, byte[].class));

        assertThat(json).isEqualTo("""
                {"agreementId":"az-pk-preferential-trade-2024","occurredOn":"2024-07-11",\
                "place":"Prime Minister's House, Islamabad","signatures":[\
                {"signatory":{"name":"Mikayil Jabbarov","office":"MINISTER","country":"AZ"},"party":"AZ"},\
                {"signatory":null,"party":"PK"}],"duringVisit":"aliyev-pakistan-2024","sources":[\
                {"title":"Azerbaijani President Ilham Aliyev's recent visit to Pakistan",\
                "publisher":"seed article (outlet not named)","published":"2024-07-13","url":null},\
                {"title":"Joint statement","publisher":"Ministry of Foreign Affairs of Pakistan",\
                "published":"2024-07-12","url":"https://mofa.gov.pk/joint-statement"}]}""");
    }

    @Test
    void an_agreement_concluded_writes_its_rule_with_a_type_and_its_term_as_an_iso_period() {
        String json = text(serializer.serialize(SampleEvents.CONCLUDED, byte[].class));

        assertThat(json).contains("\"parties\":[\"AZ\",\"PK\"]", "\"sectors\":[\"TRADE\"]",
                "\"areas\":[\"agriculture\",\"textiles\"]",
                "\"entryIntoForce\":{\"type\":\"days-after-last-ratification\",\"days\":30}",
                "\"term\":\"P5Y\"", "\"denunciationNotice\":null", "\"occurredOn\":\"2024-07-10\"");
    }

    @Test
    void a_relationship_event_writes_its_dyad_as_one_string() {
        String json = text(serializer.serialize(
                new DiplomaticRelationsEstablished(AZ_PK,
                        LocalDate.of(1992, 6, 9), List.of()), byte[].class));

        assertThat(json).isEqualTo("{\"dyad\":\"AZ-PK\",\"occurredOn\":\"1992-06-09\",\"sources\":[]}");
    }

    @Test
    void a_property_the_class_does_not_know_is_ignored() {
        SerializedObject<byte[]> stored = stored("relationship.diplomatic-relations-established", "1", """
                {"dyad":"PK-AZ","occurredOn":"1992-06-09","addedLater":{"anything":[1,2]},"sources":[]}""");

        assertThat(serializer.<byte[], Object>deserialize(stored)).isEqualTo(new DiplomaticRelationsEstablished(
                AZ_PK, LocalDate.of(1992, 6, 9), List.of()));
    }

    @Test
    void a_missing_rule_reads_as_entry_into_force_on_signature() {
        SerializedObject<byte[]> stored = stored("agreement.concluded", "1", """
                {"agreementId":"mou","occurredOn":"2024-07-10","title":"MoU","kind":"PROTOCOL",\
                "parties":["AZ","PK"]}""");

        AgreementConcluded concluded = serializer.deserialize(stored);

        assertThat(concluded.entryIntoForce()).isEqualTo(EntryIntoForceRule.onSignature());
        assertThat(concluded.sources()).isEmpty();
    }

    @Test
    void an_invalid_country_code_fails_with_the_domains_own_message_and_its_place() {
        SerializedObject<byte[]> stored = stored("agreement.ratified", "1", """
                {"agreementId":"treaty","occurredOn":"2024-10-01",
                 "party":"XX","consent":"RATIFICATION","sources":[]}""");

        assertThatThrownBy(() -> serializer.deserialize(stored))
                .isInstanceOf(SerializationException.class)
                .rootCause()
                .hasMessage("'XX' is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as AZ or PK)");
        assertThatThrownBy(() -> serializer.deserialize(stored))
                .cause()
                .hasMessageContaining("'XX' is not an ISO 3166-1 alpha-2 country code")
                .hasMessageContaining("line: 2, column: 10");
    }

    @Test
    void an_unknown_stored_name_is_an_unknown_serialized_type() {
        SerializedObject<byte[]> stored = stored("treaty.forgotten", "1", "{\"x\":1}");

        assertThat(serializer.classForType(stored.getType())).isEqualTo(UnknownSerializedType.class);
        Object read = serializer.deserialize(stored);
        assertThat(read).isInstanceOf(UnknownSerializedType.class);
        assertThat(((UnknownSerializedType) read).readData(JsonNode.class).get("x").asInt()).isEqualTo(1);
    }

    @Test
    void an_event_of_another_revision_is_refused_rather_than_read_in_the_wrong_shape() {
        SerializedObject<byte[]> stored = stored("agreement.signed", "1", """
                {"agreementId":"treaty","occurredOn":"2024-07-11","signatories":[]}""");

        assertThatThrownBy(() -> serializer.deserialize(stored))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("agreement.signed revision 1")
                .hasMessageContaining("upcaster");
    }

    @Test
    void anything_else_keeps_its_class_name() {
        MetaData metaData = MetaData.with("correlationId", "abc-123").and("attempt", 2);

        SerializedObject<byte[]> serialized = serializer.serialize(metaData, byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo(MetaData.class.getName());
        assertThat(serializer.<byte[], MetaData>deserialize(serialized)).isEqualTo(metaData);
        assertThat(serializer.typeForClass(String.class).getName()).isEqualTo("java.lang.String");
        assertThat(serializer.typeForClass(null)).isEqualTo(SerializedType.emptyType());
    }

    @Test
    void an_event_reads_from_a_json_node_as_well() {
        SerializedObject<JsonNode> serialized = serializer.serialize(SampleEvents.ARRIVED, JsonNode.class);

        assertThat(serialized.getType().getName()).isEqualTo("visit.guest-arrived");
        assertThat(serialized.getData().at("/honours/gunSalute/rounds").asInt()).isEqualTo(21);
        assertThat(serializer.<JsonNode, Object>deserialize(serialized)).isEqualTo(SampleEvents.ARRIVED);
    }

    private static SerializedObject<byte[]> stored(String name, String revision, String json) {
        return new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class, name, revision);
    }

    private static String text(SerializedObject<byte[]> serialized) {
        return new String(serialized.getData(), StandardCharsets.UTF_8);
    }
}
