package dev.entente.benchmarks;

import dev.entente.chronicles.Cast;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.ConcludeAgreement;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.SignAgreement;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.relationship.DeclarePartnership;
import dev.entente.domain.relationship.DeclareSupport;
import dev.entente.domain.relationship.EstablishDiplomaticRelations;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.ReaffirmPartnership;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.visit.ConcludeVisit;
import dev.entente.domain.visit.GunSalute;
import dev.entente.domain.visit.HoldTalks;
import dev.entente.domain.visit.Honours;
import dev.entente.domain.visit.RecordArrival;
import dev.entente.domain.visit.ScheduleVisit;
import dev.entente.domain.visit.TalksFormat;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands of a history of exactly {@code events} events across {@link Cast#DYADS}: each dyad first establishes
 * relations and declares a partnership; then, round after round, each dyad has a visit (scheduled, the guest
 * arrives with honours, talks, two agreements concluded and signed by both parties during the visit, so that they
 * enter into force, the guest departs) and a declaration (support or a reaffirmed partnership).
 */
final class ReplayHistory {

    private static final Sector[] SECTORS = {Sector.TRADE, Sector.ENERGY, Sector.EDUCATION, Sector.CULTURE,
            Sector.TRANSPORT, Sector.HEALTH, Sector.DEFENCE, Sector.TOURISM};

    private final int events;
    private final List<Dyad> dyads;
    private final List<Object> commands = new ArrayList<>();
    private int recorded;

    private ReplayHistory(int events, List<Dyad> dyads) {
        this.events = events;
        this.dyads = List.copyOf(dyads);
    }

    /** The commands, in the order they are sent; together they record exactly {@code events} events. */
    static List<Object> commands(int events) {
        if (events < 1) {
            throw new IllegalArgumentException("A history needs at least one event, asked for " + events);
        }
        return commands(events, Cast.DYADS);
    }

    /** The same history across {@code dyads} only. */
    static List<Object> commands(int events, List<Dyad> dyads) {
        if (events < 1) {
            throw new IllegalArgumentException("A history needs at least one event, asked for " + events);
        }
        ReplayHistory history = new ReplayHistory(events, dyads);
        history.generate();
        return List.copyOf(history.commands);
    }

    private void generate() {
        for (int round = 0; ; round++) {
            for (int d = 0; d < dyads.size(); d++) {
                if (!round(round, d, dyads.get(d))) {
                    return;
                }
            }
        }
    }

    /** One dyad's round; false once the history is complete. */
    private boolean round(int round, int dyadIndex, Dyad dyad) {
        LocalDate day = Cast.FIRST_DAY.plusDays(30L * round);
        if (round == 0) {
            boolean more = add(new EstablishDiplomaticRelations(dyad, day.minusYears(30), Cast.SOURCES), 1)
                    && add(new DeclarePartnership(dyad, day.minusDays(20), PartnershipLevel.STRATEGIC, Cast.SOURCES), 1);
            if (!more) {
                return false;
            }
        }
        boolean firstVisitsSecond = round % 2 == 0;
        Country guestCountry = firstVisitsSecond ? dyad.first() : dyad.second();
        Country host = dyad.other(guestCountry);
        Dignitary guest = firstVisitsSecond ? Cast.headOfState(guestCountry) : Cast.headOfGovernment(guestCountry);
        VisitId visit = VisitId.of("v-" + Cast.slug(dyad) + "-" + round);
        boolean more = add(new ScheduleVisit(visit, day.minusDays(10), guest, host,
                        firstVisitsSecond ? VisitKind.STATE : VisitKind.OFFICIAL, day, day.plusDays(1), Cast.SOURCES), 1)
                && add(new RecordArrival(visit, day, Cast.capitalOf(host) + " airport", List.of(Cast.headOfGovernment(host)),
                        new Honours(true, GunSalute.of(guest.office().customaryGunSaluteRounds()), true,
                                List.of("children with flowers")), Cast.SOURCES), 1)
                && add(new HoldTalks(visit, day, TalksFormat.DELEGATION_LEVEL, List.of(guest, Cast.headOfState(host)),
                        List.of(Sector.TRADE, Sector.ENERGY, Sector.SECURITY), Cast.SOURCES), 1);
        for (int k = 0; more && k < 2; k++) {
            AgreementId agreement = AgreementId.of("a-" + Cast.slug(dyad) + "-" + round + "-" + k);
            Sector sector = SECTORS[(round * 2 + k + dyadIndex) % SECTORS.length];
            boolean binding = k == 0;
            more = add(new ConcludeAgreement(agreement, day, (binding ? "Agreement on " : "Memorandum on ")
                            + sector.name().toLowerCase(java.util.Locale.ROOT) + " cooperation, round " + round,
                            binding ? InstrumentKind.AGREEMENT : InstrumentKind.MEMORANDUM_OF_UNDERSTANDING,
                            List.of(dyad.first(), dyad.second()), List.of(sector), List.of(), null, null, null,
                            Cast.SOURCES), 1)
                    // Signed by both parties on signature: signed, then entered into force.
                    && add(new SignAgreement(agreement, day, Cast.capitalOf(host),
                            List.of(Signature.forParty(dyad.first()), Signature.forParty(dyad.second())), visit,
                            Cast.SOURCES), 2);
        }
        more = more && add(new ConcludeVisit(visit, day.plusDays(1), Cast.capitalOf(host) + " airport", Cast.SOURCES), 1);
        if (more) {
            more = round % 2 == 0
                    ? add(new DeclareSupport(dyad, day.plusDays(1), guestCountry, host, "Issue " + round, "UN General Assembly",
                            Cast.SOURCES), 1)
                    : add(new ReaffirmPartnership(dyad, day.plusDays(1), PartnershipLevel.STRATEGIC, Cast.SOURCES), 1);
        }
        return more;
    }

    /**
     * Adds a command recording {@code eventCount} events; when that would pass the total, a one-event declaration
     * of support takes its place. False once the total is reached.
     */
    private boolean add(Object command, int eventCount) {
        if (recorded + eventCount > events) {
            Dyad dyad = dyads.get(0);
            commands.add(new DeclareSupport(dyad, Cast.FIRST_DAY.plusYears(100), dyad.first(), dyad.second(),
                    "The last issue", null, Cast.SOURCES));
            recorded += 1;
        } else {
            commands.add(command);
            recorded += eventCount;
        }
        return recorded < events;
    }
}
