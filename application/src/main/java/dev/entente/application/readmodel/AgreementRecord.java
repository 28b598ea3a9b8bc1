package dev.entente.application.readmodel;

import dev.entente.domain.agreement.AgreementAmended;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEnteredIntoForce;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementNotified;
import dev.entente.domain.agreement.AgreementProvisionallyApplied;
import dev.entente.domain.agreement.AgreementRatified;
import dev.entente.domain.agreement.AgreementRegistered;
import dev.entente.domain.agreement.AgreementResumed;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.agreement.AgreementSuspended;
import dev.entente.domain.agreement.AgreementTerminated;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.visit.VisitId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Everything known about one agreement, folded from its events: the read model behind the agreement register. Its
 * status on any date is derived from the dates its events carry, expiry included (no timers). {@code position} is
 * the global index of the last event folded in.
 * <p>
 * {@code entriesIntoForce} keeps every entry into force recorded, observed (stated by the sources) and derived (from
 * the rule); {@code inForceFrom} and {@code expiresOn} are those of the one shown: the observed one when there is one,
 * else the derived one. {@code binding}, {@code renewal}, {@code amends} and {@code supersedes} come from the
 * conclusion; records written before they existed hold null (and no entries into force) in them.
 * {@code concludedAsWritten} is the date of conclusion as the sources give it, null for an exact day; every date here
 * is the day a fact is known from (ADR 0016, 0023), and the {@code ...Written()} methods give them as written.
 */
public record AgreementRecord(AgreementId id, String title, InstrumentKind kind, List<Country> parties,
                              List<Sector> sectors, List<Area> areas, EntryIntoForceRule entryIntoForce, Period term,
                              LocalDate concludedOn, List<AgreementSigned> signings,
                              List<AgreementRatified> ratifications, LocalDate provisionallyAppliedFrom,
                              LocalDate inForceFrom, LocalDate expiresOn, List<Suspension> suspensions,
                              List<AgreementAmended> amendments, AgreementTerminated termination,
                              AgreementRegistered registration, List<Source> sources, long position,
                              Boolean binding, Period renewal, AgreementId amends, AgreementId supersedes,
                              List<AgreementNotified> notifications,
                              List<AgreementEnteredIntoForce> entriesIntoForce, List<AnnotatedFact> annotations,
                              WrittenDate concludedAsWritten) {

    /** A period during which the agreement's operation was suspended; {@code until} is null while it lasts. */
    public record Suspension(LocalDate from, LocalDate until, String reason) {

        boolean covers(LocalDate date) {
            return !from.isAfter(date) && (until == null || until.isAfter(date));
        }
    }

    public AgreementRecord {
        parties = Folds.list(parties);
        sectors = Folds.list(sectors);
        areas = Folds.list(areas);
        signings = Folds.list(signings);
        ratifications = Folds.list(ratifications);
        suspensions = Folds.list(suspensions);
        amendments = Folds.list(amendments);
        sources = Folds.list(sources);
        notifications = Folds.list(notifications);
        entriesIntoForce = Folds.list(entriesIntoForce);
        annotations = Folds.list(annotations);
    }

    /** A record whose conclusion is dated by an exact day. */
    public AgreementRecord(AgreementId id, String title, InstrumentKind kind, List<Country> parties,
                           List<Sector> sectors, List<Area> areas, EntryIntoForceRule entryIntoForce, Period term,
                           LocalDate concludedOn, List<AgreementSigned> signings,
                           List<AgreementRatified> ratifications, LocalDate provisionallyAppliedFrom,
                           LocalDate inForceFrom, LocalDate expiresOn, List<Suspension> suspensions,
                           List<AgreementAmended> amendments, AgreementTerminated termination,
                           AgreementRegistered registration, List<Source> sources, long position,
                           Boolean binding, Period renewal, AgreementId amends, AgreementId supersedes,
                           List<AgreementNotified> notifications,
                           List<AgreementEnteredIntoForce> entriesIntoForce, List<AnnotatedFact> annotations) {
        this(id, title, kind, parties, sectors, areas, entryIntoForce, term, concludedOn, signings, ratifications,
                provisionallyAppliedFrom, inForceFrom, expiresOn, suspensions, amendments, termination, registration,
                sources, position, binding, renewal, amends, supersedes, notifications, entriesIntoForce, annotations,
                null);
    }

    /** A record with no annotated facts. */
    public AgreementRecord(AgreementId id, String title, InstrumentKind kind, List<Country> parties,
                           List<Sector> sectors, List<Area> areas, EntryIntoForceRule entryIntoForce, Period term,
                           LocalDate concludedOn, List<AgreementSigned> signings,
                           List<AgreementRatified> ratifications, LocalDate provisionallyAppliedFrom,
                           LocalDate inForceFrom, LocalDate expiresOn, List<Suspension> suspensions,
                           List<AgreementAmended> amendments, AgreementTerminated termination,
                           AgreementRegistered registration, List<Source> sources, long position) {
        this(id, title, kind, parties, sectors, areas, entryIntoForce, term, concludedOn, signings, ratifications,
                provisionallyAppliedFrom, inForceFrom, expiresOn, suspensions, amendments, termination, registration,
                sources, position, null, null, null, null, List.of(), List.of(), List.of());
    }

    /** The record an agreement starts with. */
    public static AgreementRecord of(AgreementConcluded event, long position) {
        return of(event, position, Annotations.NONE);
    }

    /** The record an agreement starts with, its conclusion recorded with {@code annotations}. */
    public static AgreementRecord of(AgreementConcluded event, long position, Annotations annotations) {
        return new AgreementRecord(event.agreementId(), event.title(), event.kind(), event.parties(), event.sectors(),
                event.areas(), event.entryIntoForce(), event.term(), event.occurredOn(), List.of(), List.of(), null,
                null, null, List.of(), List.of(), null, null, event.sources(), position, event.bindsParties(),
                event.renewal(), event.amends(), event.supersedes(), List.of(), List.of(),
                Folds.annotated(List.of(), Describe.kindOf(event), event.occurredOn(), position, annotations),
                event.dateAsWritten());
    }

    /** The annotations recorded with the fact {@code event} of this agreement; {@link Annotations#NONE} when none. */
    public Annotations annotationsOf(AgreementEvent event) {
        return Folds.annotationsOf(annotations, Describe.kindOf(event), event.occurredOn());
    }

    /** This record with {@code event} folded in. */
    public AgreementRecord apply(AgreementEvent event, long at) {
        return apply(event, at, Annotations.NONE);
    }

    /** This record with {@code event}, recorded with {@code annotations}, folded in. */
    public AgreementRecord apply(AgreementEvent event, long at, Annotations annotations) {
        Builder next = new Builder(this, at);
        next.annotations = Folds.annotated(this.annotations, Describe.kindOf(event), event.occurredOn(), at,
                annotations);
        next.sources = Folds.union(sources, event.sources());
        if (event instanceof AgreementSigned signed) {
            next.signings = Folds.plus(signings, signed);
        } else if (event instanceof AgreementRatified ratified) {
            next.ratifications = Folds.plus(ratifications, ratified);
        } else if (event instanceof AgreementEnteredIntoForce inForce) {
            next.entriesIntoForce = Folds.plus(entriesIntoForce, inForce);
            AgreementEnteredIntoForce shown = shown(next.entriesIntoForce);
            next.inForceFrom = shown.occurredOn();
            next.expiresOn = shown.expiresOn();
        } else if (event instanceof AgreementNotified notified) {
            next.notifications = Folds.plus(notifications, notified);
        } else if (event instanceof AgreementProvisionallyApplied applied) {
            next.provisionallyAppliedFrom = applied.occurredOn();
        } else if (event instanceof AgreementSuspended suspended) {
            next.suspensions = Folds.plus(suspensions, new Suspension(suspended.occurredOn(), null, suspended.reason()));
        } else if (event instanceof AgreementResumed resumed) {
            List<Suspension> closed = new ArrayList<>(suspensions);
            if (!closed.isEmpty() && closed.get(closed.size() - 1).until() == null) {
                Suspension open = closed.remove(closed.size() - 1);
                closed.add(new Suspension(open.from(), resumed.occurredOn(), open.reason()));
            }
            next.suspensions = closed;
        } else if (event instanceof AgreementAmended amended) {
            next.amendments = Folds.plus(amendments, amended);
        } else if (event instanceof AgreementTerminated terminated) {
            next.termination = terminated;
        } else if (event instanceof AgreementRegistered registered) {
            next.registration = registered;
        }
        return next.build();
    }

    /** Where the agreement stood on {@code date}; null when it was not yet concluded then. */
    public AgreementStatus statusOn(LocalDate date) {
        if (concludedOn.isAfter(date)) {
            return null;
        }
        // A termination taking effect after the expiry never took effect: the agreement had already ended.
        if (termination != null && !termination.effectiveOn().isAfter(date)
                && (expiresOn == null || !termination.effectiveOn().isAfter(expiresOn))) {
            return AgreementStatus.TERMINATED;
        }
        if (expiresOn != null && !expiresOn.isAfter(date)) {
            return AgreementStatus.EXPIRED;
        }
        // Loops rather than streams here: every question asks the status of each agreement (docs/adr/0034).
        for (var suspension : suspensions) {
            if (suspension.covers(date)) {
                return AgreementStatus.SUSPENDED;
            }
        }
        if (inForceFrom != null && !inForceFrom.isAfter(date)) {
            return AgreementStatus.IN_FORCE;
        }
        if (provisionallyAppliedFrom != null && !provisionallyAppliedFrom.isAfter(date)) {
            return AgreementStatus.PROVISIONALLY_APPLIED;
        }
        for (var signing : signings) {
            if (!signing.occurredOn().isAfter(date)) {
                return AgreementStatus.SIGNED;
            }
        }
        return AgreementStatus.CONCLUDED;
    }

    /**
     * This agreement as a reader knew it on {@code date}: only the facts dated on or before it, with the sources and
     * position of those facts, taken from the agreement's own timeline {@code entries} (read only when something is cut) (of any one dyad among its
     * parties). Null when it was not yet concluded then; the record itself when nothing in it is dated later.
     */
    public AgreementRecord asOf(LocalDate date, Supplier<List<TimelineEntry>> entries) {
        if (concludedOn.isAfter(date)) {
            return null;
        }
        if (!lastFactOn().isAfter(date)) {
            return this;
        }
        Folds.Known known = Folds.known(entries.get(), "agreement.", id.value(), date);
        Builder cut = new Builder(this, known.position());
        cut.signings = signings.stream().filter(s -> !s.occurredOn().isAfter(date)).toList();
        cut.ratifications = ratifications.stream().filter(r -> !r.occurredOn().isAfter(date)).toList();
        cut.provisionallyAppliedFrom = onOrBefore(provisionallyAppliedFrom, date);
        cut.notifications = notifications.stream().filter(n -> !n.occurredOn().isAfter(date)).toList();
        if (entriesIntoForce.isEmpty()) {
            cut.inForceFrom = onOrBefore(inForceFrom, date);
            cut.expiresOn = cut.inForceFrom == null ? null : expiresOn;
        } else {
            cut.entriesIntoForce = entriesIntoForce.stream().filter(e -> !e.occurredOn().isAfter(date)).toList();
            AgreementEnteredIntoForce shown = shown(cut.entriesIntoForce);
            cut.inForceFrom = shown == null ? null : shown.occurredOn();
            cut.expiresOn = shown == null ? null : shown.expiresOn();
        }
        cut.suspensions = suspensions.stream().filter(s -> !s.from().isAfter(date))
                .map(s -> s.until() == null || !s.until().isAfter(date) ? s : new Suspension(s.from(), null, s.reason()))
                .toList();
        cut.amendments = amendments.stream().filter(a -> !a.occurredOn().isAfter(date)).toList();
        cut.termination = termination == null || termination.occurredOn().isAfter(date) ? null : termination;
        cut.registration = registration == null || registration.occurredOn().isAfter(date) ? null : registration;
        cut.sources = known.sources();
        cut.annotations = annotations.stream().filter(a -> !a.occurredOn().isAfter(date)).toList();
        return cut.build();
    }

    /** The date of the latest fact folded into this record. */
    private LocalDate lastFactOn() {
        LocalDate last = concludedOn;
        for (AgreementSigned s : signings) {
            last = Folds.later(last, s.occurredOn());
        }
        for (AgreementRatified r : ratifications) {
            last = Folds.later(last, r.occurredOn());
        }
        last = Folds.later(last, provisionallyAppliedFrom);
        last = Folds.later(last, inForceFrom);
        for (AgreementNotified n : notifications) {
            last = Folds.later(last, n.occurredOn());
        }
        for (AgreementEnteredIntoForce e : entriesIntoForce) {
            last = Folds.later(last, e.occurredOn());
        }
        for (Suspension s : suspensions) {
            last = Folds.later(Folds.later(last, s.from()), s.until());
        }
        for (AgreementAmended a : amendments) {
            last = Folds.later(last, a.occurredOn());
        }
        last = Folds.later(last, termination == null ? null : termination.occurredOn());
        return Folds.later(last, registration == null ? null : registration.occurredOn());
    }

    /** The entry into force shown: the one the sources state when there is one, else the last one derived. */
    private static AgreementEnteredIntoForce shown(List<AgreementEnteredIntoForce> entries) {
        AgreementEnteredIntoForce shown = null;
        for (AgreementEnteredIntoForce entry : entries) {
            if (entry.wasObserved()) {
                return entry;
            }
            shown = entry;
        }
        return shown;
    }

    /** The entry into force shown, or null when none is recorded (or the record predates the list of them). */
    public AgreementEnteredIntoForce entryIntoForceShown() {
        return shown(entriesIntoForce);
    }

    /**
     * The entry into force the rule derived when the sources state another date: both are kept, and this one is
     * shown beside the observed one. Null when they agree, or when there is not both.
     */
    public AgreementEnteredIntoForce derivedEntryDisagreeing() {
        AgreementEnteredIntoForce shown = shown(entriesIntoForce);
        if (shown == null || !shown.wasObserved()) {
            return null;
        }
        return entriesIntoForce.stream().filter(e -> !e.wasObserved())
                .filter(e -> !e.occurredOn().equals(shown.occurredOn())).findFirst().orElse(null);
    }

    /** Whether the agreement waits for an entry into force the sources state, its rule being not on record. */
    public boolean entryIntoForceNotOnRecord() {
        return entryIntoForce instanceof EntryIntoForceRule.NotOnRecord;
    }

    private static LocalDate onOrBefore(LocalDate day, LocalDate date) {
        return day == null || day.isAfter(date) ? null : day;
    }

    /** Whether any signature of this agreement was made during {@code visit}. */
    public boolean signedDuring(VisitId visit) {
        return signings.stream().anyMatch(s -> visit.equals(s.duringVisit()));
    }

    /** The date of the first signature, or null when unsigned. */
    public LocalDate firstSignedOn() {
        return signings.isEmpty() ? null : signings.get(0).occurredOn();
    }

    /** The date of conclusion as written. */
    public WrittenDate concludedWritten() {
        return concludedAsWritten == null ? WrittenDate.day(concludedOn) : concludedAsWritten;
    }

    /** The date of the first signature as written, or null when unsigned. */
    public WrittenDate firstSignedWritten() {
        return signings.isEmpty() ? null : signings.get(0).writtenDate();
    }

    /** The date of the entry into force shown, as written; null when not in force on record. */
    public WrittenDate inForceFromWritten() {
        AgreementEnteredIntoForce shown = shown(entriesIntoForce);
        return shown != null ? shown.writtenDate() : inForceFrom == null ? null : WrittenDate.day(inForceFrom);
    }

    /** The date of expiry as written; null when it does not expire on record. */
    public WrittenDate expiresWritten() {
        AgreementEnteredIntoForce shown = shown(entriesIntoForce);
        return shown != null && shown.expiresAsWritten() != null ? shown.expiresAsWritten()
                : expiresOn == null ? null : WrittenDate.day(expiresOn);
    }

    /** Every dyad among the parties: one for a bilateral agreement, three for a trilateral one. */
    public List<Dyad> dyads() {
        List<Dyad> dyads = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                dyads.add(Dyad.of(parties.get(i), parties.get(j)));
            }
        }
        return List.copyOf(dyads);
    }

    /** A mutable copy, so that each fold step names only what changes. */
    private static final class Builder {
        private final AgreementRecord from;
        private final long position;
        private List<AgreementSigned> signings;
        private List<AgreementRatified> ratifications;
        private LocalDate provisionallyAppliedFrom;
        private LocalDate inForceFrom;
        private LocalDate expiresOn;
        private List<Suspension> suspensions;
        private List<AgreementAmended> amendments;
        private AgreementTerminated termination;
        private AgreementRegistered registration;
        private List<Source> sources;
        private List<AgreementNotified> notifications;
        private List<AgreementEnteredIntoForce> entriesIntoForce;
        private List<AnnotatedFact> annotations;

        Builder(AgreementRecord from, long position) {
            this.from = from;
            this.position = position;
            signings = from.signings;
            ratifications = from.ratifications;
            provisionallyAppliedFrom = from.provisionallyAppliedFrom;
            inForceFrom = from.inForceFrom;
            expiresOn = from.expiresOn;
            suspensions = from.suspensions;
            amendments = from.amendments;
            termination = from.termination;
            registration = from.registration;
            sources = from.sources;
            notifications = from.notifications;
            entriesIntoForce = from.entriesIntoForce;
            annotations = from.annotations;
        }

        AgreementRecord build() {
            return new AgreementRecord(from.id, from.title, from.kind, from.parties, from.sectors, from.areas,
                    from.entryIntoForce, from.term, from.concludedOn, signings, ratifications,
                    provisionallyAppliedFrom, inForceFrom, expiresOn, suspensions, amendments, termination,
                    registration, sources, position, from.binding, from.renewal, from.amends, from.supersedes,
                    notifications, entriesIntoForce, annotations, from.concludedAsWritten);
        }
    }
}
