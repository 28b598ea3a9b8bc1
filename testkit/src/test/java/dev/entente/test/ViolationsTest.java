package dev.entente.test;

import static dev.entente.test.Violations.violates;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.shared.RuleViolation;
import dev.entente.domain.visit.VisitRule;
import org.hamcrest.StringDescription;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ViolationsTest {

    private static final RuleViolation GUEST_IS_HOST = new RuleViolation(VisitRule.GUEST_IS_HOST,
            "Ilham Aliyev cannot visit Azerbaijan as a guest: it is his own country");

    @Test
    void matches_a_violation_by_its_code_or_its_rule() {
        assertThat(violates("visit.guest-is-host").matches(GUEST_IS_HOST)).isTrue();
        assertThat(violates(VisitRule.GUEST_IS_HOST).matches(GUEST_IS_HOST)).isTrue();
    }

    @Test
    void a_violation_of_another_rule_does_not_match_and_the_mismatch_names_it() {
        var matcher = violates("visit.already-scheduled");
        var mismatch = new StringDescription();
        matcher.describeMismatch(GUEST_IS_HOST, mismatch);

        assertThat(matcher.matches(GUEST_IS_HOST)).isFalse();
        assertThat(mismatch.toString()).contains("visit.guest-is-host");
    }

    @Test
    void another_exception_or_a_message_that_says_nothing_does_not_match() {
        assertThat(violates("visit.guest-is-host").matches(new IllegalStateException("visit.guest-is-host")))
                .isFalse();
        assertThat(violates("visit.guest-is-host").matches(new RuleViolation(VisitRule.GUEST_IS_HOST, "no")))
                .isFalse();
    }
}
