package dev.entente.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.WrittenDate;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming reader gives exactly what databind gives for every document {@link EntenteJson#mapper()} writes, and
 * leaves to databind (returns null) whatever it does not know, so that nothing is ever read differently.
 */
class StreamingRecordReaderTest {

    private static final ObjectMapper MAPPER = EntenteJson.mapper();
    private static final int SAMPLES = 300;

    /** What the read models store: the documents and facts a question reads. */
    static Stream<Class<?>> documents() {
        return Stream.concat(Stream.of(VisitRecord.class, AgreementRecord.class, MeetingRecord.class,
                TimelineEntry.class), Arrays.stream(RelationshipEvent.class.getPermittedSubclasses()));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void reads_every_generated_document_as_databind_does(Class<?> type) throws Exception {
        Records records = new Records(new Random(type.getName().hashCode()));
        for (int i = 0; i < SAMPLES; i++) {
            Object record = records.of(type);
            String json = MAPPER.writeValueAsString(record);

            Object streamed = StreamingRecordReader.read(json, type);

            assertThat(streamed).as(json).isNotNull().isEqualTo(MAPPER.readValue(json, type));
            assertThat(MAPPER.writeValueAsString(streamed)).isEqualTo(json);
        }
        // Every component of the type and of what it holds was given a value; some were null.
        assertThat(records.missed()).isEmpty();
        assertThat(records.nulled()).isNotEmpty();
    }

    @Test
    void the_records_made_in_plain_code_are_read_as_databind_reads_them_and_refused_as_it_refuses_them()
            throws Exception {
        assertThat(StreamingRecordReader.PLAIN).isNotEmpty();
        for (Class<?> type : StreamingRecordReader.PLAIN.keySet()) {
            Records records = new Records(new Random(type.getName().hashCode()));
            for (int i = 0; i < SAMPLES; i++) {
                String json = MAPPER.writeValueAsString(records.of(type));

                assertThat(StreamingRecordReader.read(json, type)).as(json).isNotNull()
                        .isEqualTo(MAPPER.readValue(json, type));
            }
        }
        // A blank title: the constructor refuses it, so the document goes to databind, which refuses it too.
        String blank = "{\"title\":\" \",\"publisher\":\"Azernews\",\"published\":\"2024-07-13\",\"url\":null}";
        assertThat(StreamingRecordReader.read(blank, dev.entente.domain.shared.Source.class)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> MAPPER.readValue(blank, dev.entente.domain.shared.Source.class)).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void reads_a_document_whose_fields_come_in_another_order_as_databind_does(Class<?> type) throws Exception {
        Records records = new Records(new Random(type.getName().hashCode() + 1));
        for (int i = 0; i < SAMPLES / 10; i++) {
            ObjectNode written = MAPPER.valueToTree(records.of(type));
            List<String> names = new ArrayList<>();
            written.fieldNames().forEachRemaining(names::add);
            Collections.reverse(names);
            ObjectNode reversed = MAPPER.createObjectNode();
            for (String name : names) {
                reversed.set(name, written.get(name));
            }
            String json = MAPPER.writeValueAsString(reversed);

            assertThat(StreamingRecordReader.read(json, type)).as(json).isNotNull()
                    .isEqualTo(MAPPER.readValue(json, type));
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void leaves_a_document_with_a_field_it_does_not_know_to_databind(Class<?> type) throws Exception {
        Records records = new Records(new Random(7));
        ObjectNode tree = MAPPER.valueToTree(records.of(type));
        tree.put("addedLater", "a field of a later version");
        String json = MAPPER.writeValueAsString(tree);

        assertThat(StreamingRecordReader.read(json, type)).isNull();
        assertThat(MAPPER.readValue(json, type)).isNotNull();
    }

    @Test
    void leaves_a_nested_field_it_does_not_know_to_databind() throws Exception {
        Records records = new Records(new Random(11));
        ObjectNode tree = MAPPER.valueToTree(records.of(AgreementRecord.class));
        ObjectNode rule = tree.putObject("entryIntoForce");
        rule.put("type", "days-after-last-ratification").put("days", 30).put("weekdaysOnly", true);
        String json = MAPPER.writeValueAsString(tree);

        assertThat(StreamingRecordReader.read(json, AgreementRecord.class)).isNull();
        assertThat(MAPPER.readValue(json, AgreementRecord.class).entryIntoForce())
                .isEqualTo(new EntryIntoForceRule.DaysAfterLastRatification(30));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"code\":\"AZ\"}",                                            // a value object as an object
            "{\"dyad\":\"AZ-PK\",\"occurredOn\":\" 1992-06-09\"}",          // text databind would trim
            "{\"dyad\":\"AZ-PK\",\"occurredOn\":\"1992-6-9\"}",             // not yyyy-MM-dd
            "{\"dyad\":\"AZ-PK\",\"occurredOn\":\"1992-02-30\"}",           // no such day
            "{\"dyad\":\"AZ-PK\",\"occurredOn\":19920609}",                 // a number for a date
            "{\"dyad\":\"AZ-PK\",\"occurredOn\":\"1992-06-09\"} {}",        // something after the document
            "{\"dyad\":\"AZ-PK\",\"dyad\":\"AZ-TR\"}",                      // a field twice
            "{\"dyad\":\"AZ-PK\",\"sources\":{}}",                          // an object for a list
            "{\"dyad\":7}",                                                 // a number for a value object
            "[]",
            "null",
            "{"})
    void leaves_what_databind_would_coerce_or_refuse_to_it(String json) {
        assertThat(StreamingRecordReader.read(json, dev.entente.domain.relationship.DiplomaticRelationsEstablished.class))
                .isNull();
    }

    @Test
    void leaves_an_enum_constant_it_does_not_know_and_a_rule_tagged_late_to_databind() throws Exception {
        Records records = new Records(new Random(3));
        ObjectNode tree = MAPPER.valueToTree(records.of(AgreementRecord.class));
        tree.put("kind", "treaty");
        assertThat(StreamingRecordReader.read(MAPPER.writeValueAsString(tree), AgreementRecord.class)).isNull();

        tree = MAPPER.valueToTree(records.of(AgreementRecord.class));
        tree.putObject("entryIntoForce").put("days", 30).put("type", "days-after-last-ratification");
        String late = MAPPER.writeValueAsString(tree);
        assertThat(StreamingRecordReader.read(late, AgreementRecord.class)).isNull();
        assertThat(MAPPER.readValue(late, AgreementRecord.class).entryIntoForce())
                .isEqualTo(new EntryIntoForceRule.DaysAfterLastRatification(30));
    }

    @Test
    void a_type_it_does_not_know_is_left_to_databind() {
        assertThat(StreamingRecordReader.read("{\"counts\":{\"a\":1}}", WithAMap.class)).isNull();
        assertThat(StreamingRecordReader.read("{\"counts\":null}", WithAMap.class)).isNull();
    }

    record WithAMap(Map<String, Integer> counts) {
    }

    @Test
    void knows_the_value_objects_and_rules_the_module_maps_and_no_others() throws Exception {
        assertThat(StreamingRecordReader.VALUES.keySet()).hasSize(TextValues.ALL.size());
        for (Class<?> value : StreamingRecordReader.VALUES.keySet()) {
            Object sample = new Records(new Random(1)).of(value);
            assertThat(MAPPER.writeValueAsString(sample)).as(value.getName()).startsWith("\"");
        }
        JsonSubTypes tags = Class.forName(EntenteJacksonModule.class.getName() + "$EntryIntoForceRuleMixin")
                .getAnnotation(JsonSubTypes.class);
        Map<String, Class<?>> mapped = new HashMap<>();
        for (JsonSubTypes.Type tag : tags.value()) {
            mapped.put(tag.name(), tag.value());
        }
        assertThat(StreamingRecordReader.RULES).isEqualTo(mapped);
        assertThat(new HashSet<>(mapped.values())).isEqualTo(leaves(EntryIntoForceRule.class));
    }

    private static Set<Class<?>> leaves(Class<?> sealed) {
        Set<Class<?>> leaves = new HashSet<>();
        for (Class<?> sub : sealed.getPermittedSubclasses()) {
            if (sub.isSealed()) {
                leaves.addAll(leaves(sub));
            } else {
                leaves.add(sub);
            }
        }
        return leaves;
    }

    /**
     * Random records of any type, by their canonical constructors, each component given a random value (null about
     * one time in six where the record takes null); a combination a record refuses is drawn again.
     */
    static final class Records {
        private static final List<String> COUNTRIES = List.of("AZ", "PK", "TR", "FR", "DE");
        private static final List<String> TEXTS = List.of("", "Islamabad", "Nur Khan Airbase, Rawalpindi",
                "«Баку» — \"quoted\" \\ back\\slash\n new line\t tab", "中文", "😀 emoji", "a".repeat(300));
        private static final List<String> WRITTEN = List.of("1992-06-09", "1992-06", "1991", "1991~", "1992-06?",
                "1995%", "[..1992-06]", "[..2001]");

        private final Random random;
        // By the record's name and the component's (a RecordComponent has no equals of its own).
        private final Set<String> made = new HashSet<>();
        private final Set<String> valued = new HashSet<>();
        private final Set<String> nulled = new HashSet<>();

        Records(Random random) {
            this.random = random;
        }

        /** The components of the records made that were never given a value, or never null though they take it. */
        List<String> missed() {
            List<String> missed = new ArrayList<>();
            for (String component : made) {
                if (!valued.contains(component)) {
                    missed.add(component + " never valued");
                }
            }
            return missed;
        }

        /** The components some record took null in. */
        Set<String> nulled() {
            return nulled;
        }

        Object of(Type type) {
            return value(type, 0, false);
        }

        private Object value(Type type, int depth, boolean nullable) {
            if (nullable && random.nextInt(6) == 0) {
                return null;
            }
            if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
                List<Object> values = new ArrayList<>();
                int size = depth > 8 ? 0 : random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    values.add(value(list.getActualTypeArguments()[0], depth + 1, false));
                }
                return values;
            }
            Class<?> c = (Class<?>) type;
            if (c == String.class) {
                return random.nextInt(3) == 0 ? TEXTS.get(random.nextInt(TEXTS.size())) : "text " + random.nextInt(1000);
            }
            if (c == int.class || c == Integer.class) {
                return random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(400);
            }
            if (c == long.class || c == Long.class) {
                return random.nextBoolean() ? random.nextLong() : (long) random.nextInt(100_000);
            }
            if (c == boolean.class || c == Boolean.class) {
                return random.nextBoolean();
            }
            if (c == LocalDate.class) {
                return LocalDate.of(1900, 1, 1).plusDays(random.nextInt(80_000));
            }
            if (c == Period.class) {
                return Period.of(random.nextInt(30), random.nextInt(12), random.nextInt(40));
            }
            if (c == URI.class) {
                return URI.create("https://example.org/news/" + random.nextInt(10_000) + "?q=a%20b#part");
            }
            if (c == Country.class) {
                return Country.of(COUNTRIES.get(random.nextInt(COUNTRIES.size())));
            }
            if (c == Dyad.class) {
                List<String> two = new ArrayList<>(COUNTRIES);
                java.util.Collections.shuffle(two, random);
                return Dyad.of(two.get(0), two.get(1));
            }
            if (c == WrittenDate.class) {
                return WrittenDate.parse(WRITTEN.get(random.nextInt(WRITTEN.size())));
            }
            Function<String, ?> text = StreamingRecordReader.VALUES.get(c);
            if (text != null) {
                return text.apply("value-" + random.nextInt(50));
            }
            if (c.isEnum()) {
                Object[] constants = c.getEnumConstants();
                return constants[random.nextInt(constants.length)];
            }
            if (c == EntryIntoForceRule.class) {
                List<Class<?>> rules = new ArrayList<>(StreamingRecordReader.RULES.values());
                rules.sort((a, b) -> a.getName().compareTo(b.getName()));
                return value(rules.get(random.nextInt(rules.size())), depth + 1, false);
            }
            if (c.isRecord()) {
                return record(c, depth);
            }
            throw new AssertionError("no generator for " + c);
        }

        private Object record(Class<?> type, int depth) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] raw = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            RuntimeException last = null;
            for (int attempt = 0; attempt < 2_000; attempt++) {
                Object[] arguments = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    boolean nullable = !components[i].getType().isPrimitive() && attempt % 2 == 0;
                    arguments[i] = value(components[i].getGenericType(), depth + 1, nullable);
                }
                try {
                    Constructor<?> constructor = type.getDeclaredConstructor(raw);
                    constructor.setAccessible(true);
                    Object record = constructor.newInstance(arguments);
                    for (int i = 0; i < components.length; i++) {
                        String component = type.getName() + "." + components[i].getName();
                        made.add(component);
                        (arguments[i] == null ? nulled : valued).add(component);
                    }
                    return record;
                } catch (java.lang.reflect.InvocationTargetException refused) {
                    last = refused.getCause() instanceof RuntimeException r ? r : new RuntimeException(refused);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            throw new AssertionError("could not make a " + type.getName(), last);
        }
    }
}
