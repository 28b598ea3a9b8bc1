package dev.entente.domain.agreement;

/** The act by which a state consents to be bound after signing (VCLT arts. 14, 16). */
public enum ConsentKind {
    RATIFICATION, ACCEPTANCE, APPROVAL
}
