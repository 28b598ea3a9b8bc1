package dev.entente.domain.visit;

/** How talks were held. */
public enum TalksFormat {
    ONE_ON_ONE("one-on-one"),
    DELEGATION_LEVEL("delegation-level"),
    OTHER("talks");

    private final String label;

    TalksFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
