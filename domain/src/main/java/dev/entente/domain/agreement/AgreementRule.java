package dev.entente.domain.agreement;

import dev.entente.domain.shared.Rule;

/** The rules an {@link Agreement} enforces, each with its stable code. */
public enum AgreementRule implements Rule {
    ALREADY_CONCLUDED("agreement.already-concluded"),
    UNKNOWN("agreement.unknown"),
    TOO_FEW_PARTIES("agreement.too-few-parties"),
    WITHOUT_SECTOR("agreement.without-sector"),
    NON_BINDING_REQUIRES_RATIFICATION("agreement.non-binding-cannot-require-ratification"),
    PERIOD_NOT_POSITIVE("agreement.period-not-positive"),
    ENTRY_INTO_FORCE_BEFORE_CONCLUSION("agreement.entry-into-force-before-conclusion"),
    DATE_BEFORE_PREVIOUS_STEP("agreement.date-before-previous-step"),
    NOT_A_PARTY("agreement.not-a-party"),
    SIGNATORY_OF_ANOTHER_COUNTRY("agreement.signatory-of-another-country"),
    ALREADY_SIGNED_BY_PARTY("agreement.already-signed-by-party"),
    NON_BINDING_CANNOT_BE_RATIFIED("agreement.non-binding-cannot-be-ratified"),
    RATIFICATION_NOT_REQUIRED("agreement.ratification-not-required"),
    RATIFICATION_BEFORE_SIGNATURE("agreement.ratification-before-signature"),
    ALREADY_RATIFIED_BY_PARTY("agreement.already-ratified-by-party"),
    PROVISIONAL_APPLICATION_BEFORE_SIGNATURE("agreement.provisional-application-before-signature"),
    ALREADY_PROVISIONALLY_APPLIED("agreement.already-provisionally-applied"),
    ALREADY_IN_FORCE("agreement.already-in-force"),
    NOT_IN_FORCE("agreement.not-in-force"),
    ALREADY_SUSPENDED("agreement.already-suspended"),
    NOT_SUSPENDED("agreement.not-suspended"),
    DENUNCIATION_WITHOUT_PARTY("agreement.denunciation-without-party"),
    DENUNCIATION_NOTICE_TOO_SHORT("agreement.denunciation-notice-too-short"),
    SUPERSEDED_WITHOUT_SUCCESSOR("agreement.superseded-without-successor"),
    SUPERSEDED_BY_ITSELF("agreement.superseded-by-itself"),
    TERMINATION_EFFECTIVE_BEFORE_DECISION("agreement.termination-effective-before-decision"),
    REGISTRATION_BEFORE_ENTRY_INTO_FORCE("agreement.registration-before-entry-into-force"),
    ALREADY_REGISTERED("agreement.already-registered"),
    TERMINATED("agreement.terminated"),
    EXPIRED("agreement.expired"),
    NON_BINDING_CANNOT_BE_NOTIFIED("agreement.non-binding-cannot-be-notified"),
    NOTIFICATION_NOT_REQUIRED("agreement.notification-not-required"),
    NOTIFICATION_BEFORE_SIGNATURE("agreement.notification-before-signature"),
    ALREADY_NOTIFIED_BY_PARTY("agreement.already-notified-by-party"),
    ENTRY_INTO_FORCE_ALREADY_RECORDED("agreement.entry-into-force-already-recorded"),
    ENTRY_INTO_FORCE_BEFORE_SIGNATURE("agreement.entry-into-force-before-signature"),
    ENTRY_INTO_FORCE_RULE_CANNOT_BE_MET("agreement.entry-into-force-rule-cannot-be-met"),
    RENEWAL_WITHOUT_TERM("agreement.renewal-without-term"),
    LINKED_TO_ITSELF("agreement.linked-to-itself"),
    NOT_RENEWING("agreement.not-renewing");

    private final String code;

    AgreementRule(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
