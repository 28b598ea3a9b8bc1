package dev.entente.application.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.EventMetadata;
import dev.entente.application.readmodel.Annotations;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EventChunksTest {

    /** Decisions of 3, 0, 4 and 2 events; the second decides nothing, the third has a key. */
    private final List<Decision> decisions = List.of(
            decision("a", "visit:a", 0, 3, null),
            decision("b", "visit:b", 5, 0, null),
            decision("c", "visit:c", 7, 4, "visit:c/RecordArrival#1"),
            decision("d", "visit:a", 3, 2, null));

    @Test
    void the_events_come_in_the_decisions_order_in_chunks_of_the_size_given_the_last_one_shorter() {
        List<List<EventMessage<?>>> chunks = all(new EventChunks(decisions, 4));

        assertThat(chunks).extracting(List::size).containsExactly(4, 4, 1);
        assertThat(chunks.stream().flatMap(List::stream).map(DomainEventMessage.class::cast)
                .map(event -> event.getAggregateIdentifier() + "#" + event.getSequenceNumber() + "=" + event.getPayload()))
                .containsExactly("visit:a#0=a0", "visit:a#1=a1", "visit:a#2=a2", "visit:c#7=c0", "visit:c#8=c1",
                        "visit:c#9=c2", "visit:c#10=c3", "visit:a#3=d0", "visit:a#4=d1");
        assertThat(chunks.get(0).get(0)).isInstanceOfSatisfying(DomainEventMessage.class,
                event -> assertThat(event.getType()).isEqualTo("Visit"));
    }

    @Test
    void the_events_of_one_decision_share_its_metadata_and_each_decision_has_its_own_command_id() {
        List<EventMessage<?>> events = all(new EventChunks(decisions, 1_000)).get(0);

        assertThat(events).hasSize(9);
        assertThat(events.get(1).getMetaData()).isSameAs(events.get(0).getMetaData());
        assertThat(events.get(0).getMetaData()).containsEntry(EventMetadata.COMMAND_DIGEST, "digest-a")
                .doesNotContainKey(EventMetadata.KEY);
        assertThat(events.get(3).getMetaData()).containsEntry(EventMetadata.COMMAND_DIGEST, "digest-c")
                .containsEntry(EventMetadata.KEY, "visit:c/RecordArrival#1");
        Object first = events.get(0).getMetaData().get("traceId");
        assertThat(events.get(0).getMetaData().get("correlationId")).isEqualTo(first);
        assertThat(events.get(3).getMetaData().get("traceId")).isNotEqualTo(first);
    }

    @Test
    void each_event_gets_a_time_ordered_identifier_greater_than_the_one_before_it() {
        List<String> identifiers = all(new EventChunks(decisions, 4)).stream().flatMap(List::stream)
                .map(EventMessage::getIdentifier).toList();

        assertThat(identifiers).hasSize(9).doesNotHaveDuplicates().isSorted()
                .allSatisfy(identifier -> assertThat(UUID.fromString(identifier).version()).isEqualTo(7));
    }

    @Test
    void no_decision_gives_no_chunk() {
        assertThat(new EventChunks(List.of(), 10).next()).isNull();
        assertThat(new EventChunks(List.of(decision("b", "visit:b", 0, 0, null)), 10).next()).isNull();
    }

    private static List<List<EventMessage<?>>> all(EventChunks chunks) {
        List<List<EventMessage<?>>> all = new ArrayList<>();
        for (List<EventMessage<?>> chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
            all.add(chunk);
        }
        return all;
    }

    private static Decision decision(String name, String aggregateId, long first, int events, String key) {
        List<Object> decided = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            decided.add(name + i);
        }
        PlannedCommand planned = new PlannedCommand("command " + name, "digest-" + name, "test " + name,
                Annotations.NONE, key);
        return new Decision(planned, "Visit", aggregateId, first, decided);
    }
}
