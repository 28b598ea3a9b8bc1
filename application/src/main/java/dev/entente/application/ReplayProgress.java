package dev.entente.application;

/** Told how a replay advances, about every tenth of a second, and once at the end. */
@FunctionalInterface
public interface ReplayProgress {

    /** {@code position} of {@code head} reached, after {@code eventsHandled} events at {@code eventsPerSecond}. */
    void advanced(long position, long head, long eventsHandled, double eventsPerSecond);

    static ReplayProgress silent() {
        return (position, head, handled, rate) -> {
        };
    }
}
