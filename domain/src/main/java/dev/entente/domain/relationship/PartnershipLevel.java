package dev.entente.domain.relationship;

import dev.entente.domain.shared.Values;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The level of partnership two states declare, in their own words ("strategic partnership", "comprehensive
 * strategic partnership", "all-weather strategic cooperative partnership"), normalised to lower case and single
 * spaces so that the same level written twice is one level.
 */
public record PartnershipLevel(String name) {

    /** Runs of white space, each written as one space; compiled once, as every event that names a level reads it. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public static final PartnershipLevel STRATEGIC = new PartnershipLevel("strategic partnership");
    public static final PartnershipLevel COMPREHENSIVE_STRATEGIC = new PartnershipLevel("comprehensive strategic partnership");

    public PartnershipLevel {
        name = WHITESPACE.matcher(Values.text(name, "partnership level").toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    public static PartnershipLevel of(String name) {
        return new PartnershipLevel(name);
    }

    // Written out rather than left to the record, whose first equals or hashCode builds its method handles at run
    // time, a cost a question pays on start-up (docs/adr/0014); the same results, the hash the record would give.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PartnershipLevel level && name.equals(level.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
