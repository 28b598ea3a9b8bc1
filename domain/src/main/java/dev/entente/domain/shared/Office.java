package dev.entente.domain.shared;

/**
 * The office a dignitary holds, with the gun salute it customarily receives (Canadian and US practice: 21 rounds for
 * a head of state, 19 for a head of government or an ambassador, 17 for a minister, 15 for a deputy minister).
 */
public enum Office {
    HEAD_OF_STATE("head of state", 21),
    HEAD_OF_GOVERNMENT("head of government", 19),
    FOREIGN_MINISTER("foreign minister", 17),
    MINISTER("minister", 17),
    DEPUTY_MINISTER("deputy minister", 15),
    AMBASSADOR("ambassador", 19),
    /** Any other office; no gun salute is customary for it. */
    OTHER("other office", 0);

    private final String label;
    private final int customaryGunSaluteRounds;

    Office(String label, int customaryGunSaluteRounds) {
        this.label = label;
        this.customaryGunSaluteRounds = customaryGunSaluteRounds;
    }

    /** The most rounds this office receives without an exceptional honour; 0 when no salute is customary. */
    public int customaryGunSaluteRounds() {
        return customaryGunSaluteRounds;
    }

    public String label() {
        return label;
    }

    /** Whether visits by this office count as high-level (head of state or of government). */
    public boolean isHighLevel() {
        return this == HEAD_OF_STATE || this == HEAD_OF_GOVERNMENT;
    }
}
