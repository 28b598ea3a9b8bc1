package dev.entente.application.readmodel;

import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.DiplomaticRelationsRestored;
import dev.entente.domain.relationship.DiplomaticRelationsSevered;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.relationship.PartnershipDeclared;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.PartnershipReaffirmed;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * The relationship's own history, folded from the Relationship aggregate's events: changes of diplomatic relations,
 * recognitions, declared support and partnership levels, each dated so that the state on any date can be derived.
 * {@code position} is the global index of the last event folded in.
 */
public record RelationshipRecord(Dyad dyad, List<RelationsChange> relations, List<IndependenceRecognised> recognitions,
                                 List<SupportDeclared> supports, List<PartnershipChange> partnership,
                                 long position) {

    /** Diplomatic relations as they stand after a change. */
    public enum Relations { NONE, ESTABLISHED, SEVERED }

    /** A change of diplomatic relations; {@code by} is the severing country, else null. */
    public record RelationsChange(LocalDate on, Relations relations, boolean restored, Country by, String reason,
                                  List<Source> sources) {
    }

    /** A partnership level declared, or reaffirmed. */
    public record PartnershipChange(LocalDate on, PartnershipLevel level, boolean reaffirmation, List<Source> sources) {
    }

    public RelationshipRecord {
        relations = Folds.list(relations);
        recognitions = Folds.list(recognitions);
        supports = Folds.list(supports);
        partnership = Folds.list(partnership);
    }

    /** The record of a dyad with no history yet. */
    public static RelationshipRecord empty(Dyad dyad) {
        return new RelationshipRecord(dyad, List.of(), List.of(), List.of(), List.of(), -1);
    }

    /** This record with {@code event} folded in. */
    public RelationshipRecord apply(RelationshipEvent event, long at) {
        List<RelationsChange> relations = this.relations;
        List<IndependenceRecognised> recognitions = this.recognitions;
        List<SupportDeclared> supports = this.supports;
        List<PartnershipChange> partnership = this.partnership;
        if (event instanceof DiplomaticRelationsEstablished established) {
            relations = Folds.plus(relations, new RelationsChange(established.occurredOn(), Relations.ESTABLISHED,
                    false, null, null, established.sources()));
        } else if (event instanceof DiplomaticRelationsSevered severed) {
            relations = Folds.plus(relations, new RelationsChange(severed.occurredOn(), Relations.SEVERED, false,
                    severed.severedBy(), severed.reason(), severed.sources()));
        } else if (event instanceof DiplomaticRelationsRestored restored) {
            relations = Folds.plus(relations, new RelationsChange(restored.occurredOn(), Relations.ESTABLISHED, true,
                    null, null, restored.sources()));
        } else if (event instanceof IndependenceRecognised recognised) {
            recognitions = Folds.plus(recognitions, recognised);
        } else if (event instanceof SupportDeclared declared) {
            supports = Folds.plus(supports, declared);
        } else if (event instanceof PartnershipDeclared declared) {
            partnership = Folds.plus(partnership, new PartnershipChange(declared.occurredOn(), declared.level(), false,
                    declared.sources()));
        } else if (event instanceof PartnershipReaffirmed reaffirmed) {
            partnership = Folds.plus(partnership, new PartnershipChange(reaffirmed.occurredOn(), reaffirmed.level(),
                    true, reaffirmed.sources()));
        }
        return new RelationshipRecord(dyad, relations, recognitions, supports, partnership, at);
    }
}
