package dev.entente.domain.shared;

import java.util.Objects;

/**
 * A command refused by a rule of the domain. It names the rule by a stable code and says in a sentence what was
 * refused, with the ids and dates involved.
 */
public final class RuleViolation extends RuntimeException {

    private final transient Rule rule;
    private final String code;

    public RuleViolation(Rule rule, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.rule = Objects.requireNonNull(rule, "rule");
        this.code = rule.code();
    }

    /** The rule that refused the command. */
    public Rule rule() {
        return rule;
    }

    /** The rule's stable code. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return "RuleViolation[" + code + "]: " + getMessage();
    }
}
