package dev.entente.domain.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks shared by the value objects and commands: presence, non-blank text, lists without duplicates. */
public final class Values {

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private Values() {
    }

    /**
     * A readable id such as {@code aliyev-pakistan-2024}: letters, digits, '.', '_', ':' and '-', starting with a
     * letter or digit, at most 128 characters.
     */
    public static String slug(String value, String what) {
        required(value, what);
        if (!SLUG.matcher(value).matches()) {
            throw new InvalidValue("id.malformed", "'" + value + "' is not a valid " + what
                    + ": use letters, digits, '.', '_', ':' and '-', starting with a letter or digit, at most 128 characters");
        }
        return value;
    }

    /** The value, or {@link InvalidValue} {@code value.required} naming {@code what} when it is null. */
    public static <T> T required(T value, String what) {
        if (value == null) {
            throw new InvalidValue("value.required", what + " is required");
        }
        return value;
    }

    /** The text trimmed, or {@link InvalidValue} when it is null or blank. */
    public static String text(String value, String what) {
        required(value, what);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValue("value.blank", what + " must not be blank");
        }
        return trimmed;
    }

    /** The text trimmed, null when absent or blank. */
    public static String optionalText(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** An unmodifiable copy; null stands for an empty list. Null elements are refused. */
    public static <T> List<T> list(List<T> values, String what) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            if (value == null) {
                throw new InvalidValue("value.required", what + " must not contain an empty entry");
            }
            copy.add(value);
        }
        return List.copyOf(copy);
    }

    /** Like {@link #list}, and refuses an element given twice rather than silently dropping it. */
    public static <T> List<T> distinct(List<T> values, String what) {
        List<T> copy = list(values, what);
        Set<T> seen = new HashSet<>();
        for (T value : copy) {
            if (!seen.add(value)) {
                throw new InvalidValue("value.duplicate", what + " lists " + value + " twice");
            }
        }
        return copy;
    }

    /** An unmodifiable copy for event records, which must load whatever was stored: nulls are dropped, not refused. */
    public static <T> List<T> lenientList(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
