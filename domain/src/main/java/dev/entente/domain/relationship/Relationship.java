package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

/**
 * The relationship between the two states of a dyad: diplomatic relations, recognitions of independence and of
 * governments, declared support, pledges and the partnership level. There is one per dyad, created by the first command sent to it.
 * <p>
 * A shell for Axon: the rules are {@link RelationshipDecider}'s pure functions over a {@link RelationshipStanding}. Its
 * snapshots hold that state; revision 2 is the first to, so an older snapshot is ignored.
 */
@Revision("2")
public class Relationship {

    @AggregateIdentifier
    private String aggregateId;
    private RelationshipStanding state = RelationshipStanding.INITIAL;

    /** For Axon, which creates the relationship on its first command and rebuilds it from its events. */
    protected Relationship() {
    }

    /** The id under which the relationship of {@code dyad} is stored, e.g. {@code relationship:AZ-PK}. */
    public static String aggregateIdOf(Dyad dyad) {
        return "relationship:" + dyad;
    }

    /**
     * The relationship as a snapshot holds it, for a writer that decided its events outside Axon's repository: Axon reads it
     * back as it reads its own snapshots.
     */
    public static Relationship restore(String aggregateId, RelationshipStanding state) {
        Relationship restored = new Relationship();
        restored.aggregateId = aggregateId;
        restored.state = state;
        return restored;
    }

    /** The state the rules decide on. */
    public RelationshipStanding state() {
        return state;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(EstablishDiplomaticRelations command) {
        record(RelationshipDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SeverDiplomaticRelations command) {
        record(RelationshipDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RestoreDiplomaticRelations command) {
        record(RelationshipDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecogniseIndependence command) {
        record(RelationshipDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclareSupport command) {
        record(RelationshipDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclarePartnership command) {
        record(RelationshipDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReaffirmPartnership command) {
        record(RelationshipDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecogniseGovernment command) {
        record(RelationshipDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AnnouncePledge command) {
        record(RelationshipDecider.INSTANCE.decide(state, command));
    }

    private static void record(List<RelationshipEvent> events) {
        events.forEach(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(RelationshipEvent event) {
        aggregateId = aggregateIdOf(event.dyad());
        state = RelationshipDecider.INSTANCE.evolve(state, event);
    }
}
