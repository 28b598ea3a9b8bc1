package dev.entente.domain.visit;

import dev.entente.domain.shared.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The honours rendered on a guest's arrival. Two adjacent booleans are easy to swap: write it with
 * {@link #builder()}, e.g. {@code Honours.builder().guardOfHonour().gunSalute(GunSalute.of(21)).build()}.
 *
 * @param guardOfHonour whether a guard of honour was mounted
 * @param gunSalute the gun salute fired; null when none was
 * @param redCarpet whether the guest was received on a red carpet
 * @param others any other honours, in the sources' words; null for none (blank entries are dropped)
 */
public record Honours(boolean guardOfHonour, GunSalute gunSalute, boolean redCarpet, List<String> others) {

    public Honours {
        // A loop rather than a stream: a question reads honours at its start (docs/adr/0034).
        List<String> kept = new ArrayList<>();
        for (String other : Values.lenientList(others)) {
            String stripped = other.strip();
            if (!stripped.isEmpty()) {
                kept.add(stripped);
            }
        }
        others = Collections.unmodifiableList(kept);
    }

    public static Honours none() {
        return new Honours(false, null, false, List.of());
    }

    /** Whether any honour at all was rendered. */
    public boolean any() {
        return guardOfHonour || gunSalute != null || redCarpet || !others.isEmpty();
    }

    /** A {@link Builder} with no honour rendered yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Honours} by naming each honour rendered; one left unnamed was not rendered. */
    public static final class Builder {

        private boolean guardOfHonour;
        private GunSalute gunSalute;
        private boolean redCarpet;
        private List<String> others;

        private Builder() {
        }

        /** A guard of honour was mounted. */
        public Builder guardOfHonour() {
            this.guardOfHonour = true;
            return this;
        }

        public Builder gunSalute(GunSalute gunSalute) {
            this.gunSalute = gunSalute;
            return this;
        }

        /** The guest was received on a red carpet. */
        public Builder redCarpet() {
            this.redCarpet = true;
            return this;
        }

        public Builder others(List<String> others) {
            this.others = others;
            return this;
        }

        public Builder others(String... others) {
            return others(others == null ? null : Arrays.asList(others));
        }

        public Honours build() {
            return new Honours(guardOfHonour, gunSalute, redCarpet, others);
        }
    }
}
