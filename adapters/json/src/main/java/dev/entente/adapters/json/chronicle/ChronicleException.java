package dev.entente.adapters.json.chronicle;

import java.util.List;
import java.util.stream.Collectors;

/** A chronicle that cannot be read, with every error found in it, in the order they appear in the file. */
public final class ChronicleException extends Exception {

    private final transient List<ChronicleError> errors;

    public ChronicleException(List<ChronicleError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    /** The errors, at least one. */
    public List<ChronicleError> errors() {
        return errors;
    }

    private static String describe(List<ChronicleError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a chronicle exception needs at least one error");
        }
        String count = errors.size() == 1 ? "1 error" : errors.size() + " errors";
        return count + " in " + errors.get(0).location().file() + ":" + errors.stream()
                .map(error -> "\n  " + error)
                .collect(Collectors.joining());
    }
}
