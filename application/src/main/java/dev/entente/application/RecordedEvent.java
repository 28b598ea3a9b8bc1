package dev.entente.application;

import dev.entente.application.readmodel.Annotations;
import java.time.Instant;
import java.util.Map;

/**
 * An event as the store recorded it: the domain event, its stored name, the id of its aggregate and its sequence
 * there, its global position and the time it was recorded (not the date it happened, which the event carries); and
 * what was recorded beside it: the digest of the applied command that wrote it and that command's note and alternative
 * claims.
 *
 * @param payload the domain event
 * @param name its stored name, e.g. {@code visit.scheduled}
 * @param aggregateId the id of its aggregate, e.g. {@code visit:aliyev-pakistan-2024}; {@code null} for an event of
 *        no aggregate
 * @param sequence its sequence in the aggregate, from 0; -1 for an event of no aggregate
 * @param position its global position in the history
 * @param recordedAt when it was recorded
 * @param commandDigest the digest of the command of a batch that wrote the event
 *        ({@link EventMetadata#COMMAND_DIGEST}); {@code null} for an event written by {@code send}
 * @param annotations the note and alternative claims recorded with the command; {@link Annotations#NONE} when there
 *        are none, never {@code null}
 */
public record RecordedEvent(Object payload, String name, String aggregateId, long sequence, long position,
                            Instant recordedAt, String commandDigest, Annotations annotations) {

    public RecordedEvent {
        annotations = annotations == null ? Annotations.NONE : annotations;
    }

    /** An event with nothing recorded beside it: no command digest, no annotations. */
    public RecordedEvent(Object payload, String name, String aggregateId, long sequence, long position,
                         Instant recordedAt) {
        this(payload, name, aggregateId, sequence, position, recordedAt, null, Annotations.NONE);
    }

    /**
     * The same event with the command digest and annotations its metadata carries, as Entente writes them.
     *
     * @throws IllegalArgumentException when the annotations in {@code metadata} are not in the shape Entente writes
     */
    RecordedEvent withMetadata(Map<String, ?> metadata) {
        Object digest = metadata.get(EventMetadata.COMMAND_DIGEST);
        return new RecordedEvent(payload, name, aggregateId, sequence, position, recordedAt,
                digest == null ? null : digest.toString(), Annotations.fromMetadata(metadata));
    }
}
