package dev.entente.domain.relationship;

import dev.entente.domain.relationship.RelationshipStanding.Relations;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Decider;
import dev.entente.domain.shared.RuleViolation;
import dev.entente.domain.shared.WrittenDate;
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
        if (command instanceof RecogniseGovernment c) {
            return List.of(recogniseGovernment(c));
        }
        if (command instanceof AnnouncePledge c) {
            return List.of(pledge(c));
        }
        throw new IllegalArgumentException("A relationship has no rule for " + command.getClass().getName());
    }

    static DiplomaticRelationsEstablished establish(RelationshipStanding state, EstablishDiplomaticRelations command) {
        if (state.relations() == Relations.ESTABLISHED) {
            throw new RuleViolation(RelationshipRule.RELATIONS_ALREADY_ESTABLISHED, command.dyad()
                    + " cannot establish diplomatic relations on " + command.writtenDate()
                    + ": they have had relations since " + state.relationsChanged() + ".");
        }
        mustNotPrecedeLastChange(state, command, "establish diplomatic relations");
        return new DiplomaticRelationsEstablished(command.dyad(), command.occurredOn(), command.sources(),
                command.dateAsWritten());
    }

    static DiplomaticRelationsSevered sever(RelationshipStanding state, SeverDiplomaticRelations command) {
        mustBelongToTheDyad(command, command.severedBy());
        if (state.relations() != Relations.ESTABLISHED) {
            throw new RuleViolation(RelationshipRule.RELATIONS_NOT_ESTABLISHED, command.dyad()
                    + " cannot sever diplomatic relations on " + command.writtenDate()
                    + ": no relations are on record between them.");
        }
        mustNotPrecedeLastChange(state, command, "sever diplomatic relations");
        return new DiplomaticRelationsSevered(command.dyad(), command.occurredOn(), command.severedBy(),
                command.reason(), command.sources(), command.dateAsWritten());
    }

    static DiplomaticRelationsRestored restore(RelationshipStanding state, RestoreDiplomaticRelations command) {
        if (state.relations() != Relations.SEVERED) {
            throw new RuleViolation(RelationshipRule.RELATIONS_NOT_SEVERED, command.dyad()
                    + " cannot restore diplomatic relations on " + command.writtenDate()
                    + ": their relations are not severed.");
        }
        mustNotPrecedeLastChange(state, command, "restore diplomatic relations");
        return new DiplomaticRelationsRestored(command.dyad(), command.occurredOn(), command.sources(),
                command.dateAsWritten());
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
                    + command.writtenDate() + ": it already did on " + state.recognitions().get(direction) + ".");
        }
        return new IndependenceRecognised(command.dyad(), command.occurredOn(), command.recognising(),
                command.recognised(), command.sources(), command.dateAsWritten());
    }

    static GovernmentRecognised recogniseGovernment(RecogniseGovernment command) {
        mustBelongToTheDyad(command, command.recognising());
        mustBelongToTheDyad(command, command.recognised());
        if (command.recognising().equals(command.recognised())) {
            throw new RuleViolation(RelationshipRule.RECOGNISES_ITSELF, command.recognising()
                    + " cannot recognise its own government; recognition is by one state of the other's.");
        }
        // Governments change, so one state may recognise several governments of the other: no rule against a second.
        return new GovernmentRecognised(command.dyad(), command.occurredOn(), command.recognising(),
                command.recognised(), command.government(), command.sources(), command.dateAsWritten());
    }

    static PledgeAnnounced pledge(AnnouncePledge command) {
        mustBelongToTheDyad(command, command.pledgedBy());
        return new PledgeAnnounced(command.dyad(), command.occurredOn(), command.pledgedBy(), command.pledge(),
                command.amount(), command.sectors(), command.sources(), command.dateAsWritten());
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
                command.issue(), command.forum(), command.sources(), command.dateAsWritten());
    }

    static PartnershipDeclared declarePartnership(RelationshipStanding state, DeclarePartnership command) {
        if (command.level().equals(state.partnershipLevel())) {
            throw new RuleViolation(RelationshipRule.PARTNERSHIP_LEVEL_ALREADY_DECLARED, command.dyad()
                    + " cannot declare a " + command.level() + " on " + command.writtenDate()
                    + ": it is their level since " + state.partnershipDeclared() + "; reaffirm it instead.");
        }
        mustNotPrecedePartnership(state, command);
        return new PartnershipDeclared(command.dyad(), command.occurredOn(), command.level(), command.sources(),
                command.dateAsWritten());
    }

    static PartnershipReaffirmed reaffirmPartnership(RelationshipStanding state, ReaffirmPartnership command) {
        if (state.partnershipLevel() != null && !state.partnershipLevel().equals(command.level())) {
            throw new RuleViolation(RelationshipRule.REAFFIRMED_LEVEL_DIFFERS, command.dyad() + " cannot reaffirm a "
                    + command.level() + " on " + command.writtenDate() + ": their declared level is "
                    + state.partnershipLevel() + " since " + state.partnershipDeclared()
                    + "; declare the new level instead.");
        }
        mustNotPrecedePartnership(state, command);
        return new PartnershipReaffirmed(command.dyad(), command.occurredOn(), command.level(), command.sources(),
                command.dateAsWritten());
    }

    // --- rules -------------------------------------------------------------------------------------------------

    static void mustBelongToTheDyad(RelationshipCommand command, Country country) {
        if (!command.dyad().contains(country)) {
            throw new RuleViolation(RelationshipRule.COUNTRY_NOT_IN_DYAD, command.getClass().getSimpleName()
                    + " on " + command.writtenDate() + " names " + country + ", which is not in the dyad "
                    + command.dyad() + ".");
        }
    }

    /** Refuses a change of relations certainly dated before the last one; a partial date may fall either side. */
    static void mustNotPrecedeLastChange(RelationshipStanding state, RelationshipCommand command, String what) {
        WrittenDate last = state.relationsChanged();
        if (last != null && command.writtenDate().certainlyBefore(last)) {
            throw new RuleViolation(RelationshipRule.DATE_BEFORE_LAST_CHANGE, command.dyad() + " cannot " + what
                    + " on " + command.writtenDate() + ": their relations last changed on " + last + ".");
        }
    }

    /** Refuses a partnership change certainly dated before the level on record; a partial date may fall either side. */
    static void mustNotPrecedePartnership(RelationshipStanding state, RelationshipCommand command) {
        WrittenDate declared = state.partnershipDeclared();
        if (declared != null && command.writtenDate().certainlyBefore(declared)) {
            throw new RuleViolation(RelationshipRule.DATE_BEFORE_LAST_CHANGE, command.dyad()
                    + " cannot change or reaffirm their partnership on " + command.writtenDate()
                    + ": the level on record dates from " + declared + ".");
        }
    }

    // --- state -------------------------------------------------------------------------------------------------

    @Override
    public RelationshipStanding evolve(RelationshipStanding state, RelationshipEvent event) {
        if (event instanceof DiplomaticRelationsEstablished || event instanceof DiplomaticRelationsRestored) {
            return state.withRelations(Relations.ESTABLISHED, event);
        }
        if (event instanceof DiplomaticRelationsSevered) {
            return state.withRelations(Relations.SEVERED, event);
        }
        if (event instanceof IndependenceRecognised e) {
            return state.recognised(RelationshipStanding.direction(e.recognising(), e.recognised()), e.occurredOn());
        }
        if (event instanceof SupportDeclared || event instanceof GovernmentRecognised || event instanceof PledgeAnnounced) {
            return state;
        }
        if (event instanceof PartnershipDeclared e) {
            return state.partnership(e.level(), e);
        }
        if (event instanceof PartnershipReaffirmed e) {
            // A reaffirmation with no declaration on record attests the level from its own date.
            return state.partnershipLevel() == null ? state.partnership(e.level(), e) : state;
        }
        throw new IllegalArgumentException("A relationship does not know the event " + event.getClass().getName());
    }
}
