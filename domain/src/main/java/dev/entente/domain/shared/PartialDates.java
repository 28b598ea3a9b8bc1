package dev.entente.domain.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.UnaryOperator;

/**
 * Rule helpers for dates the sources may give only in part (ADR 0023): which day a rule may count as certain, and
 * the date a rule derives from a partial date without inventing precision.
 */
public final class PartialDates {

    private PartialDates() {
    }

    /**
     * The first day {@code date} certainly falls on or after: its earliest day, or null when nothing is certain of its
     * start (an "on or before" date has none; an uncertain or approximate one may lie outside its interval).
     */
    public static LocalDate certainStart(WrittenDate date) {
        return date.uncertain() || date.approximate() || date.onOrBefore() ? null : date.earliest();
    }

    /** Whether {@code date} certainly falls before the exact day {@code day} (ADR 0016's rule, against a day). */
    public static boolean certainlyBefore(WrittenDate date, LocalDate day) {
        return day != null && date.certainlyBefore(WrittenDate.day(day));
    }

    /** Whether {@code date} certainly falls on or after the exact day {@code day}. */
    public static boolean certainlyOnOrAfter(WrittenDate date, LocalDate day) {
        LocalDate start = certainStart(date);
        return day != null && start != null && !start.isBefore(day);
    }

    /**
     * The latest day a history certainly reaches once {@code fact} is recorded, from {@code before} (which may be null):
     * an exact day reaches itself, as it always did; a partial date its first day at the least; an uncertain,
     * approximate or "on or before" date proves nothing and leaves {@code before}. Rules that refuse a step dated
     * before the history compare against this day with {@link #certainlyBefore(WrittenDate, LocalDate)}.
     */
    public static LocalDate reaches(LocalDate before, PartlyDated fact) {
        if (fact.dateAsWritten() == null) {
            return fact.occurredOn();
        }
        LocalDate start = certainStart(fact.dateAsWritten());
        return start == null || (before != null && start.isBefore(before)) ? before : start;
    }

    /**
     * The date a rule puts an event on when it counts from {@code from} ({@code rule} maps a day to a day and never runs
     * backwards: "30 days after", "the first day of the second month after", "on signature"), or null when no date can
     * be derived without inventing one.
     * <ul>
     *   <li>an exact day gives the exact day {@code rule} gives;</li>
     *   <li>otherwise {@code rule} is applied to both ends of the interval, and when the result is a day, a whole month
     *   or a whole year it is written so, with the qualifiers of {@code from} ("1995-03" on signature gives "1995-03",
     *   the first day of the second month after "1995-03" gives 1995-05-01);</li>
     *   <li>otherwise, for a date not uncertain or approximate, "on or before" the rule applied to its last day
     *   ({@code [..1995-04-30]} for 30 days after "1995-03"): true, and known from the same day;</li>
     *   <li>otherwise (an uncertain or approximate date whose result has no written form) null: not derivable.</li>
     * </ul>
     */
    public static WrittenDate derive(WrittenDate from, UnaryOperator<LocalDate> rule) {
        LocalDate to = rule.apply(from.latest());
        if (from.isExactDay()) {
            return WrittenDate.day(to);
        }
        if (from.onOrBefore()) {
            return onOrBefore(to, from.precision());
        }
        WrittenDate written = writtenForm(rule.apply(from.earliest()), to, from.uncertain(), from.approximate());
        if (written != null) {
            return written;
        }
        return from.uncertain() || from.approximate() ? null : onOrBefore(to, from.precision());
    }

    /** The interval {@code from}..{@code to} as a day, a month or a year, with the qualifiers; null for none. */
    private static WrittenDate writtenForm(LocalDate from, LocalDate to, boolean uncertain, boolean approximate) {
        if (from.equals(to)) {
            return new WrittenDate(from, to, WrittenDate.Precision.DAY, uncertain, approximate, false);
        }
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth())) {
            return new WrittenDate(from, to, WrittenDate.Precision.MONTH, uncertain, approximate, false);
        }
        if (from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
            return new WrittenDate(from, to, WrittenDate.Precision.YEAR, uncertain, approximate, false);
        }
        return null;
    }

    /** "On or before" {@code to}, written as coarsely as {@code precision} allows when {@code to} ends such a period. */
    private static WrittenDate onOrBefore(LocalDate to, WrittenDate.Precision precision) {
        WrittenDate.Precision written = precision == WrittenDate.Precision.YEAR && to.getDayOfYear() == to.lengthOfYear()
                ? WrittenDate.Precision.YEAR
                : precision != WrittenDate.Precision.DAY && to.equals(YearMonth.from(to).atEndOfMonth())
                ? WrittenDate.Precision.MONTH : WrittenDate.Precision.DAY;
        return new WrittenDate(null, to, written, false, false, true);
    }
}
