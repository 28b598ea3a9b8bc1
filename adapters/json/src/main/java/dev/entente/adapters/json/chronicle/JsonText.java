package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
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
        return relative == null ? base : shift(base, relative.getLineNr(), relative.getColumnNr());
    }

    /** As {@link #shift(Location, JsonLocation)}, for the line and column of a Jackson location. */
    static Location shift(Location base, int line, int column) {
        if (line < 1 || column < 1 || line == 1 && column == 1) {
            // The same place: every JSON Lines object starts where its line does, and its span keeps both.
            return base;
        }
        return new Location(base.file(), base.line() + line - 1, line == 1 ? base.column() + column - 1 : column);
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
            case VALUE_NUMBER_FLOAT -> "a number with a decimal point or an exponent";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    /** As {@link #describe(JsonToken)}; a number with a decimal point or an exponent is named, and what it stands for. */
    static String describe(JsonToken token, String text) {
        if (text == null || token != JsonToken.VALUE_NUMBER_FLOAT) {
            return describe(token);
        }
        return switch (Number.of(text)) {
            case FRACTION -> "the number " + text + ", which has a fraction";
            case WHOLE -> "the number " + text + ", a whole number written with a decimal point or an exponent";
            case OUT_OF_RANGE -> "the number " + text + ", out of the range of numbers";
        };
    }

    /** What a JSON number written with a decimal point or an exponent stands for. */
    enum Number {
        /** Not a whole number: 1.5, 1e-400. */
        FRACTION,
        /** A whole number written as a decimal: 1.0, 2e3, -0.0. */
        WHOLE,
        /** Larger than any number a double holds, 1e400: a reader of the JSON could not even keep it. */
        OUT_OF_RANGE;

        static Number of(String text) {
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException | ArithmeticException exponentBeyondReach) {
                // 1e99999999999: too long an exponent even for BigDecimal; its sign says huge or tiny.
                return text.matches("(?i).*e-.*") ? FRACTION : OUT_OF_RANGE;
            }
            if (value.abs().compareTo(BigDecimal.valueOf(Double.MAX_VALUE)) > 0) {
                return OUT_OF_RANGE;
            }
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0 ? WHOLE : FRACTION;
        }
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
