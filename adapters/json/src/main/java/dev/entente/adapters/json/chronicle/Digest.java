package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * The digest that makes applying a chronicle idempotent: SHA-256 of the type name, a newline, and the command as
 * canonical JSON (members sorted by name; null members and empty arrays left out).
 * <p>
 * Stores hold these digests (the command log), so the bytes hashed must never change: the canonical JSON is what
 * {@code mapper} writes for the command's tree with each object's members sorted and filtered as above. It is
 * written straight into the hash, member by member, rather than built as a second tree and serialized: same bytes,
 * without the copies (ChronicleDigestTest holds digests computed by the earlier, tree-copying version).
 * <p>
 * One instance per chronicle read: it reuses its hash and generator buffers, so it is not shared between threads.
 */
final class Digest {

    private static final HexFormat HEX = HexFormat.of();

    private final ObjectMapper mapper;
    private final SerializerProvider provider;
    private final MessageDigest sha256;
    private final OutputStream into;

    Digest(ObjectMapper mapper) {
        this.mapper = mapper;
        this.provider = mapper.getSerializerProviderInstance();
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
        try (JsonGenerator generator = mapper.createGenerator(into, JsonEncoding.UTF8)) {
            // Canonical, so that the digest depends on the command alone: not on the member order Jackson happens to
            // write, nor on an optional field added to a command later (absent, it is left out as before).
            JsonNode tree = mapper.valueToTree(command);
            if (annotations != null && tree instanceof ObjectNode object) {
                // A dotted name, which no field of a command can have.
                object.set("entente.annotations", mapper.valueToTree(annotations));
            }
            write(tree, generator);
        } catch (IOException impossible) {
            throw new IllegalStateException("cannot digest a " + type, impossible);
        }
        return HEX.formatHex(sha256.digest());
    }

    private void write(JsonNode node, JsonGenerator generator) throws IOException {
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
                    write(value, generator);
                }
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) {
                write(element, generator);
            }
            generator.writeEndArray();
        } else {
            node.serialize(generator, provider);
        }
    }
}
