package dev.entente.application.batch;

import dev.entente.application.inmemory.InMemoryStorage;
import dev.entente.application.spi.StorageSettings;
import dev.entente.domain.agreement.Agreement;
import dev.entente.domain.relationship.Relationship;
import dev.entente.domain.visit.Visit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Plays a batch through the aggregates in memory, on a copy of the history of the aggregates it touches, so that a
 * batch a rule refuses is found out before anything is written.
 */
final class DryRun {

    private DryRun() {
    }

    /** Sends every command in the sandbox; the first refusal is thrown as {@link BatchRefused}. */
    static void play(List<PlannedCommand> batch, Function<String, DomainEventStream> history) {
        InMemoryStorage sandbox = new InMemoryStorage();
        EventStorageEngine events = sandbox.eventStorage(new StorageSettings(null, null, null, null));
        for (String aggregateId : touched(batch)) {
            List<EventMessage<?>> existing = new ArrayList<>();
            history.apply(aggregateId).asStream().forEach(existing::add);
            if (!existing.isEmpty()) {
                events.appendEvents(existing);
            }
        }
        Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> events)
                .configureAggregate(Visit.class)
                .configureAggregate(Agreement.class)
                .configureAggregate(Relationship.class)
                .buildConfiguration();
        axon.start();
        try {
            for (PlannedCommand planned : batch) {
                try {
                    axon.commandGateway().sendAndWait(planned.command());
                } catch (RuntimeException refused) {
                    throw new BatchRefused(planned, refused);
                }
            }
        } finally {
            axon.shutdown();
        }
    }

    private static Set<String> touched(List<PlannedCommand> batch) {
        Set<String> ids = new LinkedHashSet<>();
        for (PlannedCommand planned : batch) {
            ids.add(planned.aggregateId());
        }
        return ids;
    }
}
