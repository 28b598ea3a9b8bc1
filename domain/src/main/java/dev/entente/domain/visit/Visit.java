package dev.entente.domain.visit;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

/**
 * One visit of a dignitary to another country: scheduled, then the guest arrives, ceremonies, talks and statements
 * follow, and the departure concludes it; or it is postponed or cancelled before the arrival.
 * <p>
 * Every handler creates the visit if it is missing, so that the visit itself decides what an id scheduled twice, or a
 * command to an id never scheduled, means: a named rule, not a failure of the event store.
 * <p>
 * A shell for Axon: the rules are {@link VisitDecider}'s pure functions over a {@link VisitState}. Its snapshots
 * hold that state; revision 2 is the first to, so an older snapshot is ignored and the visit rebuilt from its events.
 */
@Revision("2")
public class Visit {

    @AggregateIdentifier
    private String aggregateId;
    private VisitState state = VisitState.INITIAL;

    /** For Axon, which creates the visit on its first command and rebuilds it from its events. */
    protected Visit() {
    }

    /**
     * The visit as a snapshot holds it, for a writer that decided its events outside Axon's repository: Axon reads it
     * back as it reads its own snapshots.
     */
    public static Visit restore(String aggregateId, VisitState state) {
        Visit restored = new Visit();
        restored.aggregateId = aggregateId;
        restored.state = state;
        return restored;
    }

    /** The state the rules decide on. */
    public VisitState state() {
        return state;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ScheduleVisit command) {
        record(VisitDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PostponeVisit command) {
        record(VisitDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CancelVisit command) {
        record(VisitDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordArrival command) {
        record(VisitDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(HoldCeremony command) {
        record(VisitDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(HoldTalks command) {
        record(VisitDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(IssueJointStatement command) {
        record(VisitDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ConcludeVisit command) {
        record(VisitDecider.INSTANCE.decide(state, command));
    }

    private static void record(List<VisitEvent> events) {
        events.forEach(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(VisitEvent event) {
        aggregateId = event.visitId().aggregateId();
        state = VisitDecider.INSTANCE.evolve(state, event);
    }
}
