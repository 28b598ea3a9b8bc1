package dev.entente.benchmarks;

import static dev.entente.benchmarks.LongAggregateBenchmark.talks;
import static dev.entente.benchmarks.LongAggregateBenchmark.visit;

import dev.entente.application.EntenteEngine;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.domain.visit.VisitId;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 8's row "the 10,001st command on one aggregate ÷ the 11th" through chronicles, without JMH, for a shared
 * machine: each command a keyed chronicle entry (ADR 0022, 0027), on an SQLite file store with snapshots every 20
 * events. A visit is given {@code history} events as keyed entries; then, round after round, back to back in this
 * JVM, {@code commands} keyed entries are checked ({@code EntenteEngine.check}, nothing written) and applied (a batch
 * of one entry each) to that visit, and as many to fresh visits of 10 events (each the 11th command). Printed: the
 * medians over the rounds of long ÷ short, in the calling thread's CPU time (which the other builds on the machine
 * disturb least) and in wall time, with the load average.
 * <p>
 * {@code java -cp benchmarks.jar dev.entente.benchmarks.KeyedLongAggregateProbe [history] [commands] [warm-ups]
 * [rounds]}, by default 10,000 events, 100 commands, 1 warm-up round and 5 measured rounds.
 */
public final class KeyedLongAggregateProbe {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final VisitId LONG = VisitId.of("long-visit");

    private final AtomicLong entries = new AtomicLong();

    private KeyedLongAggregateProbe() {
    }

    public static void main(String[] args) {
        int history = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int commands = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        new KeyedLongAggregateProbe().run(history, commands, warmups, rounds);
    }

    private void run(int history, int commands, int warmups, int rounds) {
        Path directory = Stores.freshDirectory("keyed-long-aggregate-");
        try (EntenteEngine engine = Stores.engine(directory)) {
            LongAggregateBenchmark.applyLongHistory(engine, LONG, history, this::keyed);
            engine.awaitReadModels();
            String[] names = {"check", "apply"};
            double[][] cpuRatios = new double[2][rounds];
            double[][] wallRatios = new double[2][rounds];
            double[] loads = new double[rounds];
            for (int round = 0; round < warmups + rounds; round++) {
                List<VisitId> fresh = freshVisits(engine, round, commands);
                double[][] figures = new double[4][];
                figures[0] = timed(() -> {
                    for (int i = 0; i < commands; i++) {
                        engine.check(keyed(List.of(talks(LONG))));
                    }
                });
                figures[1] = timed(() -> fresh.forEach(visit -> engine.check(keyed(List.of(talks(visit))))));
                figures[2] = timed(() -> {
                    for (int i = 0; i < commands; i++) {
                        engine.apply(keyed(List.of(talks(LONG))));
                    }
                });
                figures[3] = timed(() -> fresh.forEach(visit -> engine.apply(keyed(List.of(talks(visit))))));
                engine.awaitReadModels();
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                System.out.printf(Locale.ROOT, "%s round %d: check long %.0f / short %.0f ms CPU (%.0f / %.0f wall);"
                                + " apply long %.0f / short %.0f ms CPU (%.0f / %.0f wall); load %.1f%n",
                        round < warmups ? "warm-up" : "measured", round + 1, figures[0][0], figures[1][0],
                        figures[0][1], figures[1][1], figures[2][0], figures[3][0], figures[2][1], figures[3][1], load);
                if (round >= warmups) {
                    int at = round - warmups;
                    for (int path = 0; path < 2; path++) {
                        cpuRatios[path][at] = figures[2 * path][0] / figures[2 * path + 1][0];
                        wallRatios[path][at] = figures[2 * path][1] / figures[2 * path + 1][1];
                    }
                    loads[at] = load;
                }
            }
            for (int path = 0; path < 2; path++) {
                System.out.printf(Locale.ROOT, "keyed %s: command %,d+ of one aggregate ÷ command 11 of fresh ones:"
                                + " %.2f× CPU of the calling thread, %.2f× wall (medians of %d rounds of %d commands;"
                                + " rounds' CPU ratios %s; load average %.1f–%.1f)%n", names[path], history + 1,
                        median(cpuRatios[path]), median(wallRatios[path]), rounds, commands,
                        Arrays.toString(rounded(cpuRatios[path])), Arrays.stream(loads).min().orElse(0),
                        Arrays.stream(loads).max().orElse(0));
            }
        } finally {
            Stores.delete(directory);
        }
    }

    /** Visits of 10 events each, applied outside the measured part, so that the measured command is the 11th. */
    private List<VisitId> freshVisits(EntenteEngine engine, int round, int count) {
        List<VisitId> visits = LongAggregateBenchmark.shortVisits(round, count);
        engine.apply(keyed(LongAggregateBenchmark.shortHistories(visits)));
        engine.awaitReadModels();
        return visits;
    }

    /** The calling thread's CPU time and the wall time of {@code work}, in milliseconds. */
    private static double[] timed(Runnable work) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        work.run();
        return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double[] rounded(double[] values) {
        return Arrays.stream(values).map(value -> Math.round(value * 100) / 100.0).toArray();
    }

    /** As a chronicle's entries: each with a stable key of its own, {@code HoldTalks#n@keyed-probe.json}. */
    private List<PlannedCommand> keyed(List<Object> commands) {
        return LongAggregateBenchmark.keyed(commands, entries, "keyed-probe");
    }
}
