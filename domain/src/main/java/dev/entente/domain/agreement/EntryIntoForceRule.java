package dev.entente.domain.agreement;

import dev.entente.domain.shared.Values;
import java.time.LocalDate;

/**
 * How an agreement enters into force (VCLT art. 24). The {@link Agreement} applies its own
 * {@link AgreementEnteredIntoForce} as soon as the rule is met.
 */
public sealed interface EntryIntoForceRule {

    /** Whether every party must ratify (or accept, or approve) before the agreement enters into force. */
    boolean requiresRatification();

    /** A phrase for messages and reports, e.g. "30 days after the last ratification". */
    String describe();

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
}
