package dev.entente.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.adapters.json.chronicle.Chronicle;
import dev.entente.adapters.json.chronicle.ChronicleCommand;
import dev.entente.adapters.json.chronicle.ChronicleReader;
import dev.entente.application.EntenteEngine;
import dev.entente.application.batch.BatchCheck;
import dev.entente.application.batch.BatchReport;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.chronicles.GeneratedChronicle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Issue 8's apply row without JMH, for a shared machine: in one JVM, round after round, it reads a generated
 * chronicle and applies it to a fresh store as {@code entente apply} does (the check folding each part as the reader
 * hands it out, ADR 0025 amended), reads it and then applies it (the path before that; the two take turns at going
 * first in a round), applies the same chronicle
 * read beforehand (the engine alone), and inserts its events the raw way ({@link ApplyBenchmark#rawBatchInsert}), each
 * on a fresh SQLite file, back to back; then prints the medians of the measured rounds, in wall time and in the CPU
 * time of the threads doing the work (the calling thread and the common fork-join pool, where the reader binds in
 * parallel), of the calling thread alone (with a second core free, the others' work runs beside it, so this is
 * what bounds the wall time on an idle machine), and the ratios of each to the raw insert. The read models folding in the background after each commit
 * are not counted in the CPU figures (they are in the wall times of the rounds that follow, as in the JMH run).
 * <p>
 * {@code java -cp benchmarks.jar dev.entente.benchmarks.ApplyCpuProbe [commands] [warm-ups] [rounds]}.
 */
public final class ApplyCpuProbe {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ApplyCpuProbe() {
    }

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path chronicleDirectory = Stores.freshDirectory("probe-chronicle-");
        GeneratedChronicle.Written chronicle = GeneratedChronicle.write(chronicleDirectory.resolve("chronicle.jsonl"),
                commands);
        List<ApplyBenchmark.Recorded> recorded = ApplyBenchmark.recordedByApplying(chronicle);
        ObjectMapper mapper = EntenteJson.mapper();
        List<double[]> measured = new ArrayList<>();
        for (int round = 0; round < warmups + rounds; round++) {
            double[] figures = new double[14];
            // The whole path as entente apply takes it, and read-then-apply, one first in odd rounds and the other in
            // even ones, so that the place in the round (which seemed to matter at 100,000 commands) favours neither.
            if (round % 2 == 0) {
                folded(chronicle, figures);
                readThenApply(chronicle, figures);
            } else {
                readThenApply(chronicle, figures);
                folded(chronicle, figures);
            }
            // the engine alone
            List<PlannedCommand> planned = new ChronicleReader().read(chronicle.file()).planned();
            Path store = Stores.freshDirectory("probe-engine-");
            try (EntenteEngine engine = Stores.engine(store)) {
                Sample start = Sample.now();
                BatchReport report = engine.apply(planned);
                Sample end = Sample.now();
                check(report, chronicle);
                figures[4] = end.wallSince(start);
                figures[5] = end.cpuSince(start);
                figures[9] = end.callerCpuSince(start);
            } finally {
                Stores.delete(store);
            }
            // the raw insert
            store = Stores.freshDirectory("probe-raw-");
            try (Connection connection = Stores.rawEventTable(store);
                 PreparedStatement insert = connection.prepareStatement(ApplyBenchmark.INSERT_EVENT)) {
                Sample start = Sample.now();
                ApplyBenchmark.rawBatchInsert(recorded, connection, insert, mapper);
                Sample end = Sample.now();
                figures[6] = end.wallSince(start);
                figures[7] = end.cpuSince(start);
                figures[10] = end.callerCpuSince(start);
            } finally {
                Stores.delete(store);
            }
            System.out.printf(Locale.ROOT, "round %d%s: read+apply %.0f ms (cpu %.0f, calling thread %.0f; read with"
                            + " the check %.0f, cpu %.0f); read, then apply %.0f ms (cpu %.0f); engine alone %.0f ms"
                            + " (cpu %.0f, calling thread %.0f); raw insert %.0f ms (cpu %.0f)%n", round + 1,
                    round < warmups ? " (warm-up)" : "", figures[0], figures[1], figures[8], figures[2], figures[3],
                    figures[11], figures[12], figures[4], figures[5], figures[9], figures[6], figures[7]);
            if (round >= warmups) {
                measured.add(figures);
            }
        }
        Stores.delete(chronicleDirectory);
        double whole = median(measured, 0);
        double wholeCpu = median(measured, 1);
        double engine = median(measured, 4);
        double engineCpu = median(measured, 5);
        double raw = median(measured, 6);
        double rawCpu = median(measured, 7);
        System.out.printf(Locale.ROOT, "apply-probe: %,d commands, %,d events; medians of %d rounds after %d"
                        + " warm-ups%n", commands, chronicle.events(), rounds, warmups);
        System.out.printf(Locale.ROOT, "  read + apply: %.0f ms wall, %.0f ms cpu (the read, with the check folded"
                + " into it: %.0f ms wall, %.0f ms cpu)%n", whole, wholeCpu, median(measured, 2), median(measured, 3));
        double readThenApply = median(measured, 11);
        double readThenApplyCpu = median(measured, 12);
        System.out.printf(Locale.ROOT, "  read, then apply (the check after the read): %.0f ms wall, %.0f ms cpu%n",
                readThenApply, readThenApplyCpu);
        System.out.printf(Locale.ROOT, "  engine alone: %.0f ms wall, %.0f ms cpu%n", engine, engineCpu);
        System.out.printf(Locale.ROOT, "  raw insert:   %.0f ms wall, %.0f ms cpu%n", raw, rawCpu);
        double wholeCaller = median(measured, 8);
        double engineCaller = median(measured, 9);
        double rawCaller = median(measured, 10);
        System.out.printf(Locale.ROOT, "  calling thread's cpu: read + apply %.0f ms, engine alone %.0f ms, raw insert"
                + " %.0f ms%n", wholeCaller, engineCaller, rawCaller);
        System.out.printf(Locale.ROOT, "  ratio raw / (read + apply): wall %.3f, cpu %.3f, calling thread %.3f; raw /"
                        + " engine alone: wall %.3f, cpu %.3f, calling thread %.3f%n", raw / whole, rawCpu / wholeCpu,
                rawCaller / wholeCaller, raw / engine, rawCpu / engineCpu, rawCaller / engineCaller);
        System.out.printf(Locale.ROOT, "  ratio raw / (read, then apply): wall %.3f, cpu %.3f%n", raw / readThenApply,
                rawCpu / readThenApplyCpu);
    }

    /**
     * Read + apply, the whole path, as entente apply takes it: the check folds each part of the chronicle as the
     * reader hands it out (ADR 0025, amended), then the write.
     */
    private static void folded(GeneratedChronicle.Written chronicle, double[] figures) throws Exception {
        Path store = Stores.freshDirectory("probe-apply-");
        try (EntenteEngine engine = Stores.engine(store)) {
            Sample start = Sample.now();
            BatchCheck.Fold fold = engine.checking();
            new ChronicleReader().read(chronicle.file(),
                    part -> fold.add(part.stream().map(ChronicleCommand::planned).toList()));
            Sample afterRead = Sample.now();
            BatchReport report = engine.apply(fold.finish());
            Sample end = Sample.now();
            check(report, chronicle);
            figures[0] = end.wallSince(start);
            figures[1] = end.cpuSince(start);
            figures[2] = afterRead.wallSince(start);
            figures[3] = afterRead.cpuSince(start);
            figures[8] = end.callerCpuSince(start);
        } finally {
            Stores.delete(store);
        }
    }

    /** Read, then apply: the path before the check was folded into the read. */
    private static void readThenApply(GeneratedChronicle.Written chronicle, double[] figures) throws Exception {
        Path store = Stores.freshDirectory("probe-apply-after-");
        try (EntenteEngine engine = Stores.engine(store)) {
            Sample start = Sample.now();
            Chronicle read = new ChronicleReader().read(chronicle.file());
            BatchReport report = engine.apply(read.planned());
            Sample end = Sample.now();
            check(report, chronicle);
            figures[11] = end.wallSince(start);
            figures[12] = end.cpuSince(start);
        } finally {
            Stores.delete(store);
        }
    }

    private static void check(BatchReport report, GeneratedChronicle.Written chronicle) {
        if (report.applied().size() != chronicle.commands()) {
            throw new IllegalStateException("Applied " + report.applied().size() + " commands, not "
                    + chronicle.commands());
        }
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(row -> row[column]).sorted().toArray();
        return values.length == 0 ? Double.NaN : values[values.length / 2];
    }

    /**
     * A wall-clock reading and the CPU time so far of the calling thread and of each of the common pool's workers, by
     * thread id: a worker idle for a minute ends, and its time must then leave no hole in a difference.
     */
    private record Sample(long wall, long callerCpu, Map<Long, Long> workers) {

        static Sample now() {
            long callerCpu = THREADS.getCurrentThreadCpuTime();
            return new Sample(System.nanoTime(), callerCpu, CommonPoolCpu.byWorker());
        }

        /** The calling thread's CPU since {@code start}, and each worker's since then (all of it for a new one). */
        double cpuSince(Sample start) {
            return (callerCpu - start.callerCpu + CommonPoolCpu.since(start.workers, workers)) / 1e6;
        }

        double callerCpuSince(Sample start) {
            return (callerCpu - start.callerCpu) / 1e6;
        }

        double wallSince(Sample start) {
            return (wall - start.wall) / 1e6;
        }
    }
}
