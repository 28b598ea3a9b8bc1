package dev.entente.application.readmodel;

import java.time.LocalDate;

/**
 * The annotations of one fact of a record: the fact's event kind (e.g. {@code visit.guest-arrived}), its date and
 * global position, and the note and alternative claims recorded with it.
 */
public record AnnotatedFact(String kind, LocalDate occurredOn, long position, Annotations annotations) {
}
