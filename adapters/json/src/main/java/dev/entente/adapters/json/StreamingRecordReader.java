package dev.entente.adapters.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Office;
import dev.entente.domain.shared.Source;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Entente's records (read-model documents, the events they hold) read from the JSON that {@link EntenteJson#mapper()}
 * writes, with jackson-core's streaming parser alone: no databind, whose mapper and per-type deserializers, built by
 * introspection, were most of a question's start-up (docs/adr/0014). It reads what the mapper writes the way the
 * mapper reads it: records by their canonical constructor (a missing component null, or zero for a primitive),
 * value objects from their text as {@link EntenteJacksonModule} maps them, enums by name, ISO dates and periods,
 * lists, entry-into-force rules by their {@code type} tag.
 * <p>
 * It refuses, rather than guesses: a field its record does not have (one added later, or one databind would
 * ignore), a type it does not know, a token databind would coerce, or a value the record refuses all make
 * {@link #read} return null, and the caller reads that document with databind as before. So a field added to a
 * record later is never silently lost, and every answer stays what databind gives ({@code StreamingRecordReaderTest}
 * holds the two equal).
 */
public final class StreamingRecordReader {

    private static final JsonFactory JSON = new JsonFactory();

    /** Value objects written as their text, read as {@link EntenteJacksonModule} reads them. */
    static final Map<Class<?>, Function<String, ?>> VALUES = values();

    /** The entry-into-force rules by the {@code type} tag {@link EntenteJacksonModule} gives them. */
    static final Map<String, Class<?>> RULES = Map.of(
            "on-signature", EntryIntoForceRule.OnSignature.class,
            "on-last-ratification", EntryIntoForceRule.OnLastRatification.class,
            "days-after-last-ratification", EntryIntoForceRule.DaysAfterLastRatification.class,
            "on-fixed-date", EntryIntoForceRule.OnFixedDate.class,
            "not-on-record", EntryIntoForceRule.NotOnRecord.class,
            "days-after", EntryIntoForceRule.DaysAfter.class,
            "first-day-of-month-after", EntryIntoForceRule.FirstDayOfMonthAfter.class);

    private static final Map<Type, Reader> READERS = new ConcurrentHashMap<>();

    private StreamingRecordReader() {
    }

    private static Map<Class<?>, Function<String, ?>> values() {
        Map<Class<?>, Function<String, ?>> values = new HashMap<>();
        for (TextValues.TextValue<?> value : TextValues.ALL) {
            values.put(value.type(), value.parse());
        }
        return Map.copyOf(values);
    }

    /**
     * The {@code type} that {@code json} holds, as databind would read it; null when this reader cannot tell (then
     * read it with databind, which either reads it or says what is wrong with it).
     */
    public static <T> T read(String json, Class<T> type) {
        try (JsonParser parser = JSON.createParser(json)) {
            return read(parser, type);
        } catch (IOException | RuntimeException cannotTell) { // Unknown among them
            return null;
        }
    }

    /** As {@link #read(String, Class)}, from UTF-8 bytes (an event's stored payload). */
    public static <T> T read(byte[] json, Class<T> type) {
        try (JsonParser parser = JSON.createParser(json)) {
            return read(parser, type);
        } catch (IOException | RuntimeException cannotTell) { // Unknown among them
            return null;
        }
    }

    private static <T> T read(JsonParser parser, Class<T> type) throws IOException {
        parser.nextToken();
        Object value = readerFor(type).read(parser);
        if (value == null || parser.nextToken() != null) {
            return null;
        }
        return type.cast(value);
    }

    /** Reads one value, the parser on its first token; throws {@link Unknown} for anything it does not know. */
    @FunctionalInterface
    private interface Reader {
        Object read(JsonParser parser) throws IOException;
    }

    /** What makes a document go to databind: thrown often enough that it carries no stack trace. */
    private static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unknown INSTANCE = new Unknown();

        private Unknown() {
            super("not known to the streaming reader", null, false, false);
        }
    }

    private static Unknown unknown() {
        return Unknown.INSTANCE;
    }

    private static Reader readerFor(Type type) {
        Reader reader = READERS.get(type);
        if (reader == null) {
            reader = build(type);
            READERS.putIfAbsent(type, reader);
        }
        return reader;
    }

    /** Throws {@link Unknown} whatever it is given. */
    private static final Reader UNKNOWN = new Reader() {
        @Override
        public Object read(JsonParser parser) {
            throw unknown();
        }
    };

    private static final Reader STRING = new Reader() {
        @Override
        public Object read(JsonParser parser) throws IOException {
            return switch (parser.currentToken()) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NULL -> null;
                default -> throw unknown();
            };
        }
    };

    /*
     * The readers below are classes rather than lambdas: a question builds them as it reads its first documents,
     * where linking each lambda cost more than the reading it did (docs/adr/0034).
     */

    private static Reader build(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            if (parameterized.getRawType() == List.class) {
                Type element = parameterized.getActualTypeArguments()[0];
                return new Reader() {
                    @Override
                    public Object read(JsonParser parser) throws IOException {
                        return list(parser, element);
                    }
                };
            }
            return UNKNOWN;
        }
        if (!(type instanceof Class<?> raw)) {
            return UNKNOWN;
        }
        if (raw == String.class) {
            return STRING;
        }
        if (raw == int.class || raw == Integer.class) {
            boolean primitive = raw.isPrimitive();
            return new Reader() {
                @Override
                public Object read(JsonParser parser) throws IOException {
                    if (parser.currentToken() == JsonToken.VALUE_NULL && !primitive) {
                        return null;
                    }
                    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
                            || parser.getNumberType() != JsonParser.NumberType.INT) {
                        throw unknown();
                    }
                    return parser.getIntValue();
                }
            };
        }
        if (raw == long.class || raw == Long.class) {
            boolean primitive = raw.isPrimitive();
            return new Reader() {
                @Override
                public Object read(JsonParser parser) throws IOException {
                    if (parser.currentToken() == JsonToken.VALUE_NULL && !primitive) {
                        return null;
                    }
                    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
                            || (parser.getNumberType() != JsonParser.NumberType.INT
                            && parser.getNumberType() != JsonParser.NumberType.LONG)) {
                        throw unknown();
                    }
                    return parser.getLongValue();
                }
            };
        }
        if (raw == boolean.class || raw == Boolean.class) {
            boolean primitive = raw.isPrimitive();
            return new Reader() {
                @Override
                public Object read(JsonParser parser) {
                    return switch (parser.currentToken()) {
                        case VALUE_TRUE -> Boolean.TRUE;
                        case VALUE_FALSE -> Boolean.FALSE;
                        case VALUE_NULL -> {
                            if (primitive) {
                                throw unknown();
                            }
                            yield null;
                        }
                        default -> throw unknown();
                    };
                }
            };
        }
        if (raw == LocalDate.class) {
            return new Text() {
                @Override
                Object parse(String text) {
                    return IsoDay.parse(text);
                }
            };
        }
        if (raw == Period.class) {
            return new Text() {
                @Override
                Object parse(String text) {
                    return plain(text) ? Period.parse(text) : null;
                }
            };
        }
        if (raw == URI.class) {
            return new Text() {
                @Override
                Object parse(String text) {
                    return plain(text) ? URI.create(text) : null;
                }
            };
        }
        Function<String, ?> value = VALUES.get(raw);
        if (value != null) {
            return new Text() {
                @Override
                Object parse(String text) {
                    return value.apply(text);
                }
            };
        }
        if (raw.isEnum()) {
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : raw.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
            return new Text() {
                @Override
                Object parse(String text) {
                    return byName.get(text);
                }
            };
        }
        if (raw == EntryIntoForceRule.class) {
            return new Reader() {
                @Override
                public Object read(JsonParser parser) throws IOException {
                    return rule(parser);
                }
            };
        }
        if (raw.isRecord()) {
            RecordReader record = RecordReader.of(raw);
            if (record != null) {
                return new Reader() {
                    @Override
                    public Object read(JsonParser parser) throws IOException {
                        if (parser.currentToken() == JsonToken.VALUE_NULL) {
                            return null;
                        }
                        if (parser.currentToken() != JsonToken.START_OBJECT) {
                            throw unknown();
                        }
                        return record.fields(parser);
                    }
                };
            }
        }
        return UNKNOWN;
    }

    /** A value written as a JSON string, {@link #parse} giving null (or throwing) for one it will not take. */
    private abstract static class Text implements Reader {
        abstract Object parse(String text);

        @Override
        public Object read(JsonParser parser) throws IOException {
            return switch (parser.currentToken()) {
                case VALUE_STRING -> {
                    Object value = parse(parser.getText());
                    if (value == null) {
                        throw unknown();
                    }
                    yield value;
                }
                case VALUE_NULL -> null;
                default -> throw unknown();
            };
        }
    }

    /** Text databind would read as it stands: not empty, no space around it (which it would trim or coerce). */
    private static boolean plain(String text) {
        return !text.isEmpty() && !Character.isWhitespace(text.charAt(0))
                && !Character.isWhitespace(text.charAt(text.length() - 1));
    }

    private static List<Object> list(JsonParser parser, Type element) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw unknown();
        }
        Reader reader = readerFor(element);
        List<Object> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw unknown();
            }
            values.add(reader.read(parser));
        }
        return values;
    }

    /** An entry-into-force rule: its {@code type} tag first, as Jackson writes it, then the rule's own fields. */
    private static Object rule(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME
                || !"type".equals(parser.currentName()) || parser.nextToken() != JsonToken.VALUE_STRING) {
            throw unknown();
        }
        Class<?> type = RULES.get(parser.getText());
        RecordReader record = type == null ? null : RecordReader.of(type);
        if (record == null) {
            throw unknown();
        }
        return record.fields(parser);
    }

    /** A record's canonical constructor called with its components in order, as reflection would call it. */
    interface Plain {
        Object create(Object[] components);
    }

    /**
     * The records a question reads dozens of times, made in plain code: reflection's constructor, called more than 15
     * times, generates an accessor class for itself, about a millisecond each at a question's start (docs/adr/0034).
     * The same canonical constructors, so the same records and the same refusals; StreamingRecordReaderTest holds
     * every document of the example stores equal to what databind reads.
     */
    static final Map<Class<?>, Plain> PLAIN = Map.of(
            Source.class, new Plain() {
                @Override
                public Object create(Object[] c) {
                    return new Source((String) c[0], (String) c[1], (LocalDate) c[2], (URI) c[3]);
                }
            },
            Dignitary.class, new Plain() {
                @Override
                public Object create(Object[] c) {
                    return new Dignitary((String) c[0], (Office) c[1], (Country) c[2], (String) c[3]);
                }
            },
            Signature.class, new Plain() {
                @Override
                public Object create(Object[] c) {
                    return new Signature((Dignitary) c[0], (Country) c[1]);
                }
            });

    /** A record's fields by name, read into its canonical constructor. */
    private static final class RecordReader {
        private static final Map<Class<?>, RecordReader> RECORDS = new ConcurrentHashMap<>();

        private final Constructor<?> constructor;
        /** The canonical constructor called in plain code, for the records read most often; null: by reflection. */
        private final Plain plain;
        private final Map<String, Integer> indexes;
        /** The components' names in their order, the order the mapper writes the fields in. */
        private final String[] names;
        private final Type[] types;
        private final Reader[] readers;

        private RecordReader(Constructor<?> constructor, Map<String, Integer> indexes, String[] names, Type[] types) {
            this.constructor = constructor;
            this.plain = PLAIN.get(constructor.getDeclaringClass());
            this.indexes = indexes;
            this.names = names;
            this.types = types;
            this.readers = new Reader[types.length];
        }

        /** The reader of {@code type}, a record; null when its canonical constructor cannot be called. */
        static RecordReader of(Class<?> type) {
            RecordReader known = RECORDS.get(type);
            if (known != null) {
                return known;
            }
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] raw = new Class<?>[components.length];
            Type[] types = new Type[components.length];
            Map<String, Integer> indexes = new HashMap<>();
            String[] names = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                raw[i] = components[i].getType();
                types[i] = components[i].getGenericType();
                names[i] = components[i].getName();
                indexes.put(names[i], i);
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(raw);
                if (!Modifier.isPublic(constructor.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
                    constructor.setAccessible(true);
                }
                RecordReader reader = new RecordReader(constructor, indexes, names, types);
                RECORDS.putIfAbsent(type, reader);
                return reader;
            } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                return null;
            }
        }

        /** Reads the fields up to the object's end (its start, and any type tag, already read). */
        Object fields(JsonParser parser) throws IOException {
            Object[] arguments = new Object[types.length];
            boolean[] given = new boolean[types.length];
            JsonToken token;
            int expected = 0;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                // The mapper writes the fields in the components' order, so the next component's name is tried
                // before the map: hashing every name was a tenth of decoding an event.
                String name = parser.currentName();
                int index;
                if (expected < names.length && names[expected].equals(name)) {
                    index = expected;
                } else {
                    Integer named = indexes.get(name);
                    if (named == null) {
                        throw unknown();
                    }
                    index = named;
                }
                if (given[index]) {
                    throw unknown();
                }
                expected = index + 1;
                given[index] = true;
                parser.nextToken();
                Reader reader = readers[index];
                if (reader == null) {
                    reader = readerFor(types[index]);
                    readers[index] = reader;
                }
                arguments[index] = reader.read(parser);
            }
            if (token != JsonToken.END_OBJECT) {
                throw unknown();
            }
            for (int i = 0; i < types.length; i++) {
                if (arguments[i] == null && types[i] instanceof Class<?> primitive && primitive.isPrimitive()) {
                    arguments[i] = primitive == int.class ? (Object) 0 : primitive == long.class ? (Object) 0L
                            : primitive == boolean.class ? (Object) false : null;
                    if (arguments[i] == null) {
                        throw unknown();
                    }
                }
            }
            try {
                return plain != null ? plain.create(arguments) : constructor.newInstance(arguments);
            } catch (ReflectiveOperationException | RuntimeException refused) {
                throw unknown();
            }
        }
    }
}
