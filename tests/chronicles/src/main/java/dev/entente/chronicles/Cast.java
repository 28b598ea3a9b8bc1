package dev.entente.chronicles;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Office;
import dev.entente.domain.shared.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The generated histories' states, dyads, dignitaries and source: made up, deterministic, and valid. */
public final class Cast {

    /** The first day of every generated history. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 3);

    public static final List<Source> SOURCES = List.of(Source.of("Generated history for the benchmarks",
            "entente-benchmarks", FIRST_DAY));

    private static final List<Country> COUNTRIES = List.of("AZ", "PK", "TR", "FR", "DE", "IT", "ES", "JP", "CN", "IN",
            "BR", "US", "GB", "KZ", "UZ", "GE").stream().map(Country::of).toList();

    /** Twenty dyads: each country paired with the next one and with the one five places on, around the list. */
    public static final List<Dyad> DYADS = dyads(20);

    private Cast() {
    }

    private static List<Dyad> dyads(int count) {
        List<Dyad> dyads = new ArrayList<>();
        for (int step : new int[] {1, 5}) {
            for (int i = 0; i < COUNTRIES.size() && dyads.size() < count; i++) {
                dyads.add(Dyad.of(COUNTRIES.get(i), COUNTRIES.get((i + step) % COUNTRIES.size())));
            }
        }
        return List.copyOf(dyads);
    }

    public static Dignitary headOfState(Country country) {
        return new Dignitary("Head of state of " + country.name(), Office.HEAD_OF_STATE, country);
    }

    public static Dignitary headOfGovernment(Country country) {
        return new Dignitary("Head of government of " + country.name(), Office.HEAD_OF_GOVERNMENT, country);
    }

    /** A slug for ids, e.g. {@code az-pk}. */
    public static String slug(Dyad dyad) {
        return dyad.toString().toLowerCase(Locale.ROOT);
    }

    /** Where the visits to {@code country} arrive and where its agreements are signed. */
    public static String capitalOf(Country country) {
        return "Capital of " + country.name();
    }
}
