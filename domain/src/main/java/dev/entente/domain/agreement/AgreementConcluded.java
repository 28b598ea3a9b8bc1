package dev.entente.domain.agreement;

import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The text of an agreement was adopted between its parties. {@code binding} (null: the default of the kind),
 * {@code renewal}, {@code amends} and {@code supersedes} are null in events stored before they existed.
 */
@StoredEvent(name = "agreement.concluded")
public record AgreementConcluded(AgreementId agreementId, LocalDate occurredOn, String title, InstrumentKind kind,
                                 List<Country> parties, List<Sector> sectors, List<Area> areas,
                                 EntryIntoForceRule entryIntoForce, Period term, Period denunciationNotice,
                                 List<Source> sources, Boolean binding, Period renewal, AgreementId amends,
                                 AgreementId supersedes, WrittenDate dateAsWritten) implements AgreementEvent {

    public AgreementConcluded {
        dateAsWritten = Values.written(dateAsWritten);
        sources = Values.lenientList(sources);
        parties = Values.lenientList(parties);
        sectors = Values.lenientList(sectors);
        areas = Values.lenientList(areas);
        entryIntoForce = entryIntoForce == null ? EntryIntoForceRule.onSignature() : entryIntoForce;
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public AgreementConcluded(AgreementId agreementId, LocalDate occurredOn, String title, InstrumentKind kind,
                              List<Country> parties, List<Sector> sectors, List<Area> areas,
                              EntryIntoForceRule entryIntoForce, Period term, Period denunciationNotice,
                              List<Source> sources, Boolean binding, Period renewal, AgreementId amends,
                              AgreementId supersedes) {
        this(agreementId, occurredOn, title, kind, parties, sectors, areas, entryIntoForce, term, denunciationNotice,
             sources, binding, renewal, amends, supersedes, null);
    }

    /** A conclusion as events stored before {@code binding} and the links existed carried it. */
    public AgreementConcluded(AgreementId agreementId, LocalDate occurredOn, String title, InstrumentKind kind,
                              List<Country> parties, List<Sector> sectors, List<Area> areas,
                              EntryIntoForceRule entryIntoForce, Period term, Period denunciationNotice,
                              List<Source> sources) {
        this(agreementId, occurredOn, title, kind, parties, sectors, areas, entryIntoForce, term, denunciationNotice,
                sources, null, null, null, null);
    }

    /** Whether the instrument binds its parties: as stated, else the default of its kind. */
    public boolean bindsParties() {
        return kind.binds(binding);
    }
}
