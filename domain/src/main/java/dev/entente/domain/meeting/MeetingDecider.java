package dev.entente.domain.meeting;

import dev.entente.domain.shared.Decider;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.RuleViolation;
import java.util.List;

/** The rules of a {@link Meeting} as pure functions: which events a command records, and what each event changes. */
public final class MeetingDecider implements Decider<MeetingState, MeetingCommand, MeetingEvent> {

    /** Fewer states make a bilateral meeting, which a visit records. */
    public static final int MINIMUM_STATES = 3;

    /** The one instance; it holds no state. */
    public static final MeetingDecider INSTANCE = new MeetingDecider();

    private MeetingDecider() {
    }

    @Override
    public MeetingState initial() {
        return MeetingState.INITIAL;
    }

    @Override
    public List<MeetingEvent> decide(MeetingState state, MeetingCommand command) {
        if (command instanceof HoldMeeting c) {
            return List.of(hold(state, c));
        }
        throw new IllegalArgumentException("A meeting has no rule for " + command.getClass().getName());
    }

    static MeetingHeld hold(MeetingState state, HoldMeeting command) {
        mustNotBeHeldYet(state, command);
        mustHaveThreeStates(command);
        hostMustParticipate(command);
        dignitariesMustRepresentParticipants(command);
        return new MeetingHeld(command.meetingId(), command.occurredOn(), command.kind(), command.mechanism(),
                command.place(), command.host(), command.participants(), command.dignitaries(), command.outcome(),
                command.sources(), command.dateAsWritten());
    }

    // --- rules -------------------------------------------------------------------------------------------------

    static void mustNotBeHeldYet(MeetingState state, HoldMeeting command) {
        if (state.held()) {
            throw new RuleViolation(MeetingRule.ALREADY_HELD, "Meeting " + command.meetingId()
                    + " cannot be recorded on " + command.occurredOn() + ": it was already recorded as held on "
                    + state.heldOn() + "; give another meeting another id.");
        }
    }

    static void mustHaveThreeStates(HoldMeeting command) {
        if (command.participants().size() < MINIMUM_STATES) {
            throw new RuleViolation(MeetingRule.TOO_FEW_STATES, "Meeting " + command.meetingId()
                    + " cannot be recorded with " + command.participants().size() + " participating states "
                    + command.participants() + ": a multilateral meeting has at least " + MINIMUM_STATES
                    + "; record a meeting of two states as a visit.");
        }
    }

    static void hostMustParticipate(HoldMeeting command) {
        if (command.host() != null && !command.participants().contains(command.host())) {
            throw new RuleViolation(MeetingRule.HOST_NOT_PARTICIPATING, "Meeting " + command.meetingId()
                    + " cannot be hosted by " + command.host() + ", which is not among its participants "
                    + command.participants() + ".");
        }
    }

    static void dignitariesMustRepresentParticipants(HoldMeeting command) {
        for (Dignitary dignitary : command.dignitaries()) {
            if (!command.participants().contains(dignitary.country())) {
                throw new RuleViolation(MeetingRule.DIGNITARY_NOT_PARTICIPATING, "Meeting " + command.meetingId()
                        + " cannot list " + dignitary + ": " + dignitary.country()
                        + " is not among its participants " + command.participants() + ".");
            }
        }
    }

    // --- state -------------------------------------------------------------------------------------------------

    @Override
    public MeetingState evolve(MeetingState state, MeetingEvent event) {
        if (event instanceof MeetingHeld e) {
            return new MeetingState(e.meetingId(), e.occurredOn());
        }
        throw new IllegalArgumentException("A meeting does not know the event " + event.getClass().getName());
    }
}
