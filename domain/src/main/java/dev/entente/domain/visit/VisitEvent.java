package dev.entente.domain.visit;

import dev.entente.domain.shared.PartlyDated;

/** Something that happened to a {@link Visit}. */
public sealed interface VisitEvent extends PartlyDated
        permits VisitScheduled, VisitPostponed, VisitCancelled, GuestArrived, CeremonyHeld, TalksHeld,
                JointStatementIssued, VisitConcluded {

    VisitId visitId();
}
