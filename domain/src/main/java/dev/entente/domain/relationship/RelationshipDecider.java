package dev.entente.domain.relationship;

import dev.entente.domain.relationship.RelationshipStanding.Relations;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Decider;
import dev.entente.domain.shared.RuleViolation;
import java.util.List;

/** The rules of a {@link Relationship} as pure functions: which events a command records, what each changes. */
public final class RelationshipDecider
        implements Decider<RelationshipStanding, RelationshipCommand, RelationshipEvent> {

    /** The one instance; it holds no state. */
    public static final RelationshipDecider INSTANCE = new RelationshipDecider();

    private RelationshipDecider() {
    }

    @Override
    public RelationshipStanding initial() {
        return RelationshipStanding.INITIAL;
    }

    @Override
    public List<RelationshipEvent> decide(RelationshipStanding state, RelationshipCommand command) {
        if (command instanceof EstablishDiplomaticRelations c) {
            return List.of(establish(state, c));
        }
        if (command instanceof SeverDiplomaticRelations c) {
            return List.of(sever(state, c));
        }
        if (command instanceof RestoreDiplomaticRelations c) {
            return List.of(restore(state, c));
        }
        if (command instanceof RecogniseIndependence c) {
            return List.of(recognise(state, c));
        }
        if (command instanceof DeclareSupport c) {
            return List.of(declareSupport(c));
        }
        if (command instanceof DeclarePartnership c) {
            return List.of(declarePartnership(state, c));
        }
        if (command instanceof ReaffirmPartnership c) {
            return List.of(reaffirmPartnership(state, c));
        }
        throw new IllegalArgumentException("A relationship has no rule for " + command.getClass().getName());
    }

    static DiplomaticRelationsEstablished establish(RelationshipStanding state, EstablishDiplomaticRelations command) {
        if (state.relations() == Relations.ESTABLISHED) {
            throw new RuleViolation(RelationshipRule.RELATIONS_ALREADY_ESTABLISHED, command.dyad()
                    + " cannot establish diplomatic relations on " + command.occurredOn()
                    + ": they have had relations since " + state.relationsChangedOn() + ".");
        }
        mustNotPrecedeLastChange(state, command, "establish diplomatic relations");
        return new DiplomaticRelationsEstablished(command.dyad(), command.occurredOn(), command.sources());
    }

    static DiplomaticRelationsSevered sever(RelationshipStanding state, SeverDiplomaticRelations command) {
        mustBelongToTheDyad(command, command.severedBy());
        if (state.relations() != Relations.ESTABLISHED) {
            throw new RuleViolation(RelationshipRule.RELATIONS_NOT_ESTABLISHED, command.dyad()
                    + " cannot sever diplomatic relations on " + command.occurredOn()
                    + ": no relations are on record between them.");
        }
        mustNotPrecedeLastChange(state, command, "sever diplomatic relations");
        return new DiplomaticRelationsSevered(command.dyad(), command.occurredOn(), command.severedBy(),
                command.reason(), command.sources());
    }

    static DiplomaticRelationsRestored restore(RelationshipStanding state, RestoreDiplomaticRelations command) {
        if (state.relations() != Relations.SEVERED) {
            throw new RuleViolation(RelationshipRule.RELATIONS_NOT_SEVERED, command.dyad()
                    + " cannot restore diplomatic relations on " + command.occurredOn()
                    + ": their relations are not severed.");
        }
        mustNotPrecedeLastChange(state, command, "restore diplomatic relations");
        return new DiplomaticRelationsRestored(command.dyad(), command.occurredOn(), command.sources());
    }

    static IndependenceRecognised recognise(RelationshipStanding state, RecogniseIndependence command) {
        mustBelongToTheDyad(command, command.recognising());
        mustBelongToTheDyad(command, command.recognised());
        if (command.recognising().equals(command.recognised())) {
            throw new RuleViolation(RelationshipRule.RECOGNISES_ITSELF, command.recognising()
                    + " cannot recognise its own independence.");
        }
        String direction = RelationshipStanding.direction(command.recognising(), command.recognised());
        if (state.recognitions().containsKey(direction)) {
            throw new RuleViolation(RelationshipRule.INDEPENDENCE_ALREADY_RECOGNISED, command.recognising()
                    + " cannot recognise the independence of " + command.recognised() + " on "
                    + command.occurredOn() + ": it already did on " + state.recognitions().get(direction) + ".");
        }
        return new IndependenceRecognised(command.dyad(), command.occurredOn(), command.recognising(),
                command.recognised(), command.sources());
    }

    static SupportDeclared declareSupport(DeclareSupport command) {
        mustBelongToTheDyad(command, command.supporter());
        mustBelongToTheDyad(command, command.supported());
        if (command.supporter().equals(command.supported())) {
            throw new RuleViolation(RelationshipRule.SUPPORTER_IS_SUPPORTED, command.supporter()
                    + " cannot declare support for its own position on " + command.issue()
                    + "; support is declared by one state for the other.");
        }
        return new SupportDeclared(command.dyad(), command.occurredOn(), command.supporter(), command.supported(),
                command.issue(), command.forum(), command.sources());
    }

    static PartnershipDeclared declarePartnership(RelationshipStanding state, DeclarePartnership command) {
        if (command.level().equals(state.partnershipLevel())) {
            throw new RuleViolation(RelationshipRule.PARTNERSHIP_LEVEL_ALREADY_DECLARED, command.dyad()
                    + " cannot declare a " + command.level() + " on " + command.occurredOn()
                    + ": it is their level since " + state.partnershipDeclaredOn() + "; reaffirm it instead.");
        }
        mustNotPrecedePartnership(state, command);
        return new PartnershipDeclared(command.dyad(), command.occurredOn(), command.level(), command.sources());
    }

    static PartnershipReaffirmed reaffirmPartnership(RelationshipStanding state, ReaffirmPartnership command) {
        if (state.partnershipLevel() != null && !state.partnershipLevel().equals(command.level())) {
            throw new RuleViolation(RelationshipRule.REAFFIRMED_LEVEL_DIFFERS, command.dyad() + " cannot reaffirm a "
                    + command.level() + " on " + command.occurredOn() + ": their declared level is "
                    + state.partnershipLevel() + " since " + state.partnershipDeclaredOn()
                    + "; declare the new level instead.");
        }
        mustNotPrecedePartnership(state, command);
        return new PartnershipReaffirmed(command.dyad(), command.occurredOn(), command.level(), command.sources());
    }

    // --- rules -------------------------------------------------------------------------------------------------

    static void mustBelongToTheDyad(RelationshipCommand command, Country country) {
        if (!command.dyad().contains(country)) {
            throw new RuleViolation(RelationshipRule.COUNTRY_NOT_IN_DYAD, command.getClass().getSimpleName()
                    + " on " + command.occurredOn() + " names " + country + ", which is not in the dyad "
                    + command.dyad() + ".");
        }
    }

    static void mustNotPrecedeLastChange(RelationshipStanding state, RelationshipCommand command, String what) {
        if (state.relationsChangedOn() != null && command.occurredOn().isBefore(state.relationsChangedOn())) {
            throw new RuleViolation(RelationshipRule.DATE_BEFORE_LAST_CHANGE, command.dyad() + " cannot " + what
                    + " on " + command.occurredOn() + ": their relations last changed on "
                    + state.relationsChangedOn() + ".");
        }
    }

    static void mustNotPrecedePartnership(RelationshipStanding state, RelationshipCommand command) {
        if (state.partnershipDeclaredOn() != null && command.occurredOn().isBefore(state.partnershipDeclaredOn())) {
            throw new RuleViolation(RelationshipRule.DATE_BEFORE_LAST_CHANGE, command.dyad()
                    + " cannot change or reaffirm their partnership on " + command.occurredOn()
                    + ": the level on record dates from " + state.partnershipDeclaredOn() + ".");
        }
    }

    // --- state -------------------------------------------------------------------------------------------------

    @Override
    public RelationshipStanding evolve(RelationshipStanding state, RelationshipEvent event) {
        if (event instanceof DiplomaticRelationsEstablished || event instanceof DiplomaticRelationsRestored) {
            return state.withRelations(Relations.ESTABLISHED, event.occurredOn());
        }
        if (event instanceof DiplomaticRelationsSevered) {
            return state.withRelations(Relations.SEVERED, event.occurredOn());
        }
        if (event instanceof IndependenceRecognised e) {
            return state.recognised(RelationshipStanding.direction(e.recognising(), e.recognised()), e.occurredOn());
        }
        if (event instanceof SupportDeclared) {
            return state;
        }
        if (event instanceof PartnershipDeclared e) {
            return state.partnership(e.level(), e.occurredOn());
        }
        if (event instanceof PartnershipReaffirmed e) {
            // A reaffirmation with no declaration on record attests the level from its own date.
            return state.partnershipLevel() == null ? state.partnership(e.level(), e.occurredOn()) : state;
        }
        throw new IllegalArgumentException("A relationship does not know the event " + event.getClass().getName());
    }
}
