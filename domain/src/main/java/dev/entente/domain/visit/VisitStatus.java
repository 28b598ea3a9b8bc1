package dev.entente.domain.visit;

/** Where a visit stands. */
public enum VisitStatus {
    SCHEDULED, IN_PROGRESS, CONCLUDED, CANCELLED
}
