package dev.entente.domain.relationship;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.PartlyDated;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A command to the {@link Relationship} of a dyad; the first command to a dyad creates its relationship. */
public sealed interface RelationshipCommand extends PartlyDated
        permits EstablishDiplomaticRelations, SeverDiplomaticRelations, RestoreDiplomaticRelations,
                RecogniseIndependence, DeclareSupport, DeclarePartnership, ReaffirmPartnership,
                RecogniseGovernment, AnnouncePledge {

    Dyad dyad();

    /** The id of the aggregate this command goes to. */
    @TargetAggregateIdentifier
    default String targetAggregateId() {
        return Relationship.aggregateIdOf(dyad());
    }
}
