package dev.entente.domain.meeting;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One meeting of three or more states, such as a trilateral summit or a council meeting: recorded once, under its own
 * id, rather than once per pair of participants (ADR 0020).
 * <p>
 * The handler creates the meeting if it is missing, so that the meeting itself decides what an id recorded twice
 * means: a named rule, not a failure of the event store. A shell for Axon: the rules are {@link MeetingDecider}'s pure
 * functions over a {@link MeetingState}, which its snapshots hold.
 */
public class Meeting {

    @AggregateIdentifier
    private String aggregateId;
    private MeetingState state = MeetingState.INITIAL;

    /** For Axon, which creates the meeting on its first command and rebuilds it from its events. */
    protected Meeting() {
    }

    /**
     * The meeting as a snapshot holds it, for a writer that decided its events outside Axon's repository: Axon reads
     * it back as it reads its own snapshots.
     */
    public static Meeting restore(String aggregateId, MeetingState state) {
        Meeting restored = new Meeting();
        restored.aggregateId = aggregateId;
        restored.state = state;
        return restored;
    }

    /** The state the rules decide on. */
    public MeetingState state() {
        return state;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(HoldMeeting command) {
        record(MeetingDecider.INSTANCE.decide(state, command));
    }

    private static void record(List<MeetingEvent> events) {
        events.forEach(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(MeetingEvent event) {
        aggregateId = event.meetingId().aggregateId();
        state = MeetingDecider.INSTANCE.evolve(state, event);
    }
}
