package dev.entente.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The fuzzing's cases, drawn from a seeded {@link Random}, and where the suites report how many they ran (standard
 * output and target/fuzz-summary-SUITE.txt).
 *
 * <p>Case {@code i} of a property has the seed {@code entente.fuzz.seed + i}, shown in its name, and everything the
 * case does is drawn from a generator made from that seed and the property's name: a failing case is run again
 * alone with {@code -Dentente.fuzz.seed=<its seed> -Dentente.fuzz.cases=1} and {@code -Dtest=<Class>#<property>}.
 */
final class Fuzzing {

    /** The seed of each property's first case; the default makes every run the same. */
    static final long SEED = Long.getLong("entente.fuzz.seed", 20261129L);
    /** Cases of each property (twice as many for a property of weight 2): 40 unless -Dentente.fuzz.cases=N. */
    static final int CASES = Integer.getInteger("entente.fuzz.cases", 40);
    /** How long one fuzzed command may run (a second or two is usual) before it is interrupted and fails. */
    static final long COMMAND_TIMEOUT = Long.getLong("entente.fuzz.command-timeout", 30_000L);

    private Fuzzing() {
    }

    /**
     * The cases of one property as dynamic tests: {@code weight} times {@link #CASES}, each drawn by {@code draw}
     * from its own generator and checked by {@code check}.
     */
    static <C> Stream<DynamicTest> cases(String property, int weight, Function<Random, C> draw, Consumer<C> check) {
        return LongStream.range(0, (long) weight * CASES).mapToObj(i -> {
            long seed = SEED + i;
            C drawn = draw.apply(generator(property, seed));
            String name = "seed " + seed + ": " + drawn;
            return DynamicTest.dynamicTest(name, () -> {
                try {
                    check.accept(drawn);
                } catch (AssertionError failed) {
                    // The report names the case as the test's display name does, to run it again alone.
                    throw new AssertionError(name + " (" + property + ")\n" + failed.getMessage(), failed);
                }
            });
        });
    }

    /** The generator of a property's case: the same seed gives other cases to another property. */
    static Random generator(String property, long seed) {
        return new Random(seed * 0x9E3779B97F4A7C15L ^ property.hashCode());
    }

    /** One of {@code choices}, drawn by {@code random}. */
    @SafeVarargs
    static <T> T oneOf(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    static synchronized void report(String suite, String summary) {
        System.out.print(summary);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            try {
                Files.writeString(target.resolve("fuzz-summary-" + suite + ".txt"), summary, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
