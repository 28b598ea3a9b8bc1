package dev.entente.domain.meeting;

/** What kind of gathering a multilateral meeting was. */
public enum MeetingKind {
    SUMMIT("summit"),
    COUNCIL_MEETING("council meeting"),
    MINISTERIAL("ministerial meeting"),
    OTHER("meeting");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    /** The kind in words, e.g. {@code council meeting}. */
    public String label() {
        return label;
    }
}
