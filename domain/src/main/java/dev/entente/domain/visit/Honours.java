package dev.entente.domain.visit;

import dev.entente.domain.shared.Values;
import java.util.List;

/** The honours rendered on a guest's arrival; {@code gunSalute} is null when none was fired. */
public record Honours(boolean guardOfHonour, GunSalute gunSalute, boolean redCarpet, List<String> others) {

    public Honours {
        others = Values.lenientList(others).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static Honours none() {
        return new Honours(false, null, false, List.of());
    }

    /** Whether any honour at all was rendered. */
    public boolean any() {
        return guardOfHonour || gunSalute != null || redCarpet || !others.isEmpty();
    }
}
