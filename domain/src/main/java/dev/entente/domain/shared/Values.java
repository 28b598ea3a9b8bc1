package dev.entente.domain.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks shared by the value objects and commands: presence, non-blank text, dates in range, lists without duplicates. */
public final class Values {

    /**
     * The first year a date may take. Four-digit years only: well before the oldest relations between today's states
     * that are still on record (the Anglo-Portuguese alliance, 1373), and a year such as {@code 0224}, a slip for
     * 2024, is refused rather than recorded.
     */
    public static final int FIRST_YEAR = 1000;
    /**
     * The last year a date may take: far enough ahead for fixed dates of entry into force and planned visits, near
     * enough that a placeholder such as {@code 9999-12-31} ("no end") is refused rather than recorded as a fact.
     */
    public static final int LAST_YEAR = 2999;

    private Values() {
    }

    /**
     * A readable id such as {@code aliyev-pakistan-2024}: letters, digits, '.', '_', ':' and '-', starting with a
     * letter or digit, at most 128 characters.
     */
    public static String slug(String value, String what) {
        required(value, what);
        if (!isSlug(value)) {
            throw new InvalidValue("id.malformed", "'" + value + "' is not a valid " + what
                    + ": use letters, digits, '.', '_', ':' and '-', starting with a letter or digit, at most 128 characters");
        }
        return value;
    }

    /**
     * Whether {@code value} matches {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,127}}, tested by hand: every id a question
     * reads passes here, and a pattern compiled at class init cost a question's start more than the test
     * (docs/adr/0034); {@code ValuesTest} holds the two equal.
     */
    static boolean isSlug(String value) {
        if (value.isEmpty() || value.length() > 128) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alphanumeric = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alphanumeric && (i == 0 || (c != '.' && c != '_' && c != ':' && c != '-'))) {
                return false;
            }
        }
        return true;
    }

    /** The value, or {@link InvalidValue} {@code value.required} naming {@code what} when it is null. */
    public static <T> T required(T value, String what) {
        if (value == null) {
            throw new InvalidValue("value.required", what + " is required");
        }
        return value;
    }

    /**
     * The date, or {@link InvalidValue} {@code value.required} when it is null, {@code date.out-of-range} when its
     * year is before {@link #FIRST_YEAR} or after {@link #LAST_YEAR}.
     */
    public static LocalDate date(LocalDate value, String what) {
        required(value, what);
        if (value.getYear() < FIRST_YEAR || value.getYear() > LAST_YEAR) {
            throw new InvalidValue("date.out-of-range", what + " " + value + " is out of range: Entente records dates "
                    + "in the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return value;
    }

    /**
     * The day a fact dated {@code written} is known from: the end of its interval (ADR 0016). {@code occurredOn} may be
     * left out (null) when {@code written} is given; given both, they must agree, so that a chronicle cannot say two
     * things. Without {@code written}, {@code occurredOn} is the exact day, as before partial dates existed.
     */
    public static LocalDate knownFrom(LocalDate occurredOn, WrittenDate written, String what) {
        if (written == null) {
            return date(occurredOn, what);
        }
        if (occurredOn != null && !occurredOn.equals(written.latest())) {
            throw new InvalidValue("date.written-differs", what + " is written " + written + ", known from "
                    + written.latest() + ", but occurredOn says " + occurredOn + "; give one of them");
        }
        return date(written.latest(), what);
    }

    /** The written date a command or event keeps: null for an exact day, which {@code occurredOn} says alone. */
    public static WrittenDate written(WrittenDate written) {
        return written == null || written.isExactDay() ? null : written;
    }

    /** Like {@link #date}, for a date that may be absent (null). */
    public static LocalDate optionalDate(LocalDate value, String what) {
        return value == null ? null : date(value, what);
    }

    /** The sources a command cites, as {@link #list}, each with its publication date in range. */
    public static List<Source> sources(List<Source> sources) {
        List<Source> copy = list(sources, "sources");
        for (Source source : copy) {
            date(source.published(), "the publication date of source '" + source.title() + "'");
        }
        return copy;
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

    /**
     * An unmodifiable list for event records, which must load whatever was stored: nulls are dropped, not refused. A
     * list that is already one of the JDK's unmodifiable lists ({@code List.of}, {@code List.copyOf}, as
     * {@link #list} gives a command's) and holds no null is returned as it is, not copied: an event the rules decide
     * then shares its command's list instead of wrapping a copy of it, three objects fewer per list for every event a
     * long batch keeps until it is written (issue 8, ninth session).
     */
    public static <T> List<T> lenientList(List<T> values) {
        if (values == null) {
            return List.of();
        }
        if (UNMODIFIABLE.contains(values.getClass()) && !holdsNull(values)) {
            return values;
        }
        // A loop rather than a stream: every event a question reads passes here, and its first stream would link the
        // stream classes and lambdas that nothing else on a question's path needs (docs/adr/0034).
        List<T> kept = new ArrayList<>(values.size());
        for (T value : values) {
            if (value != null) {
                kept.add(value);
            }
        }
        return Collections.unmodifiableList(kept);
    }

    /** The classes of the JDK's unmodifiable lists of one or two elements and of more (or none). */
    private static final Set<Class<?>> UNMODIFIABLE = Set.of(List.of(1).getClass(), List.of(1, 2, 3).getClass());

    private static boolean holdsNull(List<?> values) {
        for (Object value : values) {
            if (value == null) {
                return true;
            }
        }
        return false;
    }
}
