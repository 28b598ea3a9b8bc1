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
    /** How long one fuzzed command may run (a second or two is usual) before it is interrupted and fails. */
    static final long COMMAND_TIMEOUT = Long.getLong("entente.fuzz.command-timeout", 30_000L);

    private Fuzzing() {
    }

    /**
     * The cases of one property as dynamic tests: {@code entente.fuzz.cases} of them (else {@code defaultCount}),
     * each drawn by {@code draw} from its own generator and checked by {@code check}.
     */
    static <C> Stream<DynamicTest> cases(String property, int defaultCount, Function<Random, C> draw,
                                         Consumer<C> check) {
        int count = Integer.getInteger("entente.fuzz.cases", defaultCount);
        return LongStream.range(0, count).mapToObj(i -> {
            long seed = SEED + i;
            C drawn = draw.apply(generator(property, seed));
            return DynamicTest.dynamicTest("seed " + seed + ": " + drawn, () -> check.accept(drawn));
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
