package dev.entente.domain.relationship;

import dev.entente.domain.shared.Rule;

/** The rules a {@link Relationship} enforces, each with its stable code. */
public enum RelationshipRule implements Rule {
    COUNTRY_NOT_IN_DYAD("relationship.country-not-in-dyad"),
    SUPPORTER_IS_SUPPORTED("relationship.supporter-is-supported"),
    RECOGNISES_ITSELF("relationship.recognises-itself"),
    INDEPENDENCE_ALREADY_RECOGNISED("relationship.independence-already-recognised"),
    RELATIONS_ALREADY_ESTABLISHED("relationship.relations-already-established"),
    RELATIONS_NOT_ESTABLISHED("relationship.relations-not-established"),
    RELATIONS_NOT_SEVERED("relationship.relations-not-severed"),
    DATE_BEFORE_LAST_CHANGE("relationship.date-before-last-change"),
    PARTNERSHIP_LEVEL_ALREADY_DECLARED("relationship.partnership-level-already-declared"),
    REAFFIRMED_LEVEL_DIFFERS("relationship.reaffirmed-level-differs");

    private final String code;

    RelationshipRule(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
