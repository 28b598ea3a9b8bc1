package dev.entente.domain.agreement;

import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Concludes (adopts the text of) an agreement between two or more parties. {@code entryIntoForce} defaults to
 * {@linkplain EntryIntoForceRule#onSignature() on signature}; {@code term} (e.g. five years) and
 * {@code denunciationNotice} are optional. {@code renewal}, with a term, renews it automatically for successive
 * periods of that length until it is denounced. {@code binding} overrides the default of the kind (a joint
 * declaration both parliaments ratified binds). {@code amends} and {@code supersedes} name the agreement this
 * instrument amends (a protocol, an amendment) or replaces.
 */
public record ConcludeAgreement(AgreementId agreementId, LocalDate occurredOn, String title, InstrumentKind kind,
                                List<Country> parties, List<Sector> sectors, List<Area> areas,
                                EntryIntoForceRule entryIntoForce, Period term, Period denunciationNotice,
                                List<Source> sources, Boolean binding, Period renewal, AgreementId amends,
                                AgreementId supersedes) implements AgreementCommand {

    public ConcludeAgreement {
        Values.required(agreementId, "agreement id");
        Values.date(occurredOn, "date of conclusion");
        title = Values.text(title, "title");
        Values.required(kind, "kind of instrument");
        parties = Values.distinct(parties, "parties");
        sectors = Values.distinct(sectors, "sectors");
        areas = Values.distinct(areas, "areas");
        entryIntoForce = entryIntoForce == null ? EntryIntoForceRule.onSignature() : entryIntoForce;
        if (entryIntoForce instanceof EntryIntoForceRule.OnFixedDate fixed) {
            Values.date(fixed.date(), "date of entry into force");
        }
        sources = Values.sources(sources);
    }

    /** An agreement with the defaults of its kind, no renewal and no link to another agreement. */
    public ConcludeAgreement(AgreementId agreementId, LocalDate occurredOn, String title, InstrumentKind kind,
                             List<Country> parties, List<Sector> sectors, List<Area> areas,
                             EntryIntoForceRule entryIntoForce, Period term, Period denunciationNotice,
                             List<Source> sources) {
        this(agreementId, occurredOn, title, kind, parties, sectors, areas, entryIntoForce, term, denunciationNotice,
                sources, null, null, null, null);
    }

    /** Whether the instrument binds its parties: as stated, else the default of its kind. */
    public boolean bindsParties() {
        return binding == null ? kind.isBinding() : binding;
    }
}
