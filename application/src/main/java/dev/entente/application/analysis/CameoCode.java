package dev.entente.application.analysis;

import java.util.Locale;

/**
 * The CAMEO event codes Entente codes its events with, each with GDELT's Goldstein value (GDELT's own
 * CAMEO.goldsteinscale.txt, not the widely copied table that gives 057 = 5.0), its quad class and its PLOVER category.
 */
public enum CameoCode {
    EXPRESS_INTENT_TO_COOPERATE("030", "Express intent to cooperate", 4.0),
    EXPRESS_INTENT_TO_COOPERATE_ECONOMICALLY("0311", "Express intent to cooperate economically", 5.2),
    EXPRESS_INTENT_TO_MEET_OR_NEGOTIATE("036", "Express intent to meet or negotiate", 4.0),
    MAKE_A_VISIT("042", "Make a visit", 1.9),
    HOST_A_VISIT("043", "Host a visit", 2.8),
    MEET_AT_A_THIRD_LOCATION("044", "Meet at a third location", 2.5),
    ENGAGE_IN_NEGOTIATION("046", "Engage in negotiation", 7.0),
    ENGAGE_IN_DIPLOMATIC_COOPERATION("050", "Engage in diplomatic cooperation", 3.5),
    DEFEND_VERBALLY("052", "Defend verbally", 3.5),
    GRANT_DIPLOMATIC_RECOGNITION("054", "Grant diplomatic recognition", 6.0),
    SIGN_FORMAL_AGREEMENT("057", "Sign formal agreement", 8.0);

    private final String code;
    private final String label;
    private final double goldstein;

    CameoCode(String code, String label, double goldstein) {
        this.code = code;
        this.label = label;
        this.goldstein = goldstein;
    }

    /** The full event code, e.g. {@code 057}. */
    public String eventCode() {
        return code;
    }

    /** The three-digit base code (the event code itself for the three-digit codes used here). */
    public String baseCode() {
        return code.substring(0, 3);
    }

    /** The two-digit root code, e.g. {@code 05}. */
    public String rootCode() {
        return code.substring(0, 2);
    }

    /** CAMEO's label. */
    public String label() {
        return label;
    }

    /** GDELT's Goldstein value, from -10 (most conflictual) to +10 (most cooperative). */
    public double goldstein() {
        return goldstein;
    }

    /** GDELT's quad class: 1 verbal cooperation (roots 01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20). */
    public int quadClass() {
        int root = Integer.parseInt(rootCode());
        if (root <= 5) {
            return 1;
        }
        if (root <= 8) {
            return 2;
        }
        return root <= 13 ? 3 : 4;
    }

    /** The PLOVER category after CAMEO2PLOVER: 03x AGREE, 04x CONSULT, 05x SUPPORT, 06x COOPERATE. */
    public String plover() {
        return switch (rootCode()) {
            case "03" -> "AGREE";
            case "04" -> "CONSULT";
            case "05" -> "SUPPORT";
            case "06" -> "COOPERATE";
            default -> throw new IllegalStateException("no PLOVER category for root " + rootCode());
        };
    }

    @Override
    public String toString() {
        return code + " " + label.toLowerCase(Locale.ROOT);
    }
}
