package dev.entente.benchmarks;

import dev.entente.application.EntenteEngine;
import dev.entente.application.ReplayProgress;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The replay against its raw read, alternated in one JVM, each timed by the wall clock and by the CPU time of the
 * whole process (a replay may use a second thread, and a shared machine stretches the wall clock but not the CPU):
 * {@code java -cp benchmarks.jar dev.entente.benchmarks.ReplayCpuProbe [--events N] [--rounds R] [--warmups W]
 * [--keep DIR]}; with {@code --keep} the history is generated into {@code DIR} once and kept for the next run.
 * Prints the medians and their ratios (raw ÷ replay, so that higher is better, as in {@link Main}), and the CPU each
 * other Java thread (the common pool's workers that read, decode and write JSON for the replay, ADR 0028) spent per
 * replay.
 */
public final class ReplayCpuProbe {

    private ReplayCpuProbe() {
    }

    public static void main(String[] args) throws Exception {
        int events = option(args, "--events", 20_000);
        int rounds = option(args, "--rounds", 7);
        int warmups = option(args, "--warmups", 3);
        String keep = stringOption(args, "--keep");
        Path work = keep != null ? Path.of(keep) : Files.createTempDirectory("entente-replay-probe-");
        System.setProperty(Stores.WORK_DIRECTORY_PROPERTY, work.toString());
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try {
            Path store = Stores.history(events);
            ReplayBenchmark raw = new ReplayBenchmark();
            raw.events = events;
            Blackhole blackhole = new Blackhole(
                    "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
            double[][] replay = new double[rounds][3];
            Map<String, Double> otherThreads = new TreeMap<>();
            double[][] read = new double[rounds][3];
            try (EntenteEngine engine = Stores.engine(store); Connection connection = Stores.connectReadOnly(store)) {
                engine.awaitReadModels();
                raw.useConnection(connection);
                for (int round = -warmups; round < rounds; round++) {
                    Map<String, Long> threadsBefore = threadCpu();
                    double[] r = time(os, () -> {
                        if (engine.replay(ReplayProgress.silent()).events() != events) {
                            throw new IllegalStateException("The replay did not fold " + events + " events");
                        }
                    });
                    Map<String, Long> threadsAfter = threadCpu();
                    double[] b = time(os, () -> raw.rawRead(blackhole));
                    if (round >= 0) {
                        threadsAfter.forEach((name, nanos) -> otherThreads.merge(name,
                                (nanos - threadsBefore.getOrDefault(name, 0L)) / 1e6 / rounds, Double::sum));
                        replay[round] = r;
                        read[round] = b;
                    }
                    System.out.printf(Locale.ROOT, "%s %d: replay %.1f ms wall, %.1f ms CPU (%.1f thread); raw read"
                            + " %.1f ms wall, %.1f ms CPU (%.1f thread); load %.2f%n",
                            round < 0 ? "warm-up" : "round", Math.abs(round), r[0], r[1], r[2], b[0], b[1], b[2],
                            os.getSystemLoadAverage());
                }
            }
            double replayWall = median(replay, 0);
            double replayCpu = median(replay, 1);
            double readWall = median(read, 0);
            double readCpu = median(read, 1);
            System.out.printf(Locale.ROOT, "replay of %,d events, medians of %d rounds: replay %.1f ms wall (%,.0f"
                    + " events/s), %.1f ms CPU; raw read %.1f ms wall (%,.0f events/s), %.1f ms CPU%n", events,
                    rounds, replayWall, events / replayWall * 1e3, replayCpu, readWall, events / readWall * 1e3,
                    readCpu);
            System.out.printf(Locale.ROOT, "ratio raw ÷ replay: wall %.3f, CPU %.3f, calling thread's CPU %.3f"
                    + " (%.1f ÷ %.1f ms) (load average %.2f)%n", readWall / replayWall, readCpu / replayCpu,
                    median(read, 2) / median(replay, 2), median(read, 2), median(replay, 2),
                    os.getSystemLoadAverage());
            // Where the rest of the process CPU went during a replay: decoding and JSON helpers, the collector's and
            // the compiler's threads are not Java threads and stay in the process figure only.
            System.out.printf(Locale.ROOT, "other Java threads' CPU per replay (mean): %s%n", otherThreads.entrySet()
                    .stream().filter(e -> e.getValue() >= 0.5 && !e.getKey().equals(Thread.currentThread().getName()))
                    .map(e -> String.format(Locale.ROOT, "%s %.1f ms", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", ")));
        } finally {
            if (keep == null) {
                Stores.delete(work);
            }
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /**
     * Wall, process CPU and calling-thread CPU milliseconds of {@code work}; the thread's CPU leaves out the
     * collector, the compiler and other processes' load, so it is the steadiest of the three on a shared machine.
     */
    private static double[] time(com.sun.management.OperatingSystemMXBean os, Work work) throws Exception {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long thread = threads.getCurrentThreadCpuTime();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        work.run();
        return new double[] {(System.nanoTime() - wall) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6,
            (threads.getCurrentThreadCpuTime() - thread) / 1e6};
    }

    /** Each live Java thread's CPU nanoseconds by its name, a pool's numbered threads summed under one name. */
    private static Map<String, Long> threadCpu() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new HashMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos > 0) {
                    byName.merge(info.getThreadName().replaceAll("\\d+$", "N"), nanos, Long::sum);
                }
            }
        }
        return byName;
    }

    private static double median(double[][] values, int column) {
        double[] sorted = Arrays.stream(values).mapToDouble(v -> v[column]).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static int option(String[] args, String name, int fallback) {
        String value = stringOption(args, name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String stringOption(String[] args, String name) {
        int at = Arrays.asList(args).indexOf(name);
        return at >= 0 && at + 1 < args.length ? args[at + 1] : null;
    }
}
