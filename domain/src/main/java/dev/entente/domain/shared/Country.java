package dev.entente.domain.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A country by its ISO 3166-1 alpha-2 code, checked against the JDK's own list. */
public record Country(String code) implements Comparable<Country> {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());
    /**
     * English names by code, looked up once: the JDK's lookup builds a locale and reads its resources each time, and
     * the read models name a party in nearly every timeline entry (ADR 0026). Bounded by the ISO list.
     */
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    public Country {
        Values.required(code, "country code");
        if (!ISO_CODES.contains(code)) {
            throw new InvalidValue("country.unknown",
                    "'" + code + "' is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as AZ or PK)");
        }
    }

    /**
     * One country object per code, made on first use: a chronicle or a history mentions a few countries many times
     * (177,817 mentions in a 100,000-command batch, each a country and its code's string kept until the batch is
     * written: issue 8, ninth session). Bounded by the ISO list, since the constructor refuses any other code.
     */
    private static final Map<String, Country> BY_CODE = new ConcurrentHashMap<>();

    /**
     * The country with this alpha-2 code, in any letter case and with surrounding spaces ignored; the same object for
     * the same country every time.
     */
    public static Country of(String code) {
        Values.required(code, "country code");
        Country known = BY_CODE.get(code);
        // The constructor refuses an unknown code, and then nothing is kept.
        return known != null ? known : BY_CODE.computeIfAbsent(code.strip().toUpperCase(Locale.ROOT), Country::new);
    }

    /** The ISO 3166-1 alpha-3 code, e.g. {@code AZE} for {@code AZ}. */
    public String alpha3() {
        return new Locale("", code).getISO3Country();
    }

    /** The country's English short name, e.g. {@code Azerbaijan}. */
    public String name() {
        return NAMES.computeIfAbsent(code, c -> new Locale("", c).getDisplayCountry(Locale.ENGLISH));
    }

    @Override
    public int compareTo(Country other) {
        return code.compareTo(other.code);
    }

    // Written out rather than left to the record, whose first equals or hashCode builds its method handles at run
    // time, a cost a question pays on start-up (docs/adr/0014); the same results, the hash the record would give.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Country country && code.equals(country.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
