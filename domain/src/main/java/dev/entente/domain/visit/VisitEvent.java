package dev.entente.domain.visit;

import dev.entente.domain.shared.Fact;

/** Something that happened to a {@link Visit}. */
public sealed interface VisitEvent extends Fact
        permits VisitScheduled, VisitPostponed, VisitCancelled, GuestArrived, CeremonyHeld, TalksHeld,
                JointStatementIssued, VisitConcluded {

    VisitId visitId();
}
