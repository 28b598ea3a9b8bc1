package dev.entente.test;

import dev.entente.domain.shared.Rule;
import dev.entente.domain.shared.RuleViolation;
import java.util.Objects;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/**
 * Hamcrest matchers for refused commands: {@code assertThat(thrown, violates("visit.guest-is-host"))}, or with
 * Axon's own fixtures {@code expectException(violates(...))}.
 */
public final class Violations {

    /** A message shorter than this could hardly say what was refused and why. */
    private static final int READABLE = 20;

    private Violations() {
    }

    /** A {@link RuleViolation} with this stable code and a message that says something. */
    public static Matcher<Throwable> violates(String code) {
        Objects.requireNonNull(code, "code");
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown, Description mismatch) {
                if (!(thrown instanceof RuleViolation violation)) {
                    mismatch.appendText("was not a rule violation but ").appendValue(thrown);
                    return false;
                }
                if (!violation.code().equals(code)) {
                    mismatch.appendText("was " + violation.code() + ": " + violation.getMessage());
                    return false;
                }
                if (violation.getMessage() == null || violation.getMessage().length() < READABLE) {
                    mismatch.appendText("had the message ").appendValue(violation.getMessage());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation " + code + " with a readable message");
            }
        };
    }

    /** A {@link RuleViolation} of this rule (for example {@code VisitRule.GUEST_IS_HOST}). */
    public static Matcher<Throwable> violates(Rule rule) {
        return violates(rule.code());
    }
}
