package dev.entente.domain.agreement;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Values;

/** One signature: who signed, and the party they signed for. */
public record Signature(Dignitary signatory, Country party) {

    public Signature {
        Values.required(signatory, "signatory");
        Values.required(party, "party signed for");
    }

    /** A signature by a dignitary for their own country. */
    public static Signature by(Dignitary signatory) {
        return new Signature(signatory, signatory.country());
    }
}
