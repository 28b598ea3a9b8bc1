package example.exchange;

import dev.entente.domain.shared.Decider;
import dev.entente.domain.shared.Rule;
import dev.entente.domain.shared.RuleViolation;
import example.exchange.ProgrammeCommand.LaunchProgramme;
import example.exchange.ProgrammeCommand.SendDelegation;
import example.exchange.ProgrammeEvent.DelegationSent;
import example.exchange.ProgrammeEvent.ProgrammeLaunched;
import java.util.List;

/** The rules of a programme, as pure functions: no Axon class, no clock, no I/O. */
public final class Programmes implements Decider<Programmes.State, ProgrammeCommand, ProgrammeEvent> {

    /** What the rules decide on. */
    public record State(boolean launched, int participants) {
    }

    /** The rules' stable codes. */
    public enum Rules implements Rule {
        ALREADY_LAUNCHED, NOT_LAUNCHED;

        @Override
        public String code() {
            return "exchange." + name().toLowerCase().replace('_', '-');
        }
    }

    @Override
    public State initial() {
        return new State(false, 0);
    }

    @Override
    public List<ProgrammeEvent> decide(State state, ProgrammeCommand command) {
        if (command instanceof LaunchProgramme launch) {
            if (state.launched()) {
                throw new RuleViolation(Rules.ALREADY_LAUNCHED, launch.programmeId() + " is launched already");
            }
            return List.of(new ProgrammeLaunched(launch.programmeId(), launch.first(), launch.second(),
                    launch.title(), launch.on()));
        }
        SendDelegation send = (SendDelegation) command;
        if (!state.launched()) {
            throw new RuleViolation(Rules.NOT_LAUNCHED, send.programmeId() + " was never launched");
        }
        return List.of(new DelegationSent(send.programmeId(), send.participants(), send.on()));
    }

    @Override
    public State evolve(State state, ProgrammeEvent event) {
        return event instanceof DelegationSent sent
                ? new State(true, state.participants() + sent.participants())
                : new State(true, state.participants());
    }
}
