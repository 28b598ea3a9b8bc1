package dev.entente.application.spi;

/**
 * One stored event as its row holds it, for a bulk replay that reads the event table in pages: its global index,
 * its stored name and revision, and its serialized payload.
 */
public record EventRow(long position, String payloadType, String payloadRevision, byte[] payload) {
}
