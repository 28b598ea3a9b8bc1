package dev.entente.adapters.jdbc;

import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.projection.ReadModelProjector;
import dev.entente.application.projection.WithdrawnEvents;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.spi.EventRow;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.application.spi.StorageSettings;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.correction.FactWithdrawn;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.relationship.Relationship;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;

/**
 * A history appended to a storage's event table one event at a time, each with the global index it was stored at, and
 * folded into read models as the read-model processor folds it (ADR 0029: the JDBC read models fold their records and
 * entries back from these rows when asked, so a test stores the events it expects answers from).
 */
final class EventHistory {

    /** One stored event: its message, the global index of its row, and the annotations its metadata carries. */
    record Stored(DomainEventMessage<?> message, long position, Annotations annotations) {

        Object payload() {
            return message.getPayload();
        }

        String aggregateId() {
            return message.getAggregateIdentifier();
        }

        long sequence() {
            return message.getSequenceNumber();
        }
    }

    private final JdbcStorage storage;
    private final EventStorageEngine engine;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<Stored> stored = new ArrayList<>();

    /** A history on {@code storage}'s event table, written (and read by its read models) as {@code settings} say. */
    EventHistory(JdbcStorage storage, StorageSettings settings) {
        this.storage = storage;
        this.engine = storage.eventStorage(settings);
    }

    EventStorageEngine engine() {
        return engine;
    }

    Stored visit(VisitId visit, Object payload) {
        return append("Visit", visit.aggregateId(), payload, Annotations.NONE);
    }

    Stored visit(VisitId visit, Object payload, Annotations annotations) {
        return append("Visit", visit.aggregateId(), payload, annotations);
    }

    Stored agreement(AgreementId agreement, Object payload) {
        return append("Agreement", agreement.aggregateId(), payload, Annotations.NONE);
    }

    Stored relationship(Dyad dyad, Object payload) {
        return append("Relationship", Relationship.aggregateIdOf(dyad), payload, Annotations.NONE);
    }

    Stored meeting(MeetingId meeting, Object payload, Annotations annotations) {
        return append("Meeting", meeting.aggregateId(), payload, annotations);
    }

    /** Withdraws {@code events} (all of one aggregate) with a withdrawal stored in their own stream (ADR 0022). */
    Stored withdraw(Stored... events) {
        String aggregate = events[0].aggregateId();
        FactWithdrawn withdrawal = new FactWithdrawn(aggregate,
                Arrays.stream(events).map(Stored::sequence).toList(), null, "recorded in error", CITED, 0);
        return append(events[0].message().getType(), aggregate, withdrawal, Annotations.NONE);
    }

    /** Appends one event after its aggregate's last, and reads the global index its row was given. */
    Stored append(String type, String aggregateId, Object payload, Annotations annotations) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        DomainEventMessage<?> message = new GenericDomainEventMessage<>(type, aggregateId, sequence, payload,
                MetaData.from(annotations.toMetadata()));
        long after = stored.isEmpty() ? -1 : stored.get(stored.size() - 1).position();
        engine.appendEvents(message);
        List<EventRow> rows = storage.eventRows(after, Long.MAX_VALUE, 10).orElseThrow();
        assertThat(rows).as("the rows appended after %d", after).hasSize(1);
        Stored event = new Stored(message, rows.get(0).position(), annotations);
        stored.add(event);
        return event;
    }

    /** Every event appended so far, in the order of their global index. */
    List<Stored> all() {
        return List.copyOf(stored);
    }

    /** Folds every event appended so far into {@code store}. */
    <S extends ReadModelStore> S foldInto(S store) {
        return foldInto(store, stored);
    }

    /**
     * Folds {@code events} into {@code store} as a replay does: the withdrawals among them learnt first, then every
     * event in order through the {@link ReadModelProjector}, a withdrawn one and a withdrawal passed over.
     */
    static <S extends ReadModelStore> S foldInto(S store, List<Stored> events) {
        WithdrawnEvents withdrawn = new WithdrawnEvents();
        events.forEach(event -> {
            if (event.payload() instanceof FactWithdrawn withdrawal) {
                withdrawn.add(withdrawal);
            }
        });
        ReadModelProjector projector = new ReadModelProjector(store);
        for (Stored event : events) {
            if (!withdrawn.passesOver(event.payload(), event.aggregateId(), event.sequence())) {
                projector.project(event.payload(), event.position(), event.annotations());
            }
        }
        return store;
    }

    /** What the projector makes of every event appended so far, in memory, with each entry's text. */
    InMemoryReadModelStore inMemory() {
        return foldInto(new InMemoryReadModelStore());
    }
}
