package dev.entente.benchmarks;

import dev.entente.adapters.json.chronicle.Chronicle;
import dev.entente.adapters.json.chronicle.ChronicleReader;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.chronicles.GeneratedChronicle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The read of a chronicle alone, what {@code entente apply} does before it checks anything: {@code read(file)} then
 * {@code planned()}, round after round in one JVM, printing the medians of the second half of the rounds (warm) in
 * wall time, in the CPU of the calling thread and in that of the calling thread with the common fork-join pool's
 * workers (where the reader scans and binds in parallel). No baseline: compare builds run back to back, with the
 * load average beside the figures ({@link ApplyCpuProbe} gives the ratio to the raw insert).
 * <p>
 * {@code java -cp benchmarks.jar dev.entente.benchmarks.ChronicleReadProbe [commands] [rounds]}.
 */
public final class ChronicleReadProbe {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ChronicleReadProbe() {
    }

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path directory = Stores.freshDirectory("read-probe-");
        try {
            GeneratedChronicle.Written chronicle = GeneratedChronicle.write(directory.resolve("chronicle.jsonl"),
                    commands);
            double[] wall = new double[rounds];
            double[] caller = new double[rounds];
            double[] cpu = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                Map<Long, Long> poolBefore = CommonPoolCpu.byWorker();
                long callerBefore = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                Chronicle read = new ChronicleReader().read(chronicle.file());
                List<PlannedCommand> planned = read.planned();
                long end = System.nanoTime();
                long callerAfter = THREADS.getCurrentThreadCpuTime();
                if (planned.size() != chronicle.commands()) {
                    throw new IllegalStateException("Read " + planned.size() + " commands, not "
                            + chronicle.commands());
                }
                wall[round] = (end - start) / 1e6;
                caller[round] = (callerAfter - callerBefore) / 1e6;
                cpu[round] = caller[round] + CommonPoolCpu.since(poolBefore, CommonPoolCpu.byWorker()) / 1e6;
            }
            System.out.printf(Locale.ROOT, "chronicle read (%,d commands, %,d bytes), medians of the last %d of %d"
                            + " rounds: wall %.1f ms, calling thread %.1f ms cpu, with the pool %.1f ms cpu%n",
                    commands, chronicle.bytes(), rounds - rounds / 2, rounds, warmMedian(wall), warmMedian(caller),
                    warmMedian(cpu));
        } finally {
            Stores.delete(directory);
        }
    }

    private static double warmMedian(double[] values) {
        double[] warm = Arrays.copyOfRange(values, values.length / 2, values.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
