package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.DefaultSerializerProvider;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * The digest that makes applying a chronicle idempotent: SHA-256 of the type name, a newline, and the command as
 * canonical JSON (members sorted by name; null members and empty arrays left out).
 * <p>
 * Stores hold these digests (the command log), so the bytes hashed must never change: the canonical JSON is what
 * {@code mapper} writes for the command's tree with each object's members sorted and filtered as above. It is
 * written straight into the hash, member by member, rather than built as a second tree and serialized: same bytes,
 * without the copies (ChronicleDigestTest holds digests computed by the earlier, tree-copying version).
 * <p>
 * The tree is not Jackson's either: the command is serialized into a {@link TokenBuffer}, as
 * {@code valueToTree} does, and its tokens read into plain arrays (member names and values), about a third of the cost
 * of building {@code JsonNode}s from the same tokens. Each value is then written with the call its {@code JsonNode}
 * would make ({@code writeString}, {@code writeNumber(int)}, …). A token a tree would turn into something else (a
 * fraction, an embedded object) or a member written twice sends that command down the tree's path instead, so the
 * bytes are the tree's in every case. One generator is kept for every command (no separator between root values),
 * flushed into the hash after each: creating one per command cost about a sixth of the digest.
 * <p>
 * One instance per chronicle read (or per chunk read in parallel): it reuses its hash and generator buffers, so it is
 * not shared between threads.
 */
final class Digest {

    private static final HexFormat HEX = HexFormat.of();
    /** The name the annotations are written under: a dotted name, which no field of a command can have. */
    private static final String ANNOTATIONS = "entente.annotations";
    /** A null value, kept as such in arrays (members that are null are left out). */
    private static final Object NULL = new Object();

    private final ObjectMapper mapper;
    private final SerializerProvider provider;
    private final MessageDigest sha256;
    private final OutputStream into;
    private final boolean light;
    private JsonGenerator generator;

    Digest(ObjectMapper mapper) {
        this(mapper, true);
    }

    /** With {@code light} false, every command takes the tree's path: for tests that hold the two paths alike. */
    Digest(ObjectMapper mapper, boolean light) {
        this.mapper = mapper;
        this.provider = mapper.getSerializerProviderInstance();
        // The light path reads what valueToTree would: it gives up where the mapper would wrap the root or read
        // fractions as BigDecimal.
        this.light = light && !mapper.isEnabled(SerializationFeature.WRAP_ROOT_VALUE)
                && !mapper.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                && mapper.getSerializerProviderInstance() instanceof DefaultSerializerProvider;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", impossible);
        }
        this.into = new OutputStream() {
            @Override
            public void write(int b) {
                sha256.update((byte) b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                sha256.update(bytes, offset, length);
            }
        };
    }

    /** Lowercase hex SHA-256 of {@code type}, a newline and the canonical JSON of {@code command}. */
    String of(String type, Object command) {
        return of(type, command, null);
    }

    /**
     * The digest of a command written with annotations (null for none): they are part of what was recorded, so a
     * command whose note or alternatives change is a different command. Without annotations the digest is the
     * command's alone, as it was before annotations existed.
     */
    String of(String type, Object command, Object annotations) {
        sha256.reset();
        sha256.update((type + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            // Canonical, so that the digest depends on the command alone: not on the member order Jackson happens to
            // write, nor on an optional field added to a command later (absent, it is left out as before).
            Object value = light ? light(command, annotations) : null;
            if (value != null) {
                JsonGenerator out = generator();
                write(value, out);
                out.flush();
            } else {
                treeInto(command, annotations);
            }
        } catch (IOException impossible) {
            generator = null;
            throw new IllegalStateException("cannot digest a " + type, impossible);
        }
        return HEX.formatHex(sha256.digest());
    }

    /** Whether this command's digest is written from plain values rather than Jackson's tree. */
    boolean takesLightPath(Object command, Object annotations) throws IOException {
        return light && light(command, annotations) != null;
    }

    /** The generator kept for every command, writing root values one after the other with nothing between them. */
    private JsonGenerator generator() throws IOException {
        if (generator == null) {
            generator = mapper.createGenerator(into, JsonEncoding.UTF8);
            generator.setRootValueSeparator(null);
        }
        return generator;
    }

    /** The earlier path: Jackson's tree of the command, written sorted by a generator of its own. */
    private void treeInto(Object command, Object annotations) throws IOException {
        try (JsonGenerator own = mapper.createGenerator(into, JsonEncoding.UTF8)) {
            JsonNode tree = mapper.valueToTree(command);
            if (annotations != null && tree instanceof ObjectNode object) {
                object.set(ANNOTATIONS, mapper.valueToTree(annotations));
            }
            writeTree(tree, own);
        }
    }

    private void writeTree(JsonNode node, JsonGenerator generator) throws IOException {
        if (node.isObject()) {
            String[] names = new String[node.size()];
            int count = 0;
            for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
                names[count++] = fields.next();
            }
            Arrays.sort(names, 0, count);
            generator.writeStartObject();
            for (int i = 0; i < count; i++) {
                JsonNode value = node.get(names[i]);
                if (!value.isNull() && !(value.isArray() && value.isEmpty())) {
                    generator.writeFieldName(names[i]);
                    writeTree(value, generator);
                }
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) {
                writeTree(element, generator);
            }
            generator.writeEndArray();
        } else {
            node.serialize(generator, provider);
        }
    }

    /** An object read from the tokens: its members' names and values, in the order written (sorted when written). */
    private record Members(String[] names, Object[] values) {
    }

    /**
     * The command (with its annotations under {@value #ANNOTATIONS}) as plain values: {@link Members}, lists, strings,
     * boxed whole numbers, booleans and {@link #NULL}; or null when a token calls for the tree's path.
     */
    private Object light(Object command, Object annotations) throws IOException {
        Object value = tokens(command);
        if (value == null || annotations == null || !(value instanceof Members members)) {
            return value;
        }
        Object written = tokens(annotations);
        if (written == null) {
            return null;
        }
        int size = members.names().length;
        for (String name : members.names()) {
            if (name.equals(ANNOTATIONS)) {
                return null;
            }
        }
        String[] names = Arrays.copyOf(members.names(), size + 1);
        Object[] values = Arrays.copyOf(members.values(), size + 1);
        names[size] = ANNOTATIONS;
        values[size] = written;
        return new Members(names, values);
    }

    private Object tokens(Object value) throws IOException {
        if (value == null) {
            return NULL;
        }
        // As valueToTree: a fresh provider of the mapper's configuration, serializing into a buffer of tokens.
        DefaultSerializerProvider serializers = (DefaultSerializerProvider) mapper.getSerializerProviderInstance();
        TokenBuffer buffer = serializers.bufferForValueConversion(mapper);
        try {
            serializers.serializeValue(buffer, value);
        } catch (IOException refused) {
            // As valueToTree reports it.
            throw new IllegalArgumentException(refused.getMessage(), refused);
        }
        try (JsonParser tokens = buffer.asParser()) {
            JsonToken first = tokens.nextToken();
            return first == null ? NULL : read(tokens);
        }
    }

    /** The value at the parser's current token; the parser is left at its last token. Null: take the tree's path. */
    private static Object read(JsonParser tokens) throws IOException {
        JsonToken token = tokens.currentToken();
        switch (token) {
            case START_OBJECT -> {
                List<String> names = new ArrayList<>(8);
                List<Object> values = new ArrayList<>(8);
                while (tokens.nextToken() == JsonToken.FIELD_NAME) {
                    String name = tokens.currentName();
                    if (names.contains(name)) {
                        return null;
                    }
                    tokens.nextToken();
                    Object value = read(tokens);
                    if (value == null) {
                        return null;
                    }
                    names.add(name);
                    values.add(value);
                }
                return new Members(names.toArray(String[]::new), values.toArray());
            }
            case START_ARRAY -> {
                List<Object> elements = new ArrayList<>();
                while (tokens.nextToken() != JsonToken.END_ARRAY) {
                    Object element = read(tokens);
                    if (element == null) {
                        return null;
                    }
                    elements.add(element);
                }
                return elements;
            }
            case VALUE_STRING -> {
                return tokens.getText();
            }
            case VALUE_NUMBER_INT -> {
                JsonParser.NumberType type = tokens.getNumberType();
                return type == JsonParser.NumberType.INT ? Integer.valueOf(tokens.getIntValue())
                        : type == JsonParser.NumberType.LONG ? Long.valueOf(tokens.getLongValue())
                        : type == JsonParser.NumberType.BIG_INTEGER ? tokens.getBigIntegerValue() : null;
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return NULL;
            }
            default -> {
                // A fraction, an embedded object: whatever the tree makes of it, the tree's path writes.
                return null;
            }
        }
    }

    /** Writes a light value as its JsonNode would write itself, objects sorted and filtered as the tree's path. */
    private static void write(Object value, JsonGenerator generator) throws IOException {
        if (value instanceof Members members) {
            String[] names = members.names();
            // An insertion sort of the members' indexes by name (String's order, as Arrays.sort of the names): a
            // command's objects have a handful of members, all different.
            int[] order = new int[names.length];
            for (int i = 0; i < order.length; i++) {
                int j = i;
                while (j > 0 && names[order[j - 1]].compareTo(names[i]) > 0) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = i;
            }
            generator.writeStartObject();
            for (int index : order) {
                Object member = members.values()[index];
                if (member != NULL && !(member instanceof List<?> list && list.isEmpty())) {
                    generator.writeFieldName(names[index]);
                    write(member, generator);
                }
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> elements) {
            generator.writeStartArray();
            for (Object element : elements) {
                write(element, generator);
            }
            generator.writeEndArray();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number.intValue());
        } else if (value instanceof Long number) {
            generator.writeNumber(number.longValue());
        } else if (value instanceof BigInteger number) {
            generator.writeNumber(number);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else {
            generator.writeNull();
        }
    }
}
