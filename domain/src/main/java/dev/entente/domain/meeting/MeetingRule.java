package dev.entente.domain.meeting;

import dev.entente.domain.shared.Rule;

/** The rules a {@link Meeting} enforces, each with its stable code. */
public enum MeetingRule implements Rule {
    ALREADY_HELD("meeting.already-held"),
    TOO_FEW_STATES("meeting.too-few-states"),
    HOST_NOT_PARTICIPATING("meeting.host-not-participating"),
    DIGNITARY_NOT_PARTICIPATING("meeting.dignitary-not-participating");

    private final String code;

    MeetingRule(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
