package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The digest that makes applying a chronicle idempotent: SHA-256 of the type name, a newline, and the command as
 * canonical JSON (members sorted by name; null members and empty arrays left out).
 */
final class Digest {

    private Digest() {
    }

    static String of(ObjectMapper mapper, String type, Object command) {
        return of(mapper, type, command, null);
    }

    /**
     * The digest of a command written with annotations (null for none): they are part of what was recorded, so a
     * command whose note or alternatives change is a different command. Without annotations the digest is the
     * command's alone, as it was before annotations existed.
     */
    static String of(ObjectMapper mapper, String type, Object command, Object annotations) {
        try {
            // Canonical, so that the digest depends on the command alone: not on the member order Jackson happens to
            // write, nor on an optional field added to a command later (absent, it is left out as before).
            JsonNode tree = mapper.valueToTree(command);
            if (annotations != null && tree instanceof ObjectNode object) {
                // A dotted name, which no field of a command can have.
                object.set("entente.annotations", mapper.valueToTree(annotations));
            }
            byte[] json = mapper.writeValueAsBytes(canonical(tree));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((type + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("cannot digest a " + type, impossible);
        }
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(member -> sorted.put(member.getKey(), canonical(member.getValue())));
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            sorted.forEach((name, value) -> {
                if (!value.isNull() && !(value.isArray() && value.isEmpty())) {
                    object.set(name, value);
                }
            });
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> array.add(canonical(element)));
            return array;
        }
        return node;
    }
}
