package dev.entente.domain.relationship;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.RuleViolation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The relationship between the two states of a dyad: diplomatic relations, recognitions, declared support and the
 * partnership level. There is one per dyad, created by the first command sent to it.
 */
public class Relationship {

    private enum Relations { NONE, ESTABLISHED, SEVERED }

    @AggregateIdentifier
    private String aggregateId;
    private Relations relations = Relations.NONE;
    private LocalDate relationsChangedOn;
    /** Recognitions by direction ("AZ>PK" = AZ recognised PK), with their dates. */
    private Map<String, LocalDate> recognitions = new LinkedHashMap<>();
    private PartnershipLevel partnershipLevel;
    private LocalDate partnershipDeclaredOn;

    /** For Axon, which creates the relationship on its first command and rebuilds it from its events. */
    protected Relationship() {
    }

    /** The id under which the relationship of {@code dyad} is stored, e.g. {@code relationship:AZ-PK}. */
    public static String aggregateIdOf(Dyad dyad) {
        return "relationship:" + dyad;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(EstablishDiplomaticRelations command) {
        if (relations == Relations.ESTABLISHED) {
            throw new RuleViolation(RelationshipRule.RELATIONS_ALREADY_ESTABLISHED, command.dyad()
                    + " cannot establish diplomatic relations on " + command.occurredOn()
                    + ": they have had relations since " + relationsChangedOn + ".");
        }
        mustNotPrecedeLastChange(command, "establish diplomatic relations");
        apply(new DiplomaticRelationsEstablished(command.dyad(), command.occurredOn(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SeverDiplomaticRelations command) {
        mustBelongToTheDyad(command, command.severedBy());
        if (relations != Relations.ESTABLISHED) {
            throw new RuleViolation(RelationshipRule.RELATIONS_NOT_ESTABLISHED, command.dyad()
                    + " cannot sever diplomatic relations on " + command.occurredOn()
                    + ": no relations are on record between them.");
        }
        mustNotPrecedeLastChange(command, "sever diplomatic relations");
        apply(new DiplomaticRelationsSevered(command.dyad(), command.occurredOn(), command.severedBy(),
                command.reason(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RestoreDiplomaticRelations command) {
        if (relations != Relations.SEVERED) {
            throw new RuleViolation(RelationshipRule.RELATIONS_NOT_SEVERED, command.dyad()
                    + " cannot restore diplomatic relations on " + command.occurredOn()
                    + ": their relations are not severed.");
        }
        mustNotPrecedeLastChange(command, "restore diplomatic relations");
        apply(new DiplomaticRelationsRestored(command.dyad(), command.occurredOn(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecogniseIndependence command) {
        mustBelongToTheDyad(command, command.recognising());
        mustBelongToTheDyad(command, command.recognised());
        if (command.recognising().equals(command.recognised())) {
            throw new RuleViolation(RelationshipRule.RECOGNISES_ITSELF, command.recognising()
                    + " cannot recognise its own independence.");
        }
        String direction = direction(command.recognising(), command.recognised());
        if (recognitions.containsKey(direction)) {
            throw new RuleViolation(RelationshipRule.INDEPENDENCE_ALREADY_RECOGNISED, command.recognising()
                    + " cannot recognise the independence of " + command.recognised() + " on "
                    + command.occurredOn() + ": it already did on " + recognitions.get(direction) + ".");
        }
        apply(new IndependenceRecognised(command.dyad(), command.occurredOn(), command.recognising(),
                command.recognised(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclareSupport command) {
        mustBelongToTheDyad(command, command.supporter());
        mustBelongToTheDyad(command, command.supported());
        if (command.supporter().equals(command.supported())) {
            throw new RuleViolation(RelationshipRule.SUPPORTER_IS_SUPPORTED, command.supporter()
                    + " cannot declare support for its own position on " + command.issue()
                    + "; support is declared by one state for the other.");
        }
        apply(new SupportDeclared(command.dyad(), command.occurredOn(), command.supporter(), command.supported(),
                command.issue(), command.forum(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclarePartnership command) {
        if (command.level().equals(partnershipLevel)) {
            throw new RuleViolation(RelationshipRule.PARTNERSHIP_LEVEL_ALREADY_DECLARED, command.dyad()
                    + " cannot declare a " + command.level() + " on " + command.occurredOn()
                    + ": it is their level since " + partnershipDeclaredOn + "; reaffirm it instead.");
        }
        mustNotPrecedePartnership(command);
        apply(new PartnershipDeclared(command.dyad(), command.occurredOn(), command.level(), command.sources()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReaffirmPartnership command) {
        if (partnershipLevel != null && !partnershipLevel.equals(command.level())) {
            throw new RuleViolation(RelationshipRule.REAFFIRMED_LEVEL_DIFFERS, command.dyad() + " cannot reaffirm a "
                    + command.level() + " on " + command.occurredOn() + ": their declared level is "
                    + partnershipLevel + " since " + partnershipDeclaredOn + "; declare the new level instead.");
        }
        mustNotPrecedePartnership(command);
        apply(new PartnershipReaffirmed(command.dyad(), command.occurredOn(), command.level(), command.sources()));
    }

    // --- rules -------------------------------------------------------------------------------------------------

    private static void mustBelongToTheDyad(RelationshipCommand command, Country country) {
        if (!command.dyad().contains(country)) {
            throw new RuleViolation(RelationshipRule.COUNTRY_NOT_IN_DYAD, command.getClass().getSimpleName()
                    + " on " + command.occurredOn() + " names " + country + ", which is not in the dyad "
                    + command.dyad() + ".");
        }
    }

    private void mustNotPrecedeLastChange(RelationshipCommand command, String what) {
        if (relationsChangedOn != null && command.occurredOn().isBefore(relationsChangedOn)) {
            throw new RuleViolation(RelationshipRule.DATE_BEFORE_LAST_CHANGE, command.dyad() + " cannot " + what
                    + " on " + command.occurredOn() + ": their relations last changed on " + relationsChangedOn + ".");
        }
    }

    private void mustNotPrecedePartnership(RelationshipCommand command) {
        if (partnershipDeclaredOn != null && command.occurredOn().isBefore(partnershipDeclaredOn)) {
            throw new RuleViolation(RelationshipRule.DATE_BEFORE_LAST_CHANGE, command.dyad()
                    + " cannot change or reaffirm their partnership on " + command.occurredOn()
                    + ": the level on record dates from " + partnershipDeclaredOn + ".");
        }
    }

    private static String direction(Country from, Country to) {
        return from.code() + ">" + to.code();
    }

    // --- state -------------------------------------------------------------------------------------------------

    private void identify(Dyad of) {
        aggregateId = aggregateIdOf(of);
    }

    @EventSourcingHandler
    void on(DiplomaticRelationsEstablished event) {
        identify(event.dyad());
        relations = Relations.ESTABLISHED;
        relationsChangedOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(DiplomaticRelationsSevered event) {
        identify(event.dyad());
        relations = Relations.SEVERED;
        relationsChangedOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(DiplomaticRelationsRestored event) {
        identify(event.dyad());
        relations = Relations.ESTABLISHED;
        relationsChangedOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(IndependenceRecognised event) {
        identify(event.dyad());
        recognitions.put(direction(event.recognising(), event.recognised()), event.occurredOn());
    }

    @EventSourcingHandler
    void on(SupportDeclared event) {
        identify(event.dyad());
    }

    @EventSourcingHandler
    void on(PartnershipDeclared event) {
        identify(event.dyad());
        partnershipLevel = event.level();
        partnershipDeclaredOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(PartnershipReaffirmed event) {
        identify(event.dyad());
        if (partnershipLevel == null) {
            partnershipLevel = event.level();
            partnershipDeclaredOn = event.occurredOn();
        }
    }
}
