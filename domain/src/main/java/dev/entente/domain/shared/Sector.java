package dev.entente.domain.shared;

import java.util.Locale;

/** A field of cooperation between states, under which agreements, talks and areas are filed. */
public enum Sector {
    TRADE("trade"),
    INVESTMENT("investment"),
    ECONOMY("economy"),
    ENERGY("energy"),
    MINING("mining"),
    DEFENCE("defence"),
    SECURITY("security"),
    EDUCATION("education"),
    CULTURE("culture"),
    TRANSPORT("transport"),
    JUSTICE("justice"),
    HEALTH("health"),
    SCIENCE_AND_TECHNOLOGY("science and technology"),
    CONSULAR_AFFAIRS("consular affairs"),
    AGRICULTURE("agriculture"),
    TOURISM("tourism"),
    ENVIRONMENT("environment"),
    MEDIA("media"),
    PUBLIC_ADMINISTRATION("public administration"),
    DIPLOMACY("diplomacy"),
    // Common subjects of bilateral treaties that the first list lacked: double-taxation conventions, financial and
    // customs cooperation, labour and social security, communications, sport.
    TAXATION("taxation"),
    FINANCE("finance"),
    CUSTOMS("customs"),
    LABOUR_AND_SOCIAL_SECURITY("labour and social security"),
    COMMUNICATIONS("communications"),
    SPORT("sport");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The sector named by {@code text}: its constant ({@code SCIENCE_AND_TECHNOLOGY}) or its label in any case, with
     * hyphens, underscores or spaces ({@code science-and-technology}); {@code defense} is read as {@code defence}.
     */
    public static Sector parse(String text) {
        String wanted = Values.text(text, "sector").toLowerCase(Locale.ROOT)
                .replace('&', ' ').replaceAll("[-_\\s]+", " ").strip()
                .replace("defense", "defence");
        if (wanted.equals("science technology")) {
            wanted = "science and technology";
        }
        for (Sector sector : values()) {
            if (sector.label.equals(wanted)) {
                return sector;
            }
        }
        throw new InvalidValue("sector.unknown", "'" + text + "' is not a sector; known sectors are " + labels());
    }

    private static String labels() {
        StringBuilder all = new StringBuilder();
        for (Sector sector : values()) {
            all.append(all.length() == 0 ? "" : ", ").append(sector.label);
        }
        return all.toString();
    }
}
