package dev.entente.domain.agreement;

import dev.entente.domain.shared.PartlyDated;

/** Something that happened to an {@link Agreement}. */
public sealed interface AgreementEvent extends PartlyDated
        permits AgreementConcluded, AgreementSigned, AgreementRatified, AgreementEnteredIntoForce,
                AgreementProvisionallyApplied, AgreementAmended, AgreementSuspended, AgreementResumed,
                AgreementTerminated, AgreementRegistered, AgreementNotified {

    AgreementId agreementId();
}
