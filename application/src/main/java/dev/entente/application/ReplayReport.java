package dev.entente.application;

import java.time.Duration;

/** What a replay did: how many events the read models were rebuilt from, and how long it took. */
public record ReplayReport(long events, Duration took) {

    public double eventsPerSecond() {
        double seconds = took.toNanos() / 1e9;
        return seconds == 0 ? events : events / seconds;
    }
}
