package dev.entente.adapters.jdbc.eventlog;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.entente.adapters.json.EntenteJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The JSON streaming both directions share: compact UTF-8 output, and documents copied token by token. */
final class Json {

    static final JsonFactory FACTORY = EntenteJson.mapper().getFactory();

    private Json() {
    }

    /** A compact generator that neither closes {@code out} nor completes a half-written value when closed. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        // Lines are separated by the caller's newline, not by Jackson's default space between root values.
        generator.setRootValueSeparator(null);
        return generator;
    }

    /** The document at the parser's current token, written compactly as UTF-8. */
    static byte[] compact(JsonParser parser) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = generator(bytes)) {
            copy(parser, generator);
        }
        return bytes.toByteArray();
    }

    /**
     * Copies the value at the parser's current token, leaving the parser on its last token. Numbers keep the text
     * they were written with, so that no precision is lost and no {@code 1.50} becomes {@code 1.5}.
     */
    static void copy(JsonParser parser, JsonGenerator generator) throws IOException {
        JsonToken token = parser.currentToken();
        int depth = 0;
        while (true) {
            if (token.isNumeric()) {
                generator.writeNumber(parser.getText());
            } else {
                generator.copyCurrentEvent(parser);
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
            if (depth == 0) {
                return;
            }
            token = parser.nextToken();
            if (token == null) {
                throw new JsonEOFException(parser, null, "Unexpected end of input inside a JSON document");
            }
        }
    }
}
