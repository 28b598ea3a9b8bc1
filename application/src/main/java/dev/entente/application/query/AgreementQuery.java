package dev.entente.application.query;

import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;

/**
 * A question to the agreement register, like a treaty database: agreements with a party, in a sector, of a kind,
 * with a status on a date. Each filter is optional (null); the date is not.
 */
public record AgreementQuery(LocalDate asOf, Country party, Sector sector, InstrumentKind kind,
                             AgreementStatus status) {

    public AgreementQuery {
        Values.required(asOf, "date the register is read on");
    }

    /** Every agreement concluded by {@code asOf}, with its status on that date. */
    public static AgreementQuery on(LocalDate asOf) {
        return new AgreementQuery(asOf, null, null, null, null);
    }

    public AgreementQuery withParty(Country party) {
        return new AgreementQuery(asOf, party, sector, kind, status);
    }

    public AgreementQuery inSector(Sector sector) {
        return new AgreementQuery(asOf, party, sector, kind, status);
    }

    public AgreementQuery ofKind(InstrumentKind kind) {
        return new AgreementQuery(asOf, party, sector, kind, status);
    }

    public AgreementQuery withStatus(AgreementStatus status) {
        return new AgreementQuery(asOf, party, sector, kind, status);
    }
}
