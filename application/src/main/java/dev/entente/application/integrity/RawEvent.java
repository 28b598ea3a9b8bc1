package dev.entente.application.integrity;

/**
 * An event exactly as a store holds it, before any upcaster or serializer has read it: what an integrity check or an
 * import must judge without trusting it.
 *
 * @param position    the global index, or the line of an event log, that locates it in a report
 * @param eventId     the event's identifier
 * @param aggregateId the aggregate it belongs to
 * @param sequence    its sequence number within the aggregate
 * @param recordedAt  when it was recorded, as stored (ISO-8601 text)
 * @param name        the stored event name, e.g. {@code agreement.signed}
 * @param revision    the revision its payload was written in, or {@code null}
 * @param payload     the stored payload (UTF-8 JSON)
 * @param metaData    the stored metadata (UTF-8 JSON), or {@code null}
 */
public record RawEvent(long position, String eventId, String aggregateId, long sequence, String recordedAt,
                       String name, String revision, byte[] payload, byte[] metaData) {
}
