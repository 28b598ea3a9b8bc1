package dev.entente.domain.visit;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Decider;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.PartialDates;
import dev.entente.domain.shared.RuleViolation;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/** The rules of a {@link Visit} as pure functions: which events a command records, and what each event changes. */
public final class VisitDecider implements Decider<VisitState, VisitCommand, VisitEvent> {

    /** The one instance; it holds no state. */
    public static final VisitDecider INSTANCE = new VisitDecider();

    private VisitDecider() {
    }

    @Override
    public VisitState initial() {
        return VisitState.INITIAL;
    }

    @Override
    public List<VisitEvent> decide(VisitState state, VisitCommand command) {
        if (command instanceof ScheduleVisit c) {
            return List.of(schedule(state, c));
        }
        if (command instanceof PostponeVisit c) {
            return List.of(postpone(state, c));
        }
        if (command instanceof CancelVisit c) {
            return List.of(cancel(state, c));
        }
        if (command instanceof RecordArrival c) {
            return List.of(arrive(state, c));
        }
        if (command instanceof HoldCeremony c) {
            return List.of(holdCeremony(state, c));
        }
        if (command instanceof HoldTalks c) {
            return List.of(holdTalks(state, c));
        }
        if (command instanceof IssueJointStatement c) {
            return List.of(issueJointStatement(state, c));
        }
        if (command instanceof ConcludeVisit c) {
            return List.of(conclude(state, c));
        }
        throw new IllegalArgumentException("A visit has no rule for " + command.getClass().getName());
    }

    static VisitScheduled schedule(VisitState state, ScheduleVisit command) {
        mustNotBeScheduledYet(state, command);
        guestMustNotBeTheHost(command);
        plannedDatesMustBeInOrder(command.visitId(), command.plannedFrom(), command.plannedTo());
        mustBeScheduledBeforeItStarts(command);
        return new VisitScheduled(command.visitId(), command.occurredOn(), command.guest(), command.host(),
                command.kind(), command.plannedFrom(), command.plannedTo(), command.sources(), command.dateAsWritten());
    }

    static VisitPostponed postpone(VisitState state, PostponeVisit command) {
        mustBeScheduled(state, command);
        mustNotBeCancelled(state, command);
        mustNotBeConcluded(state, command);
        mustNotHaveArrived(state, command, VisitRule.POSTPONEMENT_AFTER_ARRIVAL, "be postponed");
        mustNotPrecedeLastChange(state, command);
        plannedDatesMustBeInOrder(state.visitId(), command.plannedFrom(), command.plannedTo());
        postponementMustMoveTheStartLater(state, command);
        return new VisitPostponed(state.visitId(), command.occurredOn(), command.plannedFrom(), command.plannedTo(),
                command.reason(), command.sources(), command.dateAsWritten());
    }

    static VisitCancelled cancel(VisitState state, CancelVisit command) {
        mustBeScheduled(state, command);
        mustNotBeCancelled(state, command);
        mustNotBeConcluded(state, command);
        mustNotHaveArrived(state, command, VisitRule.CANCELLATION_AFTER_ARRIVAL, "be cancelled");
        mustNotPrecedeLastChange(state, command);
        return new VisitCancelled(state.visitId(), command.occurredOn(), command.reason(), command.sources(),
                command.dateAsWritten());
    }

    static GuestArrived arrive(VisitState state, RecordArrival command) {
        mustBeScheduled(state, command);
        mustNotBeCancelled(state, command);
        mustNotBeConcluded(state, command);
        mustNotHaveArrived(state, command, VisitRule.ALREADY_ARRIVED, "record a second arrival");
        arrivalMustFallInPlannedWindow(state, command);
        privateVisitCarriesNoHonours(state, command.honours().any(), "the honours rendered on arrival");
        gunSaluteMustSuitTheGuest(state, command.honours().gunSalute());
        return new GuestArrived(state.visitId(), command.occurredOn(), command.place(), command.receivedBy(),
                command.honours(), command.sources(), command.dateAsWritten());
    }

    static CeremonyHeld holdCeremony(VisitState state, HoldCeremony command) {
        mustBeScheduled(state, command);
        stepMustFallWithinTheVisit(state, command, "hold a " + command.kind().label());
        privateVisitCarriesNoHonours(state, command.kind().isOfficialHonour(), "a " + command.kind().label());
        return new CeremonyHeld(state.visitId(), command.occurredOn(), command.kind(), command.description(),
                command.place(), command.sources(), command.documentsSigned(), command.dateAsWritten());
    }

    static TalksHeld holdTalks(VisitState state, HoldTalks command) {
        mustBeScheduled(state, command);
        stepMustFallWithinTheVisit(state, command, "hold talks");
        talksMustHaveBothSides(state, command);
        return new TalksHeld(state.visitId(), command.occurredOn(), command.format(), command.participants(),
                command.topics(), command.sources(), command.dateAsWritten());
    }

    static JointStatementIssued issueJointStatement(VisitState state, IssueJointStatement command) {
        mustBeScheduled(state, command);
        stepMustFallWithinTheVisit(state, command, "issue a joint statement");
        return new JointStatementIssued(state.visitId(), command.occurredOn(), command.title(), command.summary(),
                command.sources(), command.dateAsWritten());
    }

    static VisitConcluded conclude(VisitState state, ConcludeVisit command) {
        mustBeScheduled(state, command);
        stepMustFallWithinTheVisit(state, command, "conclude");
        departureMustFollowEveryStep(state, command);
        return new VisitConcluded(state.visitId(), command.occurredOn(), command.place(), command.sources(),
                command.dateAsWritten());
    }

    // --- rules -------------------------------------------------------------------------------------------------

    static void mustNotBeScheduledYet(VisitState state, ScheduleVisit command) {
        if (state.scheduled()) {
            throw new RuleViolation(VisitRule.ALREADY_SCHEDULED, "Visit " + state.visitId() + " cannot be scheduled on "
                    + command.occurredOn() + ": it was already scheduled on " + state.scheduledOn()
                    + "; an id is scheduled once (postpone or cancel the visit, or give the new one another id).");
        }
    }

    static void mustBeScheduled(VisitState state, VisitCommand command) {
        if (!state.scheduled()) {
            throw new RuleViolation(VisitRule.UNKNOWN, "Visit " + command.visitId() + " is unknown: it was never "
                    + "scheduled, so nothing can happen to it yet (refused: " + describe(command) + ").");
        }
    }

    static void guestMustNotBeTheHost(ScheduleVisit command) {
        if (command.guest().country().equals(command.host())) {
            throw new RuleViolation(VisitRule.GUEST_IS_HOST, "Visit " + command.visitId() + " cannot be scheduled: "
                    + command.guest() + " cannot visit their own country " + command.host() + ".");
        }
    }

    static void plannedDatesMustBeInOrder(VisitId id, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new RuleViolation(VisitRule.PLANNED_DATES_OUT_OF_ORDER, "Visit " + id + " cannot be planned from "
                    + from + " to " + to + ": the last day comes before the first.");
        }
    }

    static void mustBeScheduledBeforeItStarts(ScheduleVisit command) {
        if (PartialDates.certainlyOnOrAfter(command.writtenDate(), command.plannedFrom().plusDays(1))) {
            throw new RuleViolation(VisitRule.SCHEDULED_AFTER_PLANNED_START, "Visit " + command.visitId()
                    + " cannot be scheduled on " + command.occurredOn() + ", after its planned start "
                    + command.plannedFrom() + ".");
        }
    }

    static void postponementMustMoveTheStartLater(VisitState state, PostponeVisit command) {
        if (!command.plannedFrom().isAfter(state.plannedFrom())) {
            throw new RuleViolation(VisitRule.POSTPONEMENT_NOT_LATER, "Visit " + state.visitId()
                    + " cannot be postponed to start on " + command.plannedFrom()
                    + ": a postponement moves the start later than the planned " + state.plannedFrom() + ".");
        }
    }

    static void mustNotBeCancelled(VisitState state, VisitCommand command) {
        if (state.status() == VisitStatus.CANCELLED) {
            throw new RuleViolation(VisitRule.CANCELLED, "Visit " + state.visitId() + " was cancelled"
                    + on(state.lastChangeOn()) + "; nothing more can happen to it (refused: " + describe(command) + ").");
        }
    }

    static void mustNotBeConcluded(VisitState state, VisitCommand command) {
        if (state.status() == VisitStatus.CONCLUDED) {
            throw new RuleViolation(VisitRule.ALREADY_CONCLUDED, "Visit " + state.visitId() + " concluded"
                    + on(state.latestStepOn()) + "; nothing more can happen to it (refused: " + describe(command) + ").");
        }
    }

    static void mustNotHaveArrived(VisitState state, VisitCommand command, VisitRule rule, String what) {
        if (state.arrivedOn() != null) {
            throw new RuleViolation(rule, "Visit " + state.visitId() + " cannot " + what + " on "
                    + command.writtenDate() + ": the guest already arrived" + on(state.arrivedOn()) + ".");
        }
    }

    static void mustNotPrecedeLastChange(VisitState state, VisitCommand command) {
        if (PartialDates.certainlyBefore(command.writtenDate(), state.lastChangeOn())) {
            throw new RuleViolation(VisitRule.DATED_BEFORE_LAST_CHANGE, "Visit " + state.visitId()
                    + " cannot change on " + command.occurredOn() + ": it was last scheduled or changed on "
                    + state.lastChangeOn() + ".");
        }
    }

    static void arrivalMustFallInPlannedWindow(VisitState state, RecordArrival command) {
        WrittenDate on = command.writtenDate();
        if (PartialDates.certainlyBefore(on, state.plannedFrom())
                || PartialDates.certainlyOnOrAfter(on, state.plannedTo().plusDays(1))) {
            throw new RuleViolation(VisitRule.ARRIVAL_OUTSIDE_PLANNED_WINDOW, "Visit " + state.visitId()
                    + " cannot record an arrival on " + on + ": the visit is planned from " + state.plannedFrom()
                    + " to " + state.plannedTo() + ".");
        }
    }

    static void privateVisitCarriesNoHonours(VisitState state, boolean honoursRendered, String what) {
        if (honoursRendered && !state.kind().carriesOfficialHonours()) {
            throw new RuleViolation(VisitRule.PRIVATE_VISIT_WITH_HONOURS, "Visit " + state.visitId()
                    + " is a private visit and carries no official honours, so " + what + " cannot be recorded.");
        }
    }

    static void gunSaluteMustSuitTheGuest(VisitState state, GunSalute salute) {
        if (salute == null) {
            return;
        }
        int rounds = salute.rounds();
        if (rounds < 1 || rounds > 21 || rounds % 2 == 0) {
            throw new RuleViolation(VisitRule.GUN_SALUTE_ROUNDS_INVALID, "Visit " + state.visitId()
                    + " cannot record a " + rounds + "-gun salute: a salute fires an odd number of rounds, at most 21.");
        }
        Dignitary guest = state.guest();
        int customary = guest.office().customaryGunSaluteRounds();
        if (rounds > customary && !salute.exceptional()) {
            throw new RuleViolation(VisitRule.GUN_SALUTE_ABOVE_OFFICE, "Visit " + state.visitId() + " cannot record a "
                    + rounds + "-gun salute for " + guest + ": a " + guest.office().label() + " customarily receives "
                    + (customary == 0 ? "none" : customary + " rounds") + "; mark the honour as exceptional if it was.");
        }
    }

    static void stepMustFallWithinTheVisit(VisitState state, VisitCommand command, String what) {
        mustNotBeCancelled(state, command);
        mustNotBeConcluded(state, command);
        if (state.arrivedOn() == null) {
            throw new RuleViolation(VisitRule.NOT_YET_ARRIVED, "Visit " + state.visitId() + " cannot " + what + " on "
                    + command.occurredOn() + ": the guest's arrival has not been recorded.");
        }
        if (PartialDates.certainlyBefore(command.writtenDate(), state.arrivedOn())) {
            throw new RuleViolation(VisitRule.STEP_BEFORE_ARRIVAL, "Visit " + state.visitId() + " cannot " + what
                    + " on " + command.occurredOn() + ": the guest arrived on " + state.arrivedOn() + ".");
        }
    }

    static void talksMustHaveBothSides(VisitState state, HoldTalks command) {
        List<Country> sides = command.participants().stream().map(Dignitary::country).toList();
        if (!sides.contains(state.guest().country()) || !sides.contains(state.host())) {
            throw new RuleViolation(VisitRule.TALKS_WITHOUT_BOTH_SIDES, "Visit " + state.visitId()
                    + " cannot hold talks on " + command.occurredOn() + " without participants from both "
                    + state.guest().country() + " and " + state.host() + "; participants were "
                    + command.participants() + ".");
        }
    }

    static void departureMustFollowEveryStep(VisitState state, ConcludeVisit command) {
        if (PartialDates.certainlyBefore(command.writtenDate(), state.latestStepOn())) {
            throw new RuleViolation(VisitRule.DEPARTURE_BEFORE_LAST_STEP, "Visit " + state.visitId()
                    + " cannot conclude on " + command.occurredOn() + ": a step of the visit is recorded on "
                    + state.latestStepOn() + ", after that departure.");
        }
    }

    /**
     * " on " and the day, for a message; nothing for {@link LocalDate#MIN}, the day a history reaches when only
     * uncertain, approximate or "on or before" dates are known (ADR 0023).
     */
    private static String on(LocalDate day) {
        return LocalDate.MIN.equals(day) ? "" : " on " + day;
    }

    private static String describe(VisitCommand command) {
        return command.getClass().getSimpleName() + " on " + command.writtenDate();
    }

    // --- state -------------------------------------------------------------------------------------------------

    @Override
    public VisitState evolve(VisitState state, VisitEvent event) {
        if (event instanceof VisitScheduled e) {
            return new VisitState(e.visitId(), e.guest(), e.host(), e.kind(), e.plannedFrom(), e.plannedTo(),
                    e.occurredOn(), PartialDates.reaches(LocalDate.MIN, e), VisitStatus.SCHEDULED, null, null);
        }
        if (event instanceof VisitPostponed e) {
            return state.planned(e.plannedFrom(), e.plannedTo(), PartialDates.reaches(state.lastChangeOn(), e));
        }
        if (event instanceof VisitCancelled e) {
            return state.withStatus(VisitStatus.CANCELLED, PartialDates.reaches(state.lastChangeOn(), e));
        }
        if (event instanceof GuestArrived e) {
            LocalDate arrived = PartialDates.reaches(LocalDate.MIN, e);
            return state.stepped(arrived, arrived, VisitStatus.IN_PROGRESS);
        }
        if (event instanceof CeremonyHeld || event instanceof TalksHeld || event instanceof JointStatementIssued) {
            return state.stepped(state.arrivedOn(), later(state.latestStepOn(),
                    PartialDates.reaches(state.latestStepOn(), event)), state.status());
        }
        if (event instanceof VisitConcluded e) {
            return state.stepped(state.arrivedOn(), PartialDates.reaches(state.latestStepOn(), e),
                    VisitStatus.CONCLUDED);
        }
        throw new IllegalArgumentException("A visit does not know the event " + event.getClass().getName());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
