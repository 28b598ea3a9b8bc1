package dev.entente.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.adapters.json.chronicle.ChronicleCommand;
import dev.entente.adapters.json.chronicle.ChronicleReader;
import dev.entente.application.EntenteEngine;
import dev.entente.application.batch.BatchCheck;
import dev.entente.application.batch.BatchReport;
import dev.entente.application.batch.CheckedBatch;
import dev.entente.chronicles.GeneratedChronicle;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the apply row's time goes, per 1,000 commands, so that two sizes of chronicle can be set side by side (issue
 * 8, sixth session: why 100,000 commands do worse than 20,000): in one JVM, round after round, the chronicle read
 * with the check folded into it (as {@code entente apply} does), then the engine's write of the checked batch
 * ({@link EntenteEngine#apply(CheckedBatch)}: events, command log, key index, commit), then the raw insert of the
 * same events ({@link ApplyBenchmark#rawBatchInsert}); each in wall time, in the CPU of the threads doing the work
 * (the calling thread and the common fork-join pool) and in the CPU of the JVM's garbage collector threads (their
 * names in {@code /proc/self/task} on Linux; elsewhere the collectors' own accumulated pause time, which is wall
 * time and the best the platform offers). Prints each round and the medians of the measured ones; no ratio is
 * asserted anywhere.
 * <p>
 * {@code java -Xmx4g -cp benchmarks.jar dev.entente.benchmarks.ApplyPhaseProbe [commands] [warm-ups] [rounds]}.
 */
public final class ApplyPhaseProbe {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path TASKS = Path.of("/proc/self/task");
    /** The collector's threads as HotSpot names them: G1's and Parallel's workers, G1's concurrent ones. */
    private static final List<String> GC_THREADS = List.of("GC Thread", "G1 ");
    private static final String[] PHASES = {"read + check", "write", "raw insert"};

    private ApplyPhaseProbe() {
    }

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        double thousands = commands / 1000.0;
        Path chronicleDirectory = Stores.freshDirectory("phase-probe-chronicle-");
        GeneratedChronicle.Written chronicle = GeneratedChronicle.write(chronicleDirectory.resolve("chronicle.jsonl"),
                commands);
        List<ApplyBenchmark.Recorded> recorded = ApplyBenchmark.recordedByApplying(chronicle);
        ObjectMapper mapper = EntenteJson.mapper();
        System.out.printf(Locale.ROOT, "apply-phase-probe: %,d commands, %,d events; per 1,000 commands: wall / cpu"
                + " of the working threads / cpu of the GC threads, in ms (GC measured as %s)%n", commands,
                chronicle.events(), Gc.THREADS_READABLE ? "its threads' CPU" : "pause time");
        List<double[]> measured = new ArrayList<>();
        for (int round = 0; round < warmups + rounds; round++) {
            double[] figures = new double[9];
            Path store = Stores.freshDirectory("phase-probe-engine-");
            try (EntenteEngine engine = Stores.engine(store)) {
                Sample start = Sample.now();
                BatchCheck.Fold fold = engine.checking();
                new ChronicleReader().read(chronicle.file(),
                        part -> fold.add(part.stream().map(ChronicleCommand::planned).toList()));
                CheckedBatch checked = fold.finish();
                Sample read = Sample.now();
                BatchReport report = engine.apply(checked);
                Sample written = Sample.now();
                if (report.applied().size() != commands) {
                    throw new IllegalStateException("Applied " + report.applied().size() + " commands, not "
                            + commands);
                }
                read.since(start, figures, 0, thousands);
                written.since(read, figures, 3, thousands);
            } finally {
                Stores.delete(store);
            }
            store = Stores.freshDirectory("phase-probe-raw-");
            try (Connection connection = Stores.rawEventTable(store);
                 PreparedStatement insert = connection.prepareStatement(ApplyBenchmark.INSERT_EVENT)) {
                Sample start = Sample.now();
                ApplyBenchmark.rawBatchInsert(recorded, connection, insert, mapper);
                Sample.now().since(start, figures, 6, thousands);
            } finally {
                Stores.delete(store);
            }
            System.out.printf(Locale.ROOT, "round %d%s: %s%n", round + 1, round < warmups ? " (warm-up)" : "",
                    describe(figures));
            if (round >= warmups) {
                measured.add(figures);
            }
        }
        Stores.delete(chronicleDirectory);
        double[] medians = new double[9];
        for (int column = 0; column < medians.length; column++) {
            int each = column;
            double[] values = measured.stream().mapToDouble(row -> row[each]).sorted().toArray();
            medians[column] = values.length == 0 ? Double.NaN : values[values.length / 2];
        }
        System.out.printf(Locale.ROOT, "medians of %d rounds after %d warm-ups: %s%n", rounds, warmups,
                describe(medians));
    }

    private static String describe(double[] figures) {
        StringBuilder text = new StringBuilder();
        for (int phase = 0; phase < PHASES.length; phase++) {
            text.append(phase == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s %.1f / %.1f / %.1f",
                    PHASES[phase], figures[3 * phase], figures[3 * phase + 1], figures[3 * phase + 2]));
        }
        return text.toString();
    }

    /** Wall clock, the working threads' CPU and the collector's, at one instant. */
    private record Sample(long wall, long callerCpu, Map<Long, Long> workers, long gcMillis) {

        static Sample now() {
            long callerCpu = THREADS.getCurrentThreadCpuTime();
            return new Sample(System.nanoTime(), callerCpu, CommonPoolCpu.byWorker(), Gc.millis());
        }

        /** Wall, CPU and GC from {@code start} to this sample, per 1,000 commands, into {@code figures[at..at+2]}. */
        void since(Sample start, double[] figures, int at, double thousands) {
            figures[at] = (wall - start.wall) / 1e6 / thousands;
            figures[at + 1] = (callerCpu - start.callerCpu + CommonPoolCpu.since(start.workers, workers)) / 1e6
                    / thousands;
            figures[at + 2] = (gcMillis - start.gcMillis) / thousands;
        }
    }

    /** The garbage collector's time so far, in milliseconds. */
    private static final class Gc {

        static final boolean THREADS_READABLE = Files.isDirectory(TASKS);
        /** Clock ticks per second of {@code /proc}'s times: 100 on every Linux the project runs on. */
        private static final long TICKS_PER_SECOND = 100;

        private Gc() {
        }

        static long millis() {
            if (!THREADS_READABLE) {
                return ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(time -> time > 0).sum();
            }
            long ticks = 0;
            try (Stream<Path> tasks = Files.list(TASKS)) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    ticks += gcTicks(task);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot list " + TASKS, e);
            }
            return ticks * 1000 / TICKS_PER_SECOND;
        }

        /** The user and system ticks of {@code task} if it is a collector's thread; 0 otherwise or if it ended. */
        private static long gcTicks(Path task) {
            try {
                String name = Files.readString(task.resolve("comm")).trim();
                if (GC_THREADS.stream().noneMatch(name::startsWith)) {
                    return 0;
                }
                String stat = Files.readString(task.resolve("stat"));
                // After the name in parentheses: state is field 3, utime field 14 and stime field 15 of the line.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException ended) {
                // The thread ended between the listing and the reading: its ticks are gone with it.
                return 0;
            }
        }
    }
}
