package dev.entente.domain.visit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One visit of a dignitary to another country: scheduled, then the guest arrives, ceremonies, talks and statements
 * follow, and the departure concludes it; or it is postponed or cancelled before the arrival.
 * <p>
 * Every handler creates the visit if it is missing, so that the visit itself decides what an id scheduled twice, or a
 * command to an id never scheduled, means: a named rule, not a failure of the event store.
 */
public class Visit {

    @AggregateIdentifier
    private String aggregateId;
    private VisitId visitId;
    private Dignitary guest;
    private Country host;
    private VisitKind kind;
    private LocalDate plannedFrom;
    private LocalDate plannedTo;
    private LocalDate scheduledOn;
    private LocalDate lastChangeOn;
    private VisitStatus status;
    private LocalDate arrivedOn;
    private LocalDate latestStepOn;

    /** For Axon, which creates the visit on its first command and rebuilds it from its events. */
    protected Visit() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ScheduleVisit command) {
        mustNotBeScheduledYet(command);
        guestMustNotBeTheHost(command);
        plannedDatesMustBeInOrder(command.visitId(), command.plannedFrom(), command.plannedTo());
        mustBeScheduledBeforeItStarts(command);
        apply(new VisitScheduled(command.visitId(), command.occurredOn(), command.guest(), command.host(),
                command.kind(), command.plannedFrom(), command.plannedTo(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PostponeVisit command) {
        mustBeScheduled(command);
        mustNotBeCancelled(command);
        mustNotBeConcluded(command);
        mustNotHaveArrived(command, VisitRule.POSTPONEMENT_AFTER_ARRIVAL, "be postponed");
        mustNotPrecedeLastChange(command);
        plannedDatesMustBeInOrder(visitId, command.plannedFrom(), command.plannedTo());
        if (!command.plannedFrom().isAfter(plannedFrom)) {
            throw new RuleViolation(VisitRule.POSTPONEMENT_NOT_LATER, "Visit " + visitId
                    + " cannot be postponed to start on " + command.plannedFrom()
                    + ": a postponement moves the start later than the planned " + plannedFrom + ".");
        }
        apply(new VisitPostponed(visitId, command.occurredOn(), command.plannedFrom(), command.plannedTo(),
                command.reason(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CancelVisit command) {
        mustBeScheduled(command);
        mustNotBeCancelled(command);
        mustNotBeConcluded(command);
        mustNotHaveArrived(command, VisitRule.CANCELLATION_AFTER_ARRIVAL, "be cancelled");
        mustNotPrecedeLastChange(command);
        apply(new VisitCancelled(visitId, command.occurredOn(), command.reason(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordArrival command) {
        mustBeScheduled(command);
        mustNotBeCancelled(command);
        mustNotBeConcluded(command);
        mustNotHaveArrived(command, VisitRule.ALREADY_ARRIVED, "record a second arrival");
        arrivalMustFallInPlannedWindow(command);
        privateVisitCarriesNoHonours(command.honours().any(), "the honours rendered on arrival");
        gunSaluteMustSuitTheGuest(command.honours().gunSalute());
        apply(new GuestArrived(visitId, command.occurredOn(), command.place(), command.receivedBy(),
                command.honours(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(HoldCeremony command) {
        mustBeScheduled(command);
        stepMustFallWithinTheVisit(command, "hold a " + command.kind().label());
        privateVisitCarriesNoHonours(command.kind().isOfficialHonour(), "a " + command.kind().label());
        apply(new CeremonyHeld(visitId, command.occurredOn(), command.kind(), command.description(), command.place(),
                command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(HoldTalks command) {
        mustBeScheduled(command);
        stepMustFallWithinTheVisit(command, "hold talks");
        talksMustHaveBothSides(command);
        apply(new TalksHeld(visitId, command.occurredOn(), command.format(), command.participants(), command.topics(),
                command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(IssueJointStatement command) {
        mustBeScheduled(command);
        stepMustFallWithinTheVisit(command, "issue a joint statement");
        apply(new JointStatementIssued(visitId, command.occurredOn(), command.title(), command.summary(),
                command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ConcludeVisit command) {
        mustBeScheduled(command);
        stepMustFallWithinTheVisit(command, "conclude");
        if (command.occurredOn().isBefore(latestStepOn)) {
            throw new RuleViolation(VisitRule.DEPARTURE_BEFORE_LAST_STEP, "Visit " + visitId
                    + " cannot conclude on " + command.occurredOn() + ": a step of the visit is recorded on "
                    + latestStepOn + ", after that departure.");
        }
        apply(new VisitConcluded(visitId, command.occurredOn(), command.place(), command.sources()));
    }

    // --- rules -------------------------------------------------------------------------------------------------

    private void mustNotBeScheduledYet(ScheduleVisit command) {
        if (visitId != null) {
            throw new RuleViolation(VisitRule.ALREADY_SCHEDULED, "Visit " + visitId + " cannot be scheduled on "
                    + command.occurredOn() + ": it was already scheduled on " + scheduledOn
                    + "; an id is scheduled once (postpone or cancel the visit, or give the new one another id).");
        }
    }

    private void mustBeScheduled(VisitCommand command) {
        if (visitId == null) {
            throw new RuleViolation(VisitRule.UNKNOWN, "Visit " + command.visitId() + " is unknown: it was never "
                    + "scheduled, so nothing can happen to it yet (refused: " + describe(command) + ").");
        }
    }

    private static void guestMustNotBeTheHost(ScheduleVisit command) {
        if (command.guest().country().equals(command.host())) {
            throw new RuleViolation(VisitRule.GUEST_IS_HOST, "Visit " + command.visitId() + " cannot be scheduled: "
                    + command.guest() + " cannot visit their own country " + command.host() + ".");
        }
    }

    private static void plannedDatesMustBeInOrder(VisitId id, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new RuleViolation(VisitRule.PLANNED_DATES_OUT_OF_ORDER, "Visit " + id + " cannot be planned from "
                    + from + " to " + to + ": the last day comes before the first.");
        }
    }

    private static void mustBeScheduledBeforeItStarts(ScheduleVisit command) {
        if (command.occurredOn().isAfter(command.plannedFrom())) {
            throw new RuleViolation(VisitRule.SCHEDULED_AFTER_PLANNED_START, "Visit " + command.visitId()
                    + " cannot be scheduled on " + command.occurredOn() + ", after its planned start "
                    + command.plannedFrom() + ".");
        }
    }

    private void mustNotBeCancelled(VisitCommand command) {
        if (status == VisitStatus.CANCELLED) {
            throw new RuleViolation(VisitRule.CANCELLED, "Visit " + visitId + " was cancelled on " + lastChangeOn
                    + "; nothing more can happen to it (refused: " + describe(command) + ").");
        }
    }

    private void mustNotBeConcluded(VisitCommand command) {
        if (status == VisitStatus.CONCLUDED) {
            throw new RuleViolation(VisitRule.ALREADY_CONCLUDED, "Visit " + visitId + " concluded on "
                    + latestStepOn + "; nothing more can happen to it (refused: " + describe(command) + ").");
        }
    }

    private void mustNotHaveArrived(VisitCommand command, VisitRule rule, String what) {
        if (arrivedOn != null) {
            throw new RuleViolation(rule, "Visit " + visitId + " cannot " + what + " on " + command.occurredOn()
                    + ": the guest already arrived on " + arrivedOn + ".");
        }
    }

    private void mustNotPrecedeLastChange(VisitCommand command) {
        if (command.occurredOn().isBefore(lastChangeOn)) {
            throw new RuleViolation(VisitRule.DATED_BEFORE_LAST_CHANGE, "Visit " + visitId + " cannot change on "
                    + command.occurredOn() + ": it was last scheduled or changed on " + lastChangeOn + ".");
        }
    }

    private void arrivalMustFallInPlannedWindow(RecordArrival command) {
        LocalDate on = command.occurredOn();
        if (on.isBefore(plannedFrom) || on.isAfter(plannedTo)) {
            throw new RuleViolation(VisitRule.ARRIVAL_OUTSIDE_PLANNED_WINDOW, "Visit " + visitId
                    + " cannot record an arrival on " + on + ": the visit is planned from " + plannedFrom + " to "
                    + plannedTo + ".");
        }
    }

    private void privateVisitCarriesNoHonours(boolean honoursRendered, String what) {
        if (honoursRendered && !kind.carriesOfficialHonours()) {
            throw new RuleViolation(VisitRule.PRIVATE_VISIT_WITH_HONOURS, "Visit " + visitId
                    + " is a private visit and carries no official honours, so " + what + " cannot be recorded.");
        }
    }

    private void gunSaluteMustSuitTheGuest(GunSalute salute) {
        if (salute == null) {
            return;
        }
        int rounds = salute.rounds();
        if (rounds < 1 || rounds > 21 || rounds % 2 == 0) {
            throw new RuleViolation(VisitRule.GUN_SALUTE_ROUNDS_INVALID, "Visit " + visitId + " cannot record a "
                    + rounds + "-gun salute: a salute fires an odd number of rounds, at most 21.");
        }
        int customary = guest.office().customaryGunSaluteRounds();
        if (rounds > customary && !salute.exceptional()) {
            throw new RuleViolation(VisitRule.GUN_SALUTE_ABOVE_OFFICE, "Visit " + visitId + " cannot record a "
                    + rounds + "-gun salute for " + guest + ": a " + guest.office().label() + " customarily receives "
                    + (customary == 0 ? "none" : customary + " rounds") + "; mark the honour as exceptional if it was.");
        }
    }

    private void stepMustFallWithinTheVisit(VisitCommand command, String what) {
        mustNotBeCancelled(command);
        mustNotBeConcluded(command);
        if (arrivedOn == null) {
            throw new RuleViolation(VisitRule.NOT_YET_ARRIVED, "Visit " + visitId + " cannot " + what + " on "
                    + command.occurredOn() + ": the guest's arrival has not been recorded.");
        }
        if (command.occurredOn().isBefore(arrivedOn)) {
            throw new RuleViolation(VisitRule.STEP_BEFORE_ARRIVAL, "Visit " + visitId + " cannot " + what + " on "
                    + command.occurredOn() + ": the guest arrived on " + arrivedOn + ".");
        }
    }

    private void talksMustHaveBothSides(HoldTalks command) {
        List<Country> sides = command.participants().stream().map(Dignitary::country).toList();
        if (!sides.contains(guest.country()) || !sides.contains(host)) {
            throw new RuleViolation(VisitRule.TALKS_WITHOUT_BOTH_SIDES, "Visit " + visitId + " cannot hold talks on "
                    + command.occurredOn() + " without participants from both " + guest.country() + " and " + host
                    + "; participants were " + command.participants() + ".");
        }
    }

    private static String describe(VisitCommand command) {
        return command.getClass().getSimpleName() + " on " + command.occurredOn();
    }

    // --- state -------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(VisitScheduled event) {
        aggregateId = event.visitId().aggregateId();
        visitId = event.visitId();
        guest = event.guest();
        host = event.host();
        kind = event.kind();
        plannedFrom = event.plannedFrom();
        plannedTo = event.plannedTo();
        scheduledOn = event.occurredOn();
        lastChangeOn = event.occurredOn();
        status = VisitStatus.SCHEDULED;
    }

    @EventSourcingHandler
    void on(VisitPostponed event) {
        plannedFrom = event.plannedFrom();
        plannedTo = event.plannedTo();
        lastChangeOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(VisitCancelled event) {
        lastChangeOn = event.occurredOn();
        status = VisitStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(GuestArrived event) {
        arrivedOn = event.occurredOn();
        latestStepOn = event.occurredOn();
        status = VisitStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(CeremonyHeld event) {
        latestStepOn = later(latestStepOn, event.occurredOn());
    }

    @EventSourcingHandler
    void on(TalksHeld event) {
        latestStepOn = later(latestStepOn, event.occurredOn());
    }

    @EventSourcingHandler
    void on(JointStatementIssued event) {
        latestStepOn = later(latestStepOn, event.occurredOn());
    }

    @EventSourcingHandler
    void on(VisitConcluded event) {
        latestStepOn = event.occurredOn();
        status = VisitStatus.CONCLUDED;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
