package dev.entente.domain.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the sources write it, in ISO 8601-2 (EDTF) notation: a day ({@code 1992-06-09}), a month
 * ({@code 1992-06}) or a year ({@code 1992}), possibly uncertain ({@code 1992?}), approximate ({@code 1991~}) or both
 * ({@code 1991%}), or "on or before" a date ({@code [..1992-06]}; messydates' {@code ..1992-06} is read too).
 * <p>
 * Its interval runs from {@link #earliest()} to {@link #latest()}. A fact so dated is <em>known from</em> the end of
 * the interval: an answer for a date shows it only once the whole interval has passed (ADR 0016). Ordering rules
 * refuse only what is certainly out of order, see {@link #certainlyBefore(WrittenDate)}.
 */
public record WrittenDate(LocalDate earliest, LocalDate latest, Precision precision, boolean uncertain,
                          boolean approximate, boolean onOrBefore) {

    private static final Pattern FORM = Pattern.compile(
            "(?<open>\\[\\.\\.|\\.\\.)?(?<year>\\d{4})(?:-(?<month>\\d{2})(?:-(?<day>\\d{2}))?)?(?<close>])?(?<mark>[?~%])?");

    /** How much of the date the sources give. */
    public enum Precision { DAY, MONTH, YEAR }

    public WrittenDate {
        Values.required(latest, "latest day of the date");
        Values.required(precision, "precision of the date");
        if (onOrBefore != (earliest == null)) {
            throw new IllegalArgumentException("a date has no earliest day exactly when it is 'on or before'");
        }
        if (earliest != null && earliest.isAfter(latest)) {
            throw new IllegalArgumentException("a date's earliest day " + earliest + " follows its latest " + latest);
        }
    }

    /** A day given exactly. */
    public static WrittenDate day(LocalDate day) {
        Values.required(day, "day");
        return new WrittenDate(day, day, Precision.DAY, false, false, false);
    }

    /**
     * Reads {@code text} in the forms above; {@link InvalidValue} {@code date.unreadable} (with a sentence naming the
     * accepted forms) for anything else, {@code date.out-of-range} for a year outside Entente's range.
     */
    public static WrittenDate parse(String text) {
        String written = Values.text(text, "date");
        Matcher form = FORM.matcher(written);
        if (!form.matches() || (form.group("close") != null) != "[..".equals(form.group("open"))) {
            throw unreadable(written, null);
        }
        boolean onOrBefore = form.group("open") != null;
        String mark = form.group("mark");
        if (onOrBefore && mark != null) {
            // ISO 8601-2 qualifies a member of a set, not the set; one annotation at a time keeps the meaning plain.
            throw unreadable(written, "an 'on or before' date cannot also be marked uncertain or approximate");
        }
        int year = Integer.parseInt(form.group("year"));
        LocalDate from;
        LocalDate to;
        Precision precision;
        try {
            if (form.group("day") != null) {
                from = LocalDate.of(year, Integer.parseInt(form.group("month")), Integer.parseInt(form.group("day")));
                to = from;
                precision = Precision.DAY;
            } else if (form.group("month") != null) {
                YearMonth month = YearMonth.of(year, Integer.parseInt(form.group("month")));
                from = month.atDay(1);
                to = month.atEndOfMonth();
                precision = Precision.MONTH;
            } else {
                from = LocalDate.of(year, 1, 1);
                to = LocalDate.of(year, 12, 31);
                precision = Precision.YEAR;
            }
        } catch (DateTimeException impossible) {
            throw unreadable(written, impossible.getMessage().replaceFirst("^Invalid value for ", "invalid "));
        }
        Values.date(to, "date");
        boolean uncertain = "?".equals(mark) || "%".equals(mark);
        boolean approximate = "~".equals(mark) || "%".equals(mark);
        return new WrittenDate(onOrBefore ? null : from, to, precision, uncertain, approximate, onOrBefore);
    }

    private static InvalidValue unreadable(String text, String why) {
        return new InvalidValue("date.unreadable", "'" + text + "' is not a date" + (why == null ? "" : " (" + why + ")")
                + ": write a day yyyy-MM-dd, a month yyyy-MM or a year yyyy, optionally followed by ? (uncertain), "
                + "~ (approximate) or % (both), or [..date] for 'on or before', e.g. 1992-06-09, 1992-06, 1991~, "
                + "[..1992-06]");
    }

    /** Whether the sources give an exact day, with no qualifier. */
    public boolean isExactDay() {
        return precision == Precision.DAY && !uncertain && !approximate && !onOrBefore;
    }

    /**
     * Whether this date certainly falls before {@code other}: its interval ends before {@code other}'s begins, and
     * neither is uncertain or approximate (an approximate year may spill into the next, a doubtful date may be wrong,
     * so neither can prove an order).
     */
    public boolean certainlyBefore(WrittenDate other) {
        if (uncertain || approximate || other.uncertain || other.approximate || other.onOrBefore) {
            return false;
        }
        return latest.isBefore(other.earliest);
    }

    /** The date in ISO 8601-2 notation, as a chronicle writes it: {@code 1992-06}, {@code 1991~}, {@code [..1992]}. */
    public String text() {
        String base = switch (precision) {
            case DAY -> latest.toString();
            case MONTH -> YearMonth.from(latest).toString();
            case YEAR -> String.format(Locale.ROOT, "%04d", latest.getYear());
        };
        if (onOrBefore) {
            return "[.." + base + "]";
        }
        return base + (uncertain && approximate ? "%" : uncertain ? "?" : approximate ? "~" : "");
    }

    @Override
    public String toString() {
        return text();
    }
}
