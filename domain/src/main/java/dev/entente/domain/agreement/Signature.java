package dev.entente.domain.agreement;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Values;

/**
 * One signature: the party signed for, and who signed. {@code signatory} is null when the sources do not name the
 * person, which is better than inventing one.
 */
public record Signature(Dignitary signatory, Country party) {

    public Signature {
        Values.required(party, "party signed for");
    }

    /** A signature for {@code party} by a signatory the sources do not name. */
    public static Signature forParty(Country party) {
        return new Signature(null, party);
    }

    /** A signature by a dignitary for their own country. */
    public static Signature by(Dignitary signatory) {
        return new Signature(signatory, signatory.country());
    }
}
