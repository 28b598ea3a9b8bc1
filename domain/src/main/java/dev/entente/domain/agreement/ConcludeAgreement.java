package dev.entente.domain.agreement;

import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.PartlyDatedBuilder;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

/**
 * Concludes (adopts the text of) an agreement between two or more parties. Fifteen components: write it with
 * {@link #builder(AgreementId)}.
 *
 * @param parties the parties, each once; null for none on record
 * @param sectors the sectors it concerns, each once; null for none
 * @param areas the areas of cooperation it names, each once; null for none
 * @param entryIntoForce how it enters into force; null for {@linkplain EntryIntoForceRule#onSignature() on signature}
 * @param term how long it stays in force, e.g. five years; null when it has no fixed term
 * @param denunciationNotice the notice a party must give to denounce it; null when it states none (a denunciation then
 * takes effect twelve months after notice, see {@link TerminateAgreement})
 * @param sources the sources that report it; null for none
 * @param binding whether it binds its parties, overriding the default of its kind (a joint declaration both
 * parliaments ratified binds); null for the default, {@link InstrumentKind#isBinding()}
 * @param renewal with a term, the length of each automatic renewal until it is denounced; null when it is not renewed
 * @param amends the agreement this instrument amends (a protocol, an amendment); null for none
 * @param supersedes the agreement this instrument replaces; null for none
 */
public record ConcludeAgreement(AgreementId agreementId, LocalDate occurredOn, String title, InstrumentKind kind,
                                List<Country> parties, List<Sector> sectors, List<Area> areas,
                                EntryIntoForceRule entryIntoForce, Period term, Period denunciationNotice,
                                List<Source> sources, Boolean binding, Period renewal, AgreementId amends,
                                AgreementId supersedes, WrittenDate dateAsWritten) implements AgreementCommand {

    public ConcludeAgreement {
        Values.required(agreementId, "agreement id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of conclusion");
        dateAsWritten = Values.written(dateAsWritten);
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

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public ConcludeAgreement(AgreementId agreementId, LocalDate occurredOn, String title, InstrumentKind kind,
                             List<Country> parties, List<Sector> sectors, List<Area> areas,
                             EntryIntoForceRule entryIntoForce, Period term, Period denunciationNotice,
                             List<Source> sources, Boolean binding, Period renewal, AgreementId amends,
                             AgreementId supersedes) {
        this(agreementId, occurredOn, title, kind, parties, sectors, areas, entryIntoForce, term, denunciationNotice,
             sources, binding, renewal, amends, supersedes, null);
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
        return kind.binds(binding);
    }

    /** A {@link Builder} for this command on {@code agreementId}. */
    public static Builder builder(AgreementId agreementId) {
        return new Builder(agreementId);
    }

    /**
     * Builds {@link ConcludeAgreement} by naming its components. Each method sets the component of the same name,
     * whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final AgreementId agreementId;
        private String title;
        private InstrumentKind kind;
        private List<Country> parties;
        private List<Sector> sectors;
        private List<Area> areas;
        private EntryIntoForceRule entryIntoForce;
        private Period term;
        private Period denunciationNotice;
        private Boolean binding;
        private Period renewal;
        private AgreementId amends;
        private AgreementId supersedes;

        private Builder(AgreementId agreementId) {
            this.agreementId = agreementId;
        }
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder kind(InstrumentKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder parties(List<Country> parties) {
            this.parties = parties;
            return this;
        }

        public Builder parties(Country... parties) {
            return parties(parties == null ? null : Arrays.asList(parties));
        }

        public Builder sectors(List<Sector> sectors) {
            this.sectors = sectors;
            return this;
        }

        public Builder sectors(Sector... sectors) {
            return sectors(sectors == null ? null : Arrays.asList(sectors));
        }

        public Builder areas(List<Area> areas) {
            this.areas = areas;
            return this;
        }

        public Builder areas(Area... areas) {
            return areas(areas == null ? null : Arrays.asList(areas));
        }

        public Builder entryIntoForce(EntryIntoForceRule entryIntoForce) {
            this.entryIntoForce = entryIntoForce;
            return this;
        }

        public Builder term(Period term) {
            this.term = term;
            return this;
        }

        public Builder denunciationNotice(Period denunciationNotice) {
            this.denunciationNotice = denunciationNotice;
            return this;
        }

        public Builder binding(Boolean binding) {
            this.binding = binding;
            return this;
        }

        public Builder renewal(Period renewal) {
            this.renewal = renewal;
            return this;
        }

        public Builder amends(AgreementId amends) {
            this.amends = amends;
            return this;
        }

        public Builder supersedes(AgreementId supersedes) {
            this.supersedes = supersedes;
            return this;
        }

        /** The command, validated by the record's constructor. */
        public ConcludeAgreement build() {
            return new ConcludeAgreement(agreementId, occurredOn, title, kind, parties, sectors, areas, entryIntoForce, term,
                    denunciationNotice, sources, binding, renewal, amends, supersedes, dateAsWritten);
        }
    }
}
