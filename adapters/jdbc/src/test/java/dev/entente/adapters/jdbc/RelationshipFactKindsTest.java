package dev.entente.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.relationship.RelationshipEvent;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The relationship events a fact row's kind names, taken from the index of stored events (ADR 0034), are the sealed
 * root's permitted subclasses, by simple name.
 */
class RelationshipFactKindsTest {

    @Test
    void the_kinds_read_from_the_index_are_the_permitted_subclasses_of_the_relationship_events() {
        Map<String, Class<?>> permitted = new HashMap<>();
        for (Class<?> type : RelationshipEvent.class.getPermittedSubclasses()) {
            permitted.put(type.getSimpleName(), type);
        }

        assertThat(JdbcReadModelStore.RELATIONSHIP_EVENTS).isEqualTo(permitted).isNotEmpty();
    }
}
