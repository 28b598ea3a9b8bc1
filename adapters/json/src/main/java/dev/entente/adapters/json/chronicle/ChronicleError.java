package dev.entente.adapters.json.chronicle;

import java.util.Objects;

/** One problem found in a chronicle: where it is, a stable code such as {@code chronicle.unknown-field}, a sentence. */
public record ChronicleError(Location location, String code, String message) {

    public static final String NOT_UTF8 = "chronicle.not-utf8";
    public static final String MALFORMED = "chronicle.malformed";
    public static final String TRUNCATED = "chronicle.truncated";
    public static final String TOO_LARGE = "chronicle.too-large";
    public static final String NOT_A_CHRONICLE = "chronicle.not-a-chronicle";
    public static final String UNSUPPORTED_FORMAT = "chronicle.unsupported-format";
    public static final String MISSING_TYPE = "chronicle.missing-type";
    public static final String UNKNOWN_COMMAND_TYPE = "chronicle.unknown-command-type";
    public static final String UNKNOWN_FIELD = "chronicle.unknown-field";
    public static final String MISSING_FIELD = "chronicle.missing-field";
    public static final String WRONG_TYPE = "chronicle.wrong-type";
    public static final String INVALID_VALUE = "chronicle.invalid-value";
    public static final String UNKNOWN_SOURCE = "chronicle.unknown-source";
    public static final String DUPLICATE_SOURCE = "chronicle.duplicate-source";
    /** Two entries of a chronicle with the same stable key (an explicit {@code id} given twice to one aggregate). */
    public static final String DUPLICATE_KEY = "chronicle.duplicate-key";

    public ChronicleError {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return location + ": " + message + " [" + code + "]";
    }
}
