package dev.entente.adapters.json;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * A day written {@code yyyy-MM-dd} with ASCII digits, read without {@code DateTimeFormatter}, whose set-up costs more
 * than a question's whole answer and whose parse is the dearest part of binding a chronicle's dates. For this
 * adapter's packages: callers leave anything it does not read to the full parse, which reads it or refuses it with
 * its own message.
 */
public final class IsoDay {

    private IsoDay() {
    }

    /** Whether {@code text} is written {@code yyyy-MM-dd} in ASCII digits, whether or not that day exists. */
    public static boolean hasDayShape(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The day {@code LocalDate.parse} gives for {@code text}, or null for any other text or a day that does not exist. */
    public static LocalDate parse(String text) {
        if (!hasDayShape(text)) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (month < 1 || month > 12 || day < 1 || (day > 28 && day > Month.of(month).length(Year.isLeap(year)))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The number the ASCII digits from {@code from} to {@code to} write (the shape is checked already). */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
