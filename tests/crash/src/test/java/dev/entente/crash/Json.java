package dev.entente.crash;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The JSON surgery the fuzzing does: every member of a document, and writing one out with a member twice. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Odd values, as raw JSON: wrong types, huge and tiny numbers, empty text, edge dates, unknown countries. */
    static final List<String> ODD_VALUES = List.of("1e400", "-1e400", "1e-400", "123456789012345678901234567890",
            "-1", "0", "1.5", "\"\"", "\" \"", "\"0000-01-01\"", "\"9999-12-31\"", "\"+10000-01-01\"",
            "\"-0001-01-01\"", "\"2024-02-30\"", "\"soon\"", "\"XX\"", "\"ZZ\"", "\"az\"", "null", "true", "[]", "{}",
            "[null]", "\"\\u0000\"", "\"\\ud834\\udd1e\"", "\"" + "a".repeat(300) + "\"",
            "\"" + "b".repeat(70_000) + "\"");

    /** A member of an object (field set) or an element of an array (index set), in the document {@code document}. */
    record Slot(int document, JsonNode container, String field, int index) {

        JsonNode value() {
            return field != null ? container.get(field) : container.get(index);
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) container).remove(field);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }

        void replace(JsonNode value) {
            if (field != null) {
                ((ObjectNode) container).set(field, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        /** Renames the member (an array element is moved to the array's end instead). */
        void rename(String newName) {
            JsonNode value = value();
            remove();
            if (field != null) {
                ((ObjectNode) container).set(newName, value);
            } else {
                ((ArrayNode) container).add(value);
            }
        }
    }

    private Json() {
    }

    static JsonNode raw(String json) {
        return JsonNodeFactory.instance.rawValueNode(new RawValue(json));
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every member and element of every document, depth first. */
    static List<Slot> slots(List<JsonNode> documents) {
        List<Slot> slots = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            collect(d, documents.get(d), slots);
        }
        return slots;
    }

    private static void collect(int document, JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                slots.add(new Slot(document, node, field.getKey(), -1));
                collect(document, field.getValue(), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(document, node, null, i));
                collect(document, node.get(i), slots);
            }
        }
    }

    /** Writes {@code node}, the member {@code twice} (if any) written two times over; pretty or on one line. */
    static String write(JsonNode node, Slot twice, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            if (pretty) {
                generator.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            write(generator, node, twice);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator out, JsonNode node, Slot twice) throws IOException {
        if (node.isObject()) {
            out.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                boolean repeated = twice != null && twice.container() == node && field.getKey().equals(twice.field());
                for (int time = 0; time < (repeated ? 2 : 1); time++) {
                    out.writeFieldName(field.getKey());
                    write(out, field.getValue(), twice);
                }
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                boolean repeated = twice != null && twice.container() == node && twice.field() == null
                        && twice.index() == i;
                for (int time = 0; time < (repeated ? 2 : 1); time++) {
                    write(out, node.get(i), twice);
                }
            }
            out.writeEndArray();
        } else {
            MAPPER.writeTree(out, node);
        }
    }
}
