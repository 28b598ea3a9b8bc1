package dev.entente.domain.agreement;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

/**
 * An international instrument through its life, after the Vienna Convention on the Law of Treaties: concluded,
 * signed by each party, ratified where its rule requires, in force by its rule, then amended, suspended, resumed,
 * registered, terminated, or expired at the end of its term. The agreement applies its own entry into force when
 * its rule is met; its history never runs backwards in time.
 * <p>
 * Every handler creates the agreement if it is missing, so that the agreement itself decides what an id concluded
 * twice, or a command to an id never concluded, means: a named rule, not a failure of the event store.
 * <p>
 * A shell for Axon: the rules are {@link AgreementDecider}'s pure functions over an {@link AgreementState}. Its
 * snapshots hold that state; revision 2 is the first to, so an older snapshot is ignored, and revision 3
 * added notifications, the observed entry into force, binding and renewal to it.
 */
@Revision("3")
public class Agreement {

    @AggregateIdentifier
    private String aggregateId;
    private AgreementState state = AgreementState.INITIAL;

    /** For Axon, which creates the agreement on its first command and rebuilds it from its events. */
    protected Agreement() {
    }

    /**
     * The agreement as a snapshot holds it, for a writer that decided its events outside Axon's repository: Axon reads it
     * back as it reads its own snapshots.
     */
    public static Agreement restore(String aggregateId, AgreementState state) {
        Agreement restored = new Agreement();
        restored.aggregateId = aggregateId;
        restored.state = state;
        return restored;
    }

    /** The state the rules decide on. */
    public AgreementState state() {
        return state;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ConcludeAgreement command) {
        record(AgreementDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SignAgreement command) {
        record(AgreementDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RatifyAgreement command) {
        record(AgreementDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ApplyAgreementProvisionally command) {
        record(AgreementDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AmendAgreement command) {
        record(AgreementDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SuspendAgreement command) {
        record(AgreementDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ResumeAgreement command) {
        record(AgreementDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(TerminateAgreement command) {
        record(AgreementDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterAgreement command) {
        record(AgreementDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(NotifyAgreement command) {
        record(AgreementDecider.INSTANCE.decide(state, command));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordEntryIntoForce command) {
        record(AgreementDecider.INSTANCE.decide(state, command));
    }

    private static void record(List<AgreementEvent> events) {
        events.forEach(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(AgreementEvent event) {
        aggregateId = event.agreementId().aggregateId();
        state = AgreementDecider.INSTANCE.evolve(state, event);
    }
}
