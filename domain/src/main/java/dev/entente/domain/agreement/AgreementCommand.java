package dev.entente.domain.agreement;

import dev.entente.domain.shared.PartlyDated;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A command to the {@link Agreement} aggregate. */
public sealed interface AgreementCommand extends PartlyDated
        permits ConcludeAgreement, SignAgreement, RatifyAgreement, ApplyAgreementProvisionally, AmendAgreement,
                SuspendAgreement, ResumeAgreement, TerminateAgreement, RegisterAgreement, NotifyAgreement,
                RecordEntryIntoForce {

    AgreementId agreementId();

    /** The id of the aggregate this command goes to. */
    @TargetAggregateIdentifier
    default String targetAggregateId() {
        return agreementId().aggregateId();
    }
}
