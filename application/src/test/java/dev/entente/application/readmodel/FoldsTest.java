package dev.entente.application.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The union a record folds its sources with: each once, in the order first seen, whatever the lists hold. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FoldsTest {

    @Test
    void a_union_holds_each_element_once_in_the_order_first_seen_as_a_linked_set_would() {
        Random random = new Random(37);
        for (int i = 0; i < 5_000; i++) {
            // Few values or many, with repeats within either list and between them; equal but not the same instances.
            int kinds = 1 + random.nextInt(i % 2 == 0 ? 4 : 40);
            List<String> values = List.copyOf(randomList(random, kinds, random.nextInt(i % 3 == 0 ? 30 : 6)));
            List<String> more = randomList(random, kinds, random.nextInt(i % 5 == 0 ? 30 : 3));
            LinkedHashSet<String> expected = new LinkedHashSet<>(values);
            expected.addAll(more);

            List<String> union = Folds.union(values, more);

            assertThat(union).as(values + " ∪ " + more).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void a_union_that_adds_nothing_to_distinct_values_is_those_values() {
        List<String> values = List.of("a", "b");

        assertThat(Folds.union(values, List.of(new String("b")))).isSameAs(values);
        assertThat(Folds.union(List.of("a", "a"), List.of("a"))).containsExactly("a");
    }

    private static List<String> randomList(Random random, int kinds, int size) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(new String("source-" + random.nextInt(kinds)));
        }
        return list;
    }
}
