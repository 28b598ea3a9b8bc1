package dev.entente.adapters.cli;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import picocli.CommandLine.Parameters;

/** The two countries the state, timeline and visits commands ask about. */
final class DyadArguments {

    @Parameters(index = "0", paramLabel = "A", description = "A country, ISO 3166-1 alpha-2 (e.g. AZ).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other country (e.g. PK).")
    String b;

    Dyad dyad() {
        return Dyad.of(Country.of(a), Country.of(b));
    }
}
