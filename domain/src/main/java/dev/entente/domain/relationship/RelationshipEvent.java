package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.PartlyDated;

/** Something that happened in the {@link Relationship} of a dyad. */
public sealed interface RelationshipEvent extends PartlyDated
        permits DiplomaticRelationsEstablished, DiplomaticRelationsSevered, DiplomaticRelationsRestored,
                IndependenceRecognised, SupportDeclared, PartnershipDeclared, PartnershipReaffirmed,
                GovernmentRecognised, PledgeAnnounced {

    Dyad dyad();
}
