package dev.entente.application.readmodel;

import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.DiplomaticRelationsRestored;
import dev.entente.domain.relationship.DiplomaticRelationsSevered;
import dev.entente.domain.relationship.GovernmentRecognised;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.relationship.PartnershipDeclared;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.PartnershipReaffirmed;
import dev.entente.domain.relationship.PledgeAnnounced;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The relationship's own history, folded from the Relationship aggregate's events: changes of diplomatic relations,
 * recognitions of independence and of governments, declared support, pledges and partnership levels, each dated so
 * that the state on any date can be derived. {@code position} is the global index of the last event folded in.
 */
public record RelationshipRecord(Dyad dyad, List<RelationsChange> relations, List<IndependenceRecognised> recognitions,
                                 List<SupportDeclared> supports, List<PartnershipChange> partnership,
                                 long position, List<GovernmentRecognised> governmentRecognitions,
                                 List<PledgeAnnounced> pledges) {

    /** Diplomatic relations as they stand after a change. */
    public enum Relations { NONE, ESTABLISHED, SEVERED }

    /**
     * A change of diplomatic relations; {@code by} is the severing country, else null. {@code on} is the day it is
     * known from; {@code asWritten} the date as the sources give it, null for an exact day.
     */
    public record RelationsChange(LocalDate on, Relations relations, boolean restored, Country by, String reason,
                                  List<Source> sources, WrittenDate asWritten) {

        /** The date as written, or the exact day. */
        public WrittenDate written() {
            return asWritten == null ? WrittenDate.day(on) : asWritten;
        }
    }

    /** A partnership level declared, or reaffirmed; {@code asWritten} as in {@link RelationsChange}. */
    public record PartnershipChange(LocalDate on, PartnershipLevel level, boolean reaffirmation, List<Source> sources,
                                    WrittenDate asWritten) {

        /** The date as written, or the exact day. */
        public WrittenDate written() {
            return asWritten == null ? WrittenDate.day(on) : asWritten;
        }
    }

    public RelationshipRecord {
        relations = Folds.list(relations);
        recognitions = Folds.list(recognitions);
        supports = Folds.list(supports);
        partnership = Folds.list(partnership);
        governmentRecognitions = Folds.list(governmentRecognitions);
        pledges = Folds.list(pledges);
    }

    /** The record of a dyad with no history yet. */
    public static RelationshipRecord empty(Dyad dyad) {
        return new RelationshipRecord(dyad, List.of(), List.of(), List.of(), List.of(), -1, List.of(), List.of());
    }

    /** The record of {@code dyad} folded from its facts, taken in order of position; empty without facts. */
    public static RelationshipRecord of(Dyad dyad, List<RelationshipFact> facts) {
        Fold fold = new Fold();
        long position = -1;
        for (RelationshipFact fact : facts) {
            fold.add(fact.event());
            position = Math.max(position, fact.position());
        }
        return fold.record(dyad, position);
    }

    /** This record with {@code event} folded in. */
    public RelationshipRecord apply(RelationshipEvent event, long at) {
        Fold fold = new Fold();
        fold.relations.addAll(relations);
        fold.recognitions.addAll(recognitions);
        fold.supports.addAll(supports);
        fold.partnership.addAll(partnership);
        fold.governments.addAll(governmentRecognitions);
        fold.pledges.addAll(pledges);
        fold.add(event);
        return fold.record(dyad, at);
    }

    /** The lists of a record while its facts are folded in, one after the other. */
    private static final class Fold {
        private final List<RelationsChange> relations = new ArrayList<>();
        private final List<IndependenceRecognised> recognitions = new ArrayList<>();
        private final List<SupportDeclared> supports = new ArrayList<>();
        private final List<PartnershipChange> partnership = new ArrayList<>();
        private final List<GovernmentRecognised> governments = new ArrayList<>();
        private final List<PledgeAnnounced> pledges = new ArrayList<>();

        RelationshipRecord record(Dyad dyad, long position) {
            return new RelationshipRecord(dyad, relations, recognitions, supports, partnership, position, governments,
                    pledges);
        }

        void add(RelationshipEvent event) {
            if (event instanceof DiplomaticRelationsEstablished established) {
                relations.add(new RelationsChange(established.occurredOn(), Relations.ESTABLISHED, false, null, null,
                        established.sources(), established.dateAsWritten()));
            } else if (event instanceof DiplomaticRelationsSevered severed) {
                relations.add(new RelationsChange(severed.occurredOn(), Relations.SEVERED, false,
                        severed.severedBy(), severed.reason(), severed.sources(), severed.dateAsWritten()));
            } else if (event instanceof DiplomaticRelationsRestored restored) {
                relations.add(new RelationsChange(restored.occurredOn(), Relations.ESTABLISHED, true, null, null,
                        restored.sources(), restored.dateAsWritten()));
            } else if (event instanceof IndependenceRecognised recognised) {
                recognitions.add(recognised);
            } else if (event instanceof GovernmentRecognised recognised) {
                governments.add(recognised);
            } else if (event instanceof SupportDeclared declared) {
                supports.add(declared);
            } else if (event instanceof PledgeAnnounced pledge) {
                pledges.add(pledge);
            } else if (event instanceof PartnershipDeclared declared) {
                partnership.add(new PartnershipChange(declared.occurredOn(), declared.level(), false,
                        declared.sources(), declared.dateAsWritten()));
            } else if (event instanceof PartnershipReaffirmed reaffirmed) {
                partnership.add(new PartnershipChange(reaffirmed.occurredOn(), reaffirmed.level(), true,
                        reaffirmed.sources(), reaffirmed.dateAsWritten()));
            } else {
                throw new IllegalArgumentException("A relationship record does not know the event "
                        + event.getClass().getName());
            }
        }
    }
}
