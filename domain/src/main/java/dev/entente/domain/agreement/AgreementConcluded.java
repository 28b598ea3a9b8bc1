package dev.entente.domain.agreement;

import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The text of an agreement was adopted between its parties. */
@StoredEvent(name = "agreement.concluded")
public record AgreementConcluded(AgreementId agreementId, LocalDate occurredOn, String title, InstrumentKind kind,
                                 List<Country> parties, List<Sector> sectors, List<Area> areas,
                                 EntryIntoForceRule entryIntoForce, Period term, Period denunciationNotice, List<Source> sources) implements AgreementEvent {

    public AgreementConcluded {
        sources = Values.lenientList(sources);
        parties = Values.lenientList(parties);
        sectors = Values.lenientList(sectors);
        areas = Values.lenientList(areas);
        entryIntoForce = entryIntoForce == null ? EntryIntoForceRule.onSignature() : entryIntoForce;
    }
}
