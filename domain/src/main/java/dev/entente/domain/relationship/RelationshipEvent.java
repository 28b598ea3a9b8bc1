package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Fact;

/** Something that happened in the {@link Relationship} of a dyad. */
public sealed interface RelationshipEvent extends Fact
        permits DiplomaticRelationsEstablished, DiplomaticRelationsSevered, DiplomaticRelationsRestored,
                IndependenceRecognised, SupportDeclared, PartnershipDeclared, PartnershipReaffirmed {

    Dyad dyad();
}
