package dev.entente.domain.visit;

/** The kind of a visit, from the most ceremonial down. */
public enum VisitKind {
    STATE("state visit"),
    OFFICIAL("official visit"),
    OFFICIAL_WORKING("official working visit"),
    WORKING("working visit"),
    PRIVATE("private visit");

    private final String label;

    VisitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the host may render official honours (all but a private visit). */
    public boolean carriesOfficialHonours() {
        return this != PRIVATE;
    }
}
