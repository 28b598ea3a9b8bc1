package dev.entente.application;

import java.time.Instant;

/**
 * An event as the store recorded it: the domain event, its stored name, the id of its aggregate and its sequence
 * there, its global position and the time it was recorded (not the date it happened, which the event carries).
 */
public record RecordedEvent(Object payload, String name, String aggregateId, long sequence, long position,
                            Instant recordedAt) {
}
