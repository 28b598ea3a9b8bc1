package dev.entente.application.batch;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * Identifiers for the events Entente appends: time-ordered UUIDs (version 7, RFC 9562), each greater than the one
 * before it from the same generator, in their text form as in their bits (ADR 0039). The event table keeps a unique
 * index of them; random identifiers (version 4, Axon's default) land anywhere in it, so a batch of many thousand
 * events rewrote pages all over that index, while these are added at its end.
 * <p>
 * The layout is the RFC's: 48 bits of Unix milliseconds, the version, then a 42-bit counter (12 bits, and the first
 * 30 of the variant's 62) that starts at a random value below 2<sup>41</sup> in each new millisecond and counts up
 * within it, then 32 random bits. A clock that goes back keeps the last millisecond and counts on; a counter that
 * runs out moves to the next millisecond. Two processes writing in the same millisecond draw different counters and
 * random bits, and the event table's unique index refuses the rare pair that would still collide, as it would two
 * random ones. Safe for several threads.
 */
public final class EventIdentifiers {

    /** The generator of this JVM, on the system clock and a {@link SecureRandom}. */
    private static final EventIdentifiers SYSTEM = new EventIdentifiers(System::currentTimeMillis,
            new SecureRandom());

    private static final int COUNTER_BITS = 42;
    private static final long COUNTER_LIMIT = 1L << COUNTER_BITS;
    /** A counter starts below half its range, so at least 2^41 identifiers fit in each millisecond. */
    private static final long COUNTER_START_MASK = (1L << (COUNTER_BITS - 1)) - 1;
    private static final int RANDOM_BITS = 32;
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT = 0x8000_0000_0000_0000L;

    private final LongSupplier clock;
    private final RandomGenerator random;
    private final long startMask;
    /** Guarded by this. */
    private long millis = -1;
    /** Guarded by this. */
    private long counter;

    /** A generator on {@code clock} (Unix milliseconds) and {@code random}; {@link #next()} is the usual one. */
    public EventIdentifiers(LongSupplier clock, RandomGenerator random) {
        this(clock, random, COUNTER_START_MASK);
    }

    /** With counters that start at the random draw masked by {@code startMask}: for a test of a counter running out. */
    EventIdentifiers(LongSupplier clock, RandomGenerator random, long startMask) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.startMask = startMask & (COUNTER_LIMIT - 1);
    }

    /** The next identifier of this JVM's generator. */
    public static String next() {
        return SYSTEM.nextIdentifier();
    }

    /** The next identifier of this generator, greater than every one it gave before. */
    public String nextIdentifier() {
        long time;
        long count;
        synchronized (this) {
            long now = clock.getAsLong();
            if (now > millis) {
                millis = now;
                counter = random.nextLong() & startMask;
            } else if (++counter == COUNTER_LIMIT) {
                millis++;
                counter = random.nextLong() & startMask;
            }
            time = millis;
            count = counter;
        }
        if (time >>> 48 != 0) {
            throw new IllegalStateException("The clock reads " + time + " ms, past what 48 bits of a UUID hold");
        }
        long high = time << 16 | VERSION_7 | count >>> (COUNTER_BITS - 12);
        long low = VARIANT | (count & ((1L << (COUNTER_BITS - 12)) - 1)) << RANDOM_BITS
                | random.nextInt() & 0xFFFF_FFFFL;
        return new UUID(high, low).toString();
    }
}
