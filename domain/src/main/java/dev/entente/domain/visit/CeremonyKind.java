package dev.entente.domain.visit;

/** A ceremony held during a visit. */
public enum CeremonyKind {
    WREATH_LAYING("wreath laying", false),
    GUARD_OF_HONOUR("guard of honour", true),
    WELCOME_CEREMONY("official welcome ceremony", true),
    STATE_BANQUET("state banquet", true),
    TREE_PLANTING("tree planting", false),
    HONOUR_CONFERRED("honour conferred", true),
    ADDRESS_TO_PARLIAMENT("address to parliament", false),
    SIGNING_CEREMONY("signing ceremony", false),
    OTHER("ceremony", false);

    private final String label;
    private final boolean officialHonour;

    CeremonyKind(String label, boolean officialHonour) {
        this.label = label;
        this.officialHonour = officialHonour;
    }

    public String label() {
        return label;
    }

    /** Whether this ceremony is an official honour, which a private visit does not carry. */
    public boolean isOfficialHonour() {
        return officialHonour;
    }
}
