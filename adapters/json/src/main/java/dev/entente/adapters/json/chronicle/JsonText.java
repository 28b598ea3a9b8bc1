package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Locations and words shared by the scan and the binding. */
final class JsonText {

    private static final Pattern JACKSON_LOCATION =
            Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

    private JsonText() {
    }

    /**
     * The absolute location of {@code relative}, a location Jackson reports in a text that starts at {@code base}:
     * only its first line is shifted right.
     */
    static Location shift(Location base, JsonLocation relative) {
        if (relative == null || relative.getLineNr() < 1 || relative.getColumnNr() < 1) {
            return base;
        }
        int line = relative.getLineNr();
        return new Location(base.file(), base.line() + line - 1,
                line == 1 ? base.column() + relative.getColumnNr() - 1 : relative.getColumnNr());
    }

    /** "a string", "an object", … for "found …" in messages. */
    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    /** Jackson's own sentence for a syntax error, with its locations made absolute and without source details. */
    static String syntaxMessage(JsonProcessingException problem, Location base) {
        String message = problem.getOriginalMessage();
        Matcher location = JACKSON_LOCATION.matcher(message);
        StringBuilder cleaned = new StringBuilder();
        while (location.find()) {
            Location at = shift(base, new JsonLocation(null, -1, Integer.parseInt(location.group(1)),
                    Integer.parseInt(location.group(2))));
            location.appendReplacement(cleaned, "line " + at.line() + ", column " + at.column());
        }
        location.appendTail(cleaned);
        return cleaned.toString().replace("\n", " ");
    }
}
