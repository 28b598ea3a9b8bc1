package dev.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.agreement.AgreementCommand;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.relationship.RelationshipCommand;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.visit.VisitCommand;
import dev.entente.domain.visit.VisitEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The shape every command and event keeps: records under one sealed interface, events with a stable stored name. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EventCatalogTest {

    private static final List<Class<?>> EVENT_TYPES = List.of(VisitEvent.class, AgreementEvent.class, RelationshipEvent.class);
    private static final List<Class<?>> COMMAND_TYPES = List.of(VisitCommand.class, AgreementCommand.class, RelationshipCommand.class);

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
        assertThat(events).isEqualTo(25);
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
        assertThat(commands).isEqualTo(24);
    }
}
