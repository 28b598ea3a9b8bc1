package dev.entente.application.spi;

/**
 * One stored event as its row holds it, for a bulk replay that reads the event table in pages: its global index,
 * its stored name and revision, its serialized payload, and its serialized metadata (null when not read).
 */
public record EventRow(long position, String payloadType, String payloadRevision, byte[] payload, byte[] metadata) {

    /** A row read without its metadata. */
    public EventRow(long position, String payloadType, String payloadRevision, byte[] payload) {
        this(position, payloadType, payloadRevision, payload, null);
    }
}
