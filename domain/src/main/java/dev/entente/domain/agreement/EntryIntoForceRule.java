package dev.entente.domain.agreement;

import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How an agreement enters into force (VCLT art. 24). The {@link Agreement} applies its own
 * {@link AgreementEnteredIntoForce} as soon as the rule is met.
 */
public sealed interface EntryIntoForceRule {

    /** Whether every party must ratify (or accept, or approve) before the agreement enters into force. */
    boolean requiresRatification();

    /** A phrase for messages and reports, e.g. "30 days after the last ratification". */
    String describe();

    /**
     * Whether a party's ratification or notification may be recorded under this rule: every rule that waits for such
     * steps, and a rule not on record, under which the sources may still report them.
     */
    default boolean acceptsConsent() {
        return requiresRatification();
    }

    /**
     * The date this rule puts the entry into force on once {@code count} of the {@code parties} have taken
     * {@code step}, the latest on {@code latest}; null when those steps do not meet it.
     */
    default LocalDate metBy(ConsentStep step, int count, int parties, LocalDate latest) {
        return null;
    }

    /** The per-party steps a rule may wait for: ratification (or acceptance, approval) and notification. */
    enum ConsentStep {
        RATIFICATION, NOTIFICATION;

        /** The word used in phrases, e.g. "notification". */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A rule counted from the last (or the nth) party's step: it waits for those steps, and accepts them. */
    sealed interface CountedFromStep extends EntryIntoForceRule permits DaysAfter, FirstDayOfMonthAfter {

        /** The step counted. */
        ConsentStep step();

        /** Which party's step meets the rule: null for the last party's. */
        Integer nth();

        @Override
        default boolean requiresRatification() {
            return step() == ConsentStep.RATIFICATION;
        }

        @Override
        default boolean acceptsConsent() {
            return true;
        }

        /** Whether {@code count} of the {@code parties} having taken {@code counted} is what this rule waits for. */
        default boolean counts(ConsentStep counted, int count, int parties) {
            return counted == step() && count == (nth() == null ? parties : nth());
        }
    }

    static EntryIntoForceRule notOnRecord() {
        return new NotOnRecord();
    }

    static EntryIntoForceRule daysAfter(int days, ConsentStep step, Integer nth) {
        return new DaysAfter(days, step, nth);
    }

    static EntryIntoForceRule firstDayOfMonthAfter(int months, ConsentStep step, Integer nth) {
        return new FirstDayOfMonthAfter(months, step, nth);
    }

    static EntryIntoForceRule onSignature() {
        return new OnSignature();
    }

    static EntryIntoForceRule onLastRatification() {
        return new OnLastRatification();
    }

    static EntryIntoForceRule daysAfterLastRatification(int days) {
        return new DaysAfterLastRatification(days);
    }

    static EntryIntoForceRule onFixedDate(LocalDate date) {
        return new OnFixedDate(date);
    }

    /** In force on the day the last party signs. The default, and the rule for non-binding instruments. */
    record OnSignature() implements EntryIntoForceRule {
        @Override
        public boolean requiresRatification() {
            return false;
        }

        @Override
        public String describe() {
            return "on signature by all parties";
        }
    }

    /** In force on the day of the last ratification. */
    record OnLastRatification() implements EntryIntoForceRule {
        @Override
        public boolean requiresRatification() {
            return true;
        }

        @Override
        public LocalDate metBy(ConsentStep step, int count, int parties, LocalDate latest) {
            return step == ConsentStep.RATIFICATION && count == parties ? latest : null;
        }

        @Override
        public String describe() {
            return "on the last ratification";
        }
    }

    /** In force a number of days after the last ratification, e.g. 30 days after the exchange of instruments. */
    record DaysAfterLastRatification(int days) implements EntryIntoForceRule {
        @Override
        public boolean requiresRatification() {
            return true;
        }

        @Override
        public LocalDate metBy(ConsentStep step, int count, int parties, LocalDate latest) {
            return step == ConsentStep.RATIFICATION && count == parties ? latest.plusDays(days) : null;
        }

        @Override
        public String describe() {
            return days + " days after the last ratification";
        }
    }

    /** In force on a fixed date, once every party has signed (or on the last signature, if that comes later). */
    record OnFixedDate(LocalDate date) implements EntryIntoForceRule {
        public OnFixedDate {
            Values.required(date, "date of entry into force");
        }

        @Override
        public boolean requiresRatification() {
            return false;
        }

        @Override
        public String describe() {
            return "on " + date;
        }
    }

    /**
     * The sources do not say how the agreement enters into force. It never enters into force by a rule: only an
     * entry into force the sources state ({@link RecordEntryIntoForce}) puts it in force, so none is ever invented.
     */
    record NotOnRecord() implements EntryIntoForceRule {
        @Override
        public boolean requiresRatification() {
            return false;
        }

        @Override
        public boolean acceptsConsent() {
            return true;
        }

        @Override
        public String describe() {
            return "not on record";
        }
    }

    /**
     * In force {@code days} days after the last (or, with {@code nth}, the nth) party's {@code step}, e.g. "30 days
     * after the exchange of notifications" or "on the 30th day after the second ratification".
     */
    record DaysAfter(int days, ConsentStep step, Integer nth) implements CountedFromStep {
        public DaysAfter {
            Values.required(step, "step the rule counts from");
            if (days < 0) {
                throw new InvalidValue("value.negative", "days after the " + step.label() + " must not be negative: "
                        + days);
            }
            nthMustBePositive(nth);
        }

        @Override
        public LocalDate metBy(ConsentStep counted, int count, int parties, LocalDate latest) {
            return counts(counted, count, parties) ? latest.plusDays(days) : null;
        }

        @Override
        public String describe() {
            return days + " days after the " + which(nth) + " " + step.label();
        }
    }

    /**
     * In force on the first day of the {@code months}th month after the last (or the nth) party's {@code step}, e.g.
     * "on the first day of the second month after the date of the last notification": a notification on 15 March
     * puts it in force on 1 May.
     */
    record FirstDayOfMonthAfter(int months, ConsentStep step, Integer nth) implements CountedFromStep {
        public FirstDayOfMonthAfter {
            Values.required(step, "step the rule counts from");
            if (months < 1) {
                throw new InvalidValue("value.not-positive", "the month after the " + step.label()
                        + " is counted from 1 (the month after): " + months);
            }
            nthMustBePositive(nth);
        }

        @Override
        public LocalDate metBy(ConsentStep counted, int count, int parties, LocalDate latest) {
            return counts(counted, count, parties) ? latest.withDayOfMonth(1).plusMonths(months) : null;
        }

        @Override
        public String describe() {
            return "on the first day of the " + ordinal(months) + " month after the " + which(nth) + " "
                    + step.label();
        }
    }

    private static void nthMustBePositive(Integer nth) {
        if (nth != null && nth < 1) {
            throw new InvalidValue("value.not-positive", "the step counted (nth) starts at 1: " + nth);
        }
    }

    private static String which(Integer nth) {
        return nth == null ? "last" : ordinal(nth);
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
