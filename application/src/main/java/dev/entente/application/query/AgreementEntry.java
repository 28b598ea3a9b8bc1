package dev.entente.application.query;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.domain.agreement.AgreementStatus;

/** One line of the agreement register: the agreement and its status on the date asked. */
public record AgreementEntry(AgreementRecord agreement, AgreementStatus status) {
}
