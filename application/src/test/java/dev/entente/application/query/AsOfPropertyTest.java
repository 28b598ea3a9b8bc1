package dev.entente.application.query;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.analysis.DyadSeries;
import dev.entente.application.analysis.Granularity;
import dev.entente.application.analysis.RelationshipChart;
import dev.entente.application.fixtures.Events;
import dev.entente.application.fixtures.Events.At;
import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.projection.ReadModelProjector;
import dev.entente.domain.agreement.AgreementAmended;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEnteredIntoForce;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementNotified;
import dev.entente.domain.agreement.AgreementProvisionallyApplied;
import dev.entente.domain.agreement.AgreementRatified;
import dev.entente.domain.agreement.AgreementRegistered;
import dev.entente.domain.agreement.AgreementResumed;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.AgreementSuspended;
import dev.entente.domain.agreement.AgreementTerminated;
import dev.entente.domain.agreement.ConsentKind;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.agreement.EntryIntoForceRule.ConsentStep;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.agreement.TerminationGround;
import dev.entente.domain.fixtures.People;
import dev.entente.domain.meeting.MeetingHeld;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.meeting.MeetingKind;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.DiplomaticRelationsRestored;
import dev.entente.domain.relationship.DiplomaticRelationsSevered;
import dev.entente.domain.relationship.GovernmentRecognised;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.relationship.PartnershipDeclared;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.PartnershipReaffirmed;
import dev.entente.domain.relationship.PledgeAnnounced;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.CeremonyKind;
import dev.entente.domain.visit.GuestArrived;
import dev.entente.domain.visit.JointStatementIssued;
import dev.entente.domain.visit.TalksFormat;
import dev.entente.domain.visit.TalksHeld;
import dev.entente.domain.visit.VisitCancelled;
import dev.entente.domain.visit.VisitConcluded;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitScheduled;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Exact as-of, as a property: for generated histories and dates D, every answer for D on the whole history equals
 * the answer on the history cut at D (the events dated on or before D, at their positions). Plain JUnit driven by a
 * seeded {@link Random}, so that a failure names the seed that reproduces it; {@code -Dentente.asof.cases=N} runs N
 * histories instead of the default few hundred.
 */
class AsOfPropertyTest {

    private static final LocalDate START = LocalDate.of(1990, 1, 1);
    /** Before every generated date, so that every chart to a date has a range. */
    private static final LocalDate CHART_FROM = LocalDate.of(1980, 1, 1);
    private static final List<Dyad> DYADS = List.of(AZ_PK, Dyad.of(AZ, TR), Dyad.of(PK, TR));
    private static final List<Source> SOURCES = List.of(
            Source.of("First report", "Wire A", LocalDate.of(2020, 1, 1)),
            Source.of("Second report", "Wire B", LocalDate.of(2020, 2, 1)),
            Source.of("Gazette", "Official gazette", LocalDate.of(2020, 3, 1)),
            Source.of("Treaty series", "Treaty office", LocalDate.of(2020, 4, 1)));

    @Test
    void the_reference_history_answers_each_day_from_what_was_known_that_day() {
        List<At> history = Events.referenceHistory();
        for (At at : history) {
            LocalDate day = dateOf(at.event());
            checkAll(history, day.minusDays(1), "reference");
            checkAll(history, day, "reference");
        }
    }

    @Test
    void generated_histories_answer_each_date_from_what_was_known_on_it() {
        int cases = Integer.getInteger("entente.asof.cases", 300);
        long seed = Long.getLong("entente.asof.seed", 20260907L);
        Random seeds = new Random(seed);
        for (int i = 0; i < cases; i++) {
            long caseSeed = seeds.nextLong();
            Random random = new Random(caseSeed);
            List<At> history = new Generator(random).history();
            List<LocalDate> dates = new ArrayList<>();
            for (int d = 0; d < 6; d++) {
                LocalDate onEvent = dateOf(history.get(random.nextInt(history.size())).event());
                dates.add(onEvent.plusDays(random.nextInt(3) - 1));
            }
            dates.add(START.plusDays(random.nextInt(365 * 30)));
            for (LocalDate date : dates) {
                checkAll(history, date, "case seed " + caseSeed);
            }
        }
    }

    private static void checkAll(List<At> history, LocalDate date, String label) {
        StoreReadModels whole = readModels(history);
        StoreReadModels cut = readModels(history.stream().filter(at -> !dateOf(at.event()).isAfter(date)).toList());
        String where = label + ", as of " + date;
        for (Dyad dyad : DYADS) {
            assertThat(whole.stateOf(dyad, date)).as("state of %s, %s", dyad, where)
                    .isEqualTo(cut.stateOf(dyad, date));
            assertThat(whole.timeline(dyad, null, date)).as("timeline of %s, %s", dyad, where)
                    .isEqualTo(cut.timeline(dyad, null, null));
            assertThat(whole.visits(dyad, date)).as("visits of %s, %s", dyad, where)
                    .isEqualTo(cut.visits(dyad, date));
            // The analysis answers too: the series and the chart to D are drawn from what was dated by D.
            assertThat(DyadSeries.of(whole.records(dyad), dyad.first(), dyad.second(), Granularity.MONTH, null, date,
                    true)).as("series of %s, %s", dyad, where).isEqualTo(DyadSeries.of(cut.records(dyad), dyad.first(),
                    dyad.second(), Granularity.MONTH, null, date, true));
            assertThat(RelationshipChart.svg(whole.records(dyad), dyad.first(), dyad.second(), CHART_FROM, date))
                    .as("chart of %s, %s", dyad, where)
                    .isEqualTo(RelationshipChart.svg(cut.records(dyad), dyad.first(), dyad.second(), CHART_FROM, date));
        }
        assertThat(whole.agreements(AgreementQuery.on(date))).as("agreements, %s", where)
                .isEqualTo(cut.agreements(AgreementQuery.on(date)));
        assertThat(whole.agreements(AgreementQuery.on(date).withParty(TR))).as("agreements with TR, %s", where)
                .isEqualTo(cut.agreements(AgreementQuery.on(date).withParty(TR)));
    }

    private static StoreReadModels readModels(List<At> history) {
        InMemoryReadModelStore store = new InMemoryReadModelStore();
        ReadModelProjector projector = new ReadModelProjector(store);
        history.forEach(at -> projector.project(at.event(), at.position()));
        return new StoreReadModels(store);
    }

    private static LocalDate dateOf(Object event) {
        try {
            return (LocalDate) event.getClass().getMethod("occurredOn").invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A history of a few visits, agreements, relationship facts and multilateral meetings among AZ, PK and TR, some of
     * their steps dated only in part (a month, an approximate year, "on or before" a month: ADR 0016, 0023): each
     * aggregate's events in order of date, the aggregates interleaved at random, as the engine would record them. Postponements are left
     * out: a record keeps only the latest plan (see {@code VisitRecord.asOf}).
     */
    private static final class Generator {
        private final Random random;
        private final List<LinkedList<Object>> scripts = new ArrayList<>();
        private final List<VisitId> visits = new ArrayList<>();
        private final List<AgreementId> agreements = new ArrayList<>();
        private int ids;

        Generator(Random random) {
            this.random = random;
        }

        List<At> history() {
            int visitCount = random.nextInt(4);
            for (int i = 0; i < visitCount; i++) {
                scripts.add(visit());
            }
            int agreementCount = 1 + random.nextInt(5);
            for (int i = 0; i < agreementCount; i++) {
                scripts.add(agreement());
            }
            for (Dyad dyad : DYADS) {
                if (random.nextBoolean()) {
                    scripts.add(relationship(dyad));
                }
            }
            int meetingCount = random.nextInt(3);
            for (int i = 0; i < meetingCount; i++) {
                scripts.add(meeting());
            }
            List<Object> events = new ArrayList<>();
            List<LinkedList<Object>> open = new ArrayList<>(scripts);
            while (!open.isEmpty()) {
                LinkedList<Object> script = open.get(random.nextInt(open.size()));
                events.add(script.removeFirst());
                if (script.isEmpty()) {
                    open.remove(script);
                }
            }
            return Events.numbered(events);
        }

        private List<Source> sources() {
            List<Source> chosen = new ArrayList<>(List.of(SOURCES.get(random.nextInt(SOURCES.size()))));
            if (random.nextInt(4) == 0) {
                Source other = SOURCES.get(random.nextInt(SOURCES.size()));
                if (!chosen.contains(other)) {
                    chosen.add(other);
                }
            }
            return chosen;
        }

        private LocalDate after(LocalDate day, int maxDays) {
            return day.plusDays(random.nextInt(maxDays + 1));
        }

        /**
         * Now and then {@code day}'s month, its year approximately, or "on or before" its month (ADR 0016, 0023), else
         * null for the exact day: the event is then dated by the last day of that interval, see {@link #on}.
         */
        private WrittenDate partly(LocalDate day) {
            return switch (random.nextInt(8)) {
                case 0 -> WrittenDate.parse(YearMonth.from(day).toString());
                case 1 -> WrittenDate.parse(day.getYear() + "~");
                case 2 -> WrittenDate.parse("[.." + YearMonth.from(day) + "]");
                default -> null;
            };
        }

        /** The day an event dated {@code written} (or exactly {@code day}) is known from. */
        private static LocalDate on(WrittenDate written, LocalDate day) {
            return written == null ? day : written.latest();
        }

        private Dyad dyad() {
            return DYADS.get(random.nextInt(DYADS.size()));
        }

        private LinkedList<Object> visit() {
            VisitId id = VisitId.of("visit-" + ids++);
            Dyad dyad = dyad();
            Country guestCountry = random.nextBoolean() ? dyad.first() : dyad.second();
            Country host = dyad.other(guestCountry);
            Dignitary guest = random.nextBoolean() ? Dignitary.headOfState("Head of state of " + guestCountry.code(),
                    guestCountry) : new Dignitary("Minister of " + guestCountry.code(),
                    dev.entente.domain.shared.Office.MINISTER, guestCountry);
            LocalDate scheduledDay = START.plusDays(random.nextInt(365 * 30));
            WrittenDate scheduledAs = partly(scheduledDay);
            LocalDate scheduled = on(scheduledAs, scheduledDay);
            LocalDate from = after(scheduled, 40);
            LocalDate to = after(from, 4);
            LinkedList<Object> events = new LinkedList<>();
            events.add(new VisitScheduled(id, scheduled, guest, host, VisitKind.values()[random.nextInt(
                    VisitKind.values().length)], from, to, sources(), scheduledAs));
            if (random.nextInt(5) == 0) {
                LocalDate cancelled = after(scheduled, 30);
                WrittenDate cancelledAs = partly(cancelled);
                events.add(new VisitCancelled(id, on(cancelledAs, cancelled), "Cancelled", sources(), cancelledAs));
                return events;
            }
            if (random.nextInt(6) == 0) {
                return events;
            }
            WrittenDate arrivedAs = partly(from);
            LocalDate day = on(arrivedAs, from);
            to = day.isAfter(to) ? day : to;
            events.add(new GuestArrived(id, day, "Airport", List.of(People.SHARIF), Events.GRAND_WELCOME,
                    sources(), arrivedAs));
            int steps = random.nextInt(4);
            for (int s = 0; s < steps; s++) {
                day = day.plusDays(random.nextInt(2));
                if (day.isAfter(to)) {
                    day = to;
                }
                WrittenDate stepAs = partly(day);
                day = on(stepAs, day);
                to = day.isAfter(to) ? day : to;
                switch (random.nextInt(3)) {
                    case 0 -> events.add(new CeremonyHeld(id, day, CeremonyKind.WREATH_LAYING, "Wreath", null,
                            sources(), null, stepAs));
                    case 1 -> events.add(new TalksHeld(id, day, TalksFormat.DELEGATION_LEVEL,
                            List.of(guest, People.SHARIF), List.of(Sector.TRADE), sources(), stepAs));
                    default -> events.add(new JointStatementIssued(id, day, "Statement " + s, "Summary", sources(),
                            stepAs));
                }
            }
            visits.add(id);
            if (random.nextInt(5) != 0) {
                WrittenDate departedAs = partly(to);
                events.add(new VisitConcluded(id, on(departedAs, to), "Airport", sources(), departedAs));
            }
            return events;
        }

        private LinkedList<Object> agreement() {
            AgreementId id = AgreementId.of("agreement-" + ids++);
            List<Country> parties = random.nextInt(4) == 0 ? List.of(AZ, PK, TR)
                    : List.of(dyad().first(), dyad().second()).stream().distinct().toList();
            if (parties.size() < 2) {
                parties = List.of(AZ, PK);
            }
            LocalDate day = START.plusDays(random.nextInt(365 * 30));
            LinkedList<Object> events = new LinkedList<>();
            InstrumentKind kind = InstrumentKind.values()[random.nextInt(InstrumentKind.values().length)];
            List<Sector> sectors = List.of(Sector.values()[random.nextInt(4)]);
            if (random.nextInt(3) == 0) {
                // Treaty practice: a renewing term, a link to an earlier agreement (which the register lists it
                // under on the dates it is signed by), a rule not on record.
                AgreementId earlier = agreements.isEmpty() ? null : agreements.get(random.nextInt(agreements.size()));
                events.add(new AgreementConcluded(id, day, "Agreement " + id.value(), kind, parties, sectors,
                        List.of(), random.nextBoolean() ? EntryIntoForceRule.notOnRecord()
                                : EntryIntoForceRule.daysAfter(30, ConsentStep.NOTIFICATION, null),
                        Period.ofYears(5), null, sources(), null, random.nextBoolean() ? Period.ofYears(5) : null,
                        random.nextBoolean() ? earlier : null, random.nextBoolean() ? earlier : null, null));
            } else {
                events.add(Events.concluded(id, day, kind, parties, sectors));
            }
            agreements.add(id);
            if (random.nextInt(6) == 0) {
                return events;
            }
            day = after(day, 30);
            LocalDate signedDay = day;
            WrittenDate signedAs = partly(signedDay);
            day = on(signedAs, signedDay);
            VisitId during = visits.isEmpty() || random.nextBoolean() ? null
                    : visits.get(random.nextInt(visits.size()));
            events.add(new AgreementSigned(id, day, "Capital",
                    parties.stream().map(Signature::forParty).toList(), during, sources(), signedAs));
            for (Country party : parties) {
                if (random.nextBoolean()) {
                    LocalDate ratifiedDay = after(day, 200);
                    WrittenDate ratifiedAs = partly(ratifiedDay);
                    day = on(ratifiedAs, ratifiedDay);
                    events.add(new AgreementRatified(id, day, party, ConsentKind.RATIFICATION, sources(), ratifiedAs));
                }
            }
            for (Country party : parties) {
                if (random.nextInt(3) == 0) {
                    LocalDate notifiedDay = after(day, 100);
                    WrittenDate notifiedAs = partly(notifiedDay);
                    day = on(notifiedAs, notifiedDay);
                    events.add(new AgreementNotified(id, day, party, sources(), notifiedAs));
                }
            }
            if (random.nextInt(4) == 0) {
                LocalDate appliedDay = after(day, 60);
                WrittenDate appliedAs = partly(appliedDay);
                day = on(appliedAs, appliedDay);
                events.add(new AgreementProvisionallyApplied(id, day, sources(), appliedAs));
            }
            if (random.nextInt(4) != 0) {
                LocalDate inForceDay = after(day, 90);
                WrittenDate inForceAs = partly(inForceDay);
                day = on(inForceAs, inForceDay);
                LocalDate expiry = random.nextBoolean() ? null : day.plusYears(1 + random.nextInt(10));
                WrittenDate expiresAs = expiry == null ? null : partly(expiry);
                LocalDate expires = expiry == null ? null : on(expiresAs, expiry);
                switch (random.nextInt(3)) {
                    case 0 -> events.add(new AgreementEnteredIntoForce(id, day, expires, sources(), null, null, null,
                            inForceAs, expiresAs));
                    case 1 -> events.add(new AgreementEnteredIntoForce(id, day, expires, sources(), true, null, null,
                            inForceAs, expiresAs));
                    default -> {
                        // The sources state one date, the rule derives a later one: both kept, recorded in either
                        // order; the derived one is dated after the observed one.
                        AgreementEnteredIntoForce observed = new AgreementEnteredIntoForce(id, day, expires,
                                sources(), true, null, null);
                        AgreementEnteredIntoForce derived = new AgreementEnteredIntoForce(id, day.plusDays(
                                1 + random.nextInt(60)), expires, sources(), false, "30 days after the last notification",
                                "a notification");
                        events.add(random.nextBoolean() ? observed : derived);
                        events.add(events.getLast() == observed ? derived : observed);
                    }
                }
            }
            int more = random.nextInt(5);
            boolean suspended = false;
            boolean registered = false;
            for (int m = 0; m < more; m++) {
                LocalDate stepDay = after(day, 1500);
                WrittenDate stepAs = partly(stepDay);
                day = on(stepAs, stepDay);
                switch (random.nextInt(6)) {
                    case 0 -> {
                        events.add(suspended ? new AgreementResumed(id, day, sources(), stepAs)
                                : new AgreementSuspended(id, day, "Dispute", sources(), stepAs));
                        suspended = !suspended;
                    }
                    case 1 -> events.add(new AgreementAmended(id, day, "Protocol " + m, sources(), stepAs));
                    case 2 -> {
                        // Registered once, as the domain allows.
                        if (!registered) {
                            events.add(new AgreementRegistered(id, day, "UNTS " + m, sources(), stepAs));
                            registered = true;
                        }
                    }
                    default -> {
                        // A termination may take effect before it is recorded (retroactively) or after.
                        LocalDate effective = day.plusDays(random.nextInt(400) - 200);
                        events.add(new AgreementTerminated(id, day, effective, TerminationGround.MUTUAL_CONSENT,
                                null, null, sources(), stepAs));
                        return events;
                    }
                }
            }
            return events;
        }

        /** A multilateral meeting of AZ, PK and TR: one event, which reaches all three dyads. */
        private LinkedList<Object> meeting() {
            MeetingId id = MeetingId.of("meeting-" + ids++);
            LocalDate heldDay = START.plusDays(random.nextInt(365 * 30));
            WrittenDate heldAs = partly(heldDay);
            LocalDate day = on(heldAs, heldDay);
            Country host = random.nextBoolean() ? null : List.of(AZ, PK, TR).get(random.nextInt(3));
            return new LinkedList<>(List.of(new MeetingHeld(id, day, MeetingKind.values()[random.nextInt(
                    MeetingKind.values().length)], random.nextBoolean() ? "Trilateral summit" : null, "Astana", host,
                    List.of(AZ, PK, TR), List.of(), null, sources(), heldAs)));
        }

        private LinkedList<Object> relationship(Dyad dyad) {
            LinkedList<Object> events = new LinkedList<>();
            LocalDate day = START.plusDays(random.nextInt(365 * 20));
            // Some facts dated only by their month (ADR 0016): stored on the month's last day, which the cut compares.
            WrittenDate month = WrittenDate.parse(YearMonth.from(day).toString());
            if (random.nextBoolean()) {
                events.add(new IndependenceRecognised(dyad, month.latest(), dyad.first(), dyad.second(), sources(),
                        month));
                day = month.latest();
            } else {
                events.add(new IndependenceRecognised(dyad, day, dyad.first(), dyad.second(), sources()));
            }
            day = after(day, 400);
            events.add(new DiplomaticRelationsEstablished(dyad, day, sources()));
            PartnershipLevel level = new PartnershipLevel("Strategic Partnership");
            int more = random.nextInt(6);
            boolean severed = false;
            for (int m = 0; m < more; m++) {
                day = after(day, 1500);
                switch (random.nextInt(6)) {
                    case 0 -> {
                        events.add(severed ? new DiplomaticRelationsRestored(dyad, day, sources())
                                : new DiplomaticRelationsSevered(dyad, day, dyad.first(), "Dispute", sources()));
                        severed = !severed;
                    }
                    case 1 -> events.add(new PartnershipDeclared(dyad, day, level, sources()));
                    case 2 -> events.add(new PartnershipReaffirmed(dyad, day, level, sources()));
                    case 3 -> events.add(new SupportDeclared(dyad, day, dyad.second(), dyad.first(), "Issue " + m,
                            null, sources()));
                    case 4 -> {
                        WrittenDate year = WrittenDate.parse(String.valueOf(day.getYear()));
                        events.add(new GovernmentRecognised(dyad, year.latest(), dyad.second(), dyad.first(), null,
                                sources(), year));
                        day = year.latest();
                    }
                    default -> events.add(new PledgeAnnounced(dyad, day, dyad.first(), "investment", "$" + m + " billion",
                            List.of(), sources(), null));
                }
            }
            return events;
        }
    }
}
