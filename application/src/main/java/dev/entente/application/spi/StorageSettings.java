package dev.entente.application.spi;

import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * What an event storage engine is built with: the serializers for events and snapshots, the upcaster chain that
 * reads old revisions, and the filter that discards snapshots of an outdated shape.
 */
public record StorageSettings(Serializer eventSerializer, Serializer snapshotSerializer, EventUpcaster upcasterChain,
                              SnapshotFilter snapshotFilter) {
}
