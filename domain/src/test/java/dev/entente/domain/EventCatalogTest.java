package dev.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.correction.FactWithdrawn;
import dev.entente.domain.shared.AggregateType;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.StoredEventIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The shape every command and event keeps: records under one sealed interface, events with a stable stored name. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EventCatalogTest {

    private static final List<Class<?>> EVENT_TYPES = Aggregates.eventRoots();
    private static final List<Class<?>> COMMAND_TYPES = Aggregates.commandRoots();

    @Test
    void every_event_is_a_record_with_a_unique_stored_name_under_its_aggregate_and_a_revision() {
        Set<String> names = new HashSet<>();
        int events = 0;
        for (Class<?> sealed : EVENT_TYPES) {
            assertThat(sealed.isSealed()).isTrue();
            String prefix = sealed.getSimpleName().replace("Event", "").toLowerCase() + ".";
            for (Class<?> event : sealed.getPermittedSubclasses()) {
                events++;
                assertThat(event.isRecord()).as("%s is a record", event).isTrue();
                StoredEvent stored = event.getAnnotation(StoredEvent.class);
                assertThat(stored).as("%s has @StoredEvent", event.getSimpleName()).isNotNull();
                assertThat(stored.name()).startsWith(prefix);
                assertThat(stored.revision()).isNotBlank();
                assertThat(names.add(stored.name())).as("stored name %s is used twice", stored.name()).isTrue();
                assertThat(event.getSimpleName()).as("events are named in the past tense").matches("[A-Za-z]*([a-z]ed|Held)([A-Z][A-Za-z]*)?");
            }
        }
        assertThat(events).isEqualTo(29);
    }

    @Test
    void every_command_is_a_record_under_its_aggregates_sealed_interface() {
        int commands = 0;
        for (Class<?> sealed : COMMAND_TYPES) {
            assertThat(sealed.isSealed()).isTrue();
            for (Class<?> command : sealed.getPermittedSubclasses()) {
                commands++;
                assertThat(command.isRecord()).as("%s is a record", command).isTrue();
                assertThat(command.getAnnotation(StoredEvent.class)).isNull();
            }
        }
        assertThat(commands).isEqualTo(29);
    }

    @Test
    void the_registry_names_each_aggregate_with_its_roots_and_every_leaf_of_them() {
        assertThat(Aggregates.all()).extracting(AggregateType::name).containsExactly("Visit", "Agreement", "Relationship", "Meeting");
        for (AggregateType<?, ?, ?> type : Aggregates.all()) {
            assertThat(type.commandRoot().getSimpleName()).isEqualTo(type.name() + "Command");
            assertThat(type.eventRoot().getSimpleName()).isEqualTo(type.name() + "Event");
            assertThat(type.commandTypes()).allMatch(type.commandRoot()::isAssignableFrom).allMatch(Class::isRecord);
            assertThat(type.eventTypes()).allMatch(type.eventRoot()::isAssignableFrom).allMatch(Class::isRecord);
            assertThat(Aggregates.named(type.name())).contains(type);
        }
        assertThat(Aggregates.commandTypes()).hasSize(29).doesNotHaveDuplicates();
        assertThat(Aggregates.eventTypes()).hasSize(29).doesNotHaveDuplicates();
    }

    @Test
    void the_built_index_names_every_event_of_the_registry_and_the_withdrawal_as_their_annotations_do() {
        List<Class<?>> stored = new ArrayList<>(Aggregates.eventTypes());
        stored.add(FactWithdrawn.class);

        assertThat(StoredEventIndex.entries()).extracting(StoredEventIndex.Entry::type)
                .containsExactlyInAnyOrderElementsOf(stored);
        for (Class<?> type : stored) {
            StoredEvent annotation = type.getAnnotation(StoredEvent.class);
            StoredEventIndex.Entry entry = StoredEventIndex.byName(annotation.name());
            assertThat(entry).as("the index's entry for %s", annotation.name()).isNotNull();
            assertThat(entry.type()).isEqualTo(type);
            assertThat(entry.revision()).isEqualTo(annotation.revision());
            assertThat(StoredEventIndex.nameOf(type)).isEqualTo(annotation.name());
        }
        assertThat(StoredEventIndex.byName("mission.opened")).isNull();
    }

    @StoredEvent(name = "garden.planted", revision = "2")
    record Planted(String what) {
    }

    @Test
    void a_type_the_index_does_not_know_is_named_by_its_annotation_and_one_without_by_nothing() {
        assertThat(StoredEventIndex.nameOf(Planted.class)).isEqualTo("garden.planted");
        assertThat(StoredEventIndex.byName("garden.planted")).isNull();
        assertThat(StoredEventIndex.nameOf(String.class)).isNull();
    }
}
