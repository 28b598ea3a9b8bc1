package dev.entente.domain.shared;

import java.util.regex.Pattern;

/**
 * An unordered pair of two different countries. AZ–PK and PK–AZ are the same dyad: the constructor puts the two
 * in alphabetical order, so {@link #first()} always sorts before {@link #second()}.
 */
public record Dyad(Country first, Country second) {

    /** What may stand between the two codes; compiled once, as every stored event that names a dyad reads it. */
    private static final Pattern SEPARATORS = Pattern.compile("[-–/ ]+");

    public Dyad {
        Values.required(first, "first country of the dyad");
        Values.required(second, "second country of the dyad");
        if (first.equals(second)) {
            throw new InvalidValue("dyad.same-country", "a dyad needs two different countries, got " + first + " twice");
        }
        if (first.compareTo(second) > 0) {
            Country swap = first;
            first = second;
            second = swap;
        }
    }

    public static Dyad of(Country one, Country other) {
        return new Dyad(one, other);
    }

    public static Dyad of(String one, String other) {
        return new Dyad(Country.of(one), Country.of(other));
    }

    /** Reads the canonical form {@code AZ-PK} (either order, any case). */
    public static Dyad parse(String text) {
        Values.required(text, "dyad");
        String[] parts = SEPARATORS.split(text.strip());
        if (parts.length != 2) {
            throw new InvalidValue("dyad.malformed", "'" + text + "' is not a dyad; write two country codes as AZ-PK");
        }
        return of(parts[0], parts[1]);
    }

    public boolean contains(Country country) {
        return first.equals(country) || second.equals(country);
    }

    /** The member of the dyad that is not {@code country}. */
    public Country other(Country country) {
        if (!contains(country)) {
            throw new InvalidValue("dyad.country-not-in-dyad", country + " is not in the dyad " + this);
        }
        return first.equals(country) ? second : first;
    }

    /** The canonical form, e.g. {@code AZ-PK}; also the relationship's aggregate id. */
    @Override
    public String toString() {
        return first.code() + "-" + second.code();
    }

    // Written out rather than left to the record, whose first equals or hashCode builds its method handles at run
    // time, a cost a question pays on start-up (docs/adr/0014); the same results, the hash the record would give.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Dyad dyad && first.equals(dyad.first) && second.equals(dyad.second);
    }

    @Override
    public int hashCode() {
        return 31 * first.hashCode() + second.hashCode();
    }
}
