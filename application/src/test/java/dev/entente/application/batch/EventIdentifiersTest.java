package dev.entente.application.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EventIdentifiersTest {

    @Test
    void an_identifier_is_a_version_7_uuid_holding_the_millisecond_it_was_made_in() {
        EventIdentifiers identifiers = new EventIdentifiers(() -> 1_764_500_000_123L, new SplittableRandom(1));

        UUID identifier = UUID.fromString(identifiers.nextIdentifier());

        assertThat(identifier.version()).isEqualTo(7);
        assertThat(identifier.variant()).isEqualTo(2);
        assertThat(millisecondOf(identifier.toString())).isEqualTo(1_764_500_000_123L);
    }

    @Test
    void identifiers_of_one_millisecond_and_of_the_next_each_sort_after_the_one_before_as_text() {
        AtomicLong clock = new AtomicLong(1_764_500_000_000L);
        EventIdentifiers identifiers = new EventIdentifiers(clock::get, new SplittableRandom(2));
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            if (i % 1_000 == 0) {
                clock.incrementAndGet();
            }
            made.add(identifiers.nextIdentifier());
        }

        assertThat(made).doesNotHaveDuplicates().isSortedAccordingTo(String::compareTo);
        // As numbers too: the text is the bits in hexadecimal, fixed width.
        for (int i = 1; i < made.size(); i++) {
            assertThat(compareAsUnsigned(made.get(i - 1), made.get(i))).isNegative();
        }
    }

    @Test
    void a_clock_that_goes_back_keeps_the_last_millisecond_and_the_order() {
        AtomicLong clock = new AtomicLong(1_764_500_000_500L);
        EventIdentifiers identifiers = new EventIdentifiers(clock::get, new SplittableRandom(3));
        String before = identifiers.nextIdentifier();
        clock.set(1_764_500_000_100L);

        String after = identifiers.nextIdentifier();

        assertThat(after).isGreaterThan(before);
        assertThat(millisecondOf(after)).isEqualTo(1_764_500_000_500L);
    }

    @Test
    void a_counter_starts_low_enough_in_its_millisecond_to_leave_room_for_two_to_the_41_identifiers() {
        EventIdentifiers identifiers = new EventIdentifiers(() -> 1_764_500_000_000L, () -> -1L);

        assertThat(counterOf(identifiers.nextIdentifier())).isEqualTo((1L << 41) - 1);
    }

    @Test
    void a_counter_that_runs_out_moves_to_the_next_millisecond() {
        // Counters that start at the top of their 42 bits: the second identifier of a millisecond has none left.
        EventIdentifiers identifiers = new EventIdentifiers(() -> 1_764_500_000_000L, () -> -1L, -1L);
        String first = identifiers.nextIdentifier();

        String second = identifiers.nextIdentifier();

        assertThat(counterOf(first)).isEqualTo((1L << 42) - 1);
        assertThat(millisecondOf(second)).isEqualTo(1_764_500_000_001L);
        assertThat(second).isGreaterThan(first);
        // The clock still reads the first millisecond, behind the second: the third counts on from the second's counter,
        // which started at the top again, and moves on once more.
        String third = identifiers.nextIdentifier();
        assertThat(millisecondOf(third)).isEqualTo(1_764_500_000_002L);
        assertThat(third).isGreaterThan(second);
    }

    @Test
    void identifiers_made_on_several_threads_at_once_are_all_different_and_each_thread_sees_them_rise() throws Exception {
        EventIdentifiers identifiers = new EventIdentifiers(System::currentTimeMillis, new SplittableRandom(4));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<String>>> tasks = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                tasks.add(() -> {
                    List<String> made = new ArrayList<>();
                    for (int i = 0; i < 10_000; i++) {
                        made.add(identifiers.nextIdentifier());
                    }
                    return made;
                });
            }
            Set<String> all = new HashSet<>();
            for (Future<List<String>> result : threads.invokeAll(tasks)) {
                List<String> made = result.get();
                assertThat(made).isSorted();
                all.addAll(made);
            }
            assertThat(all).hasSize(40_000);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_clock_past_what_48_bits_hold_is_refused_rather_than_cut() {
        EventIdentifiers identifiers = new EventIdentifiers(() -> 1L << 48, new SplittableRandom(5));

        assertThatThrownBy(identifiers::nextIdentifier).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("48 bits");
    }

    @Test
    void the_generator_of_this_jvm_gives_rising_version_7_identifiers() {
        String first = EventIdentifiers.next();
        String second = EventIdentifiers.next();

        assertThat(second).isGreaterThan(first);
        assertThat(UUID.fromString(second).version()).isEqualTo(7);
    }

    private static long millisecondOf(String identifier) {
        return UUID.fromString(identifier).getMostSignificantBits() >>> 16;
    }

    private static long counterOf(String identifier) {
        UUID bits = UUID.fromString(identifier);
        return (bits.getMostSignificantBits() & 0xFFF) << 30 | (bits.getLeastSignificantBits() >>> 32) & ((1L << 30) - 1);
    }

    private static int compareAsUnsigned(String left, String right) {
        UUID a = UUID.fromString(left);
        UUID b = UUID.fromString(right);
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
