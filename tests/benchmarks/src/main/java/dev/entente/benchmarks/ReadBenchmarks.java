package dev.entente.benchmarks;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import dev.entente.application.ReplayProgress;
import dev.entente.application.ReplayReport;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.query.AgreementQuery;
import dev.entente.application.query.ReadModels;
import dev.entente.application.query.StoreReadModels;
import dev.entente.chronicles.Cast;
import dev.entente.domain.relationship.DeclareSupport;
import dev.entente.domain.shared.Dyad;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The read side's benchmarks, in one JVM, each figure printed beside a baseline from the same run:
 * {@code java -cp benchmarks.jar dev.entente.benchmarks.ReadBenchmarks [--quick] [--small N] [--large M]
 * [--only queries|writes|scale]}. See tests/benchmarks/README.md.
 */
public final class ReadBenchmarks {

    private static final int GENERATION_BATCH = 500;
    /** Commands per batch when the scale run's store is generated without read models. */
    private static final int FAST_GENERATION_BATCH = 5_000;
    /** The heap of the JVM that generates the scale run's store; the replay then runs under this JVM's own. */
    private static final String GENERATOR_HEAP = "-Xmx2g";
    /** The dyad every query asks about; its history is the same in the small and the large store. */
    private static final Dyad PROBE = Cast.DYADS.get(0);
    /** The events of the probe dyad's own history, in every store. */
    private static final int PROBE_EVENTS = 500;
    private static final LocalDate FAR_AHEAD = LocalDate.of(2200, 1, 1);

    private ReadBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        boolean quick = arguments.contains("--quick");
        int small = option(args, "--small", quick ? 2_000 : 10_000);
        int large = option(args, "--large", quick ? 20_000 : 200_000);
        int scale = option(args, "--scale", 1_000_000);
        String only = stringOption(args, "--only", "queries,writes");
        String generateInto = stringOption(args, "--generate-into", null);
        if (generateInto != null) {
            generateWithoutReadModels(Path.of(generateInto), scale);
            return;
        }
        Path work = Files.createTempDirectory("entente-read-bench-");
        try {
            System.out.printf(Locale.ROOT, "Entente read benchmarks (Java %s, %d cores, load average %.2f)%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (only.contains("queries") || only.contains("writes")) {
                Path smallStore = generate(work.resolve("small"), small);
                if (only.contains("writes")) {
                    readYourWrites(smallStore);
                }
                if (only.contains("queries")) {
                    Path largeStore = generate(work.resolve("large"), large);
                    queries(smallStore, small, largeStore, large);
                }
            }
            if (only.contains("scale")) {
                scaleRun(work.resolve("scale"), scale, small, work.resolve("scale-small"));
            }
        } finally {
            Stores.delete(work);
        }
    }

    // --- 1. queries: a large history against a small one, the answer the same ---------------------------------

    private static void queries(Path smallStore, int small, Path largeStore, int large) {
        double[] smallTimes = queryTimes(smallStore);
        double[] largeTimes = queryTimes(largeStore);
        String[] names = {"agreements --party " + PROBE.first(), "visits " + PROBE.first() + " " + PROBE.second(),
                "state " + PROBE.first() + " " + PROBE.second(), "timeline " + PROBE.first() + " " + PROBE.second()};
        System.out.printf(Locale.ROOT, "queries (median of the timed runs; the asked dyad has the same %,d events in"
                + " both stores):%n", PROBE_EVENTS);
        for (int i = 0; i < names.length; i++) {
            System.out.printf(Locale.ROOT, "  %-22s %,d events: %8.2f ms; %,d events: %8.2f ms; ratio %.2f%n",
                    names[i], large, largeTimes[i], small, smallTimes[i], largeTimes[i] / smallTimes[i]);
        }
    }

    /** Median milliseconds of each query on the store, read-only as the command line answers a question. */
    private static double[] queryTimes(Path store) {
        try (JdbcStorage storage = JdbcStorage.builder(EntenteJson.mapper()).sqlite(store).readOnly().build()) {
            ReadModels read = new StoreReadModels(storage.readModels());
            List<Supplier<Object>> queries = List.of(
                    () -> read.agreements(AgreementQuery.on(FAR_AHEAD).withParty(PROBE.first())),
                    () -> read.visits(PROBE),
                    () -> read.stateOf(PROBE, FAR_AHEAD),
                    () -> read.timeline(PROBE, null, null));
            double[] medians = new double[queries.size()];
            for (int q = 0; q < queries.size(); q++) {
                for (int i = 0; i < 20; i++) {
                    queries.get(q).get();
                }
                double[] times = new double[30];
                for (int i = 0; i < times.length; i++) {
                    long started = System.nanoTime();
                    queries.get(q).get();
                    times[i] = (System.nanoTime() - started) / 1e6;
                }
                medians[q] = median(times);
            }
            return medians;
        }
    }

    // --- 2. read-your-writes: a question right after a write on a warm engine ---------------------------------

    private static void readYourWrites(Path store) {
        try (EntenteEngine engine = Stores.engine(store)) {
            engine.awaitReadModels();
            int rounds = 60;
            double[] writes = new double[rounds];
            double[] reads = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long started = System.nanoTime();
                engine.apply(List.of(new PlannedCommand(new DeclareSupport(PROBE, FAR_AHEAD.plusDays(i),
                        PROBE.first(), PROBE.second(), "Read-your-writes " + i, null, Cast.SOURCES), "ryw-" + i,
                        "ryw " + i)));
                long written = System.nanoTime();
                int supports = engine.stateOf(PROBE, FAR_AHEAD.plusDays(i)).supports().size();
                long answered = System.nanoTime();
                if (i > 0 && supports == 0) {
                    throw new IllegalStateException("The question after the write did not see it");
                }
                writes[i] = (written - started) / 1e6;
                reads[i] = (answered - written) / 1e6;
            }
            // The first ten warm the engine up.
            double write = median(Arrays.copyOfRange(writes, 10, rounds));
            double read = median(Arrays.copyOfRange(reads, 10, rounds));
            System.out.printf(Locale.ROOT, "read-your-writes: the question right after a write answered in %.1f ms"
                    + " (median); the write itself took %.1f ms; ratio %.2f   (%d writes, the first 10 not counted)%n",
                    read, write, read / write, rounds);
        }
    }

    // --- 3. scale: a large store replayed with a small heap, its queries against a small store ------------------

    private static void scaleRun(Path store, int events, int small, Path smallStore) throws Exception {
        generateInAnotherJvm(store, events);
        Runtime.getRuntime().gc();
        resetPeaks();
        try (EntenteEngine engine = Stores.engine(store)) {
            // No wait for the read models first: the store was generated without them, and the replay builds them.
            HeapSampler sampler = new HeapSampler();
            ReplayReport report;
            try {
                report = engine.replay(ReplayProgress.silent());
            } finally {
                sampler.stop();
            }
            System.out.printf(Locale.ROOT, "scale: replay of %,d events with -Xmx%d MB: %.1f s, %,.0f events/s; peak"
                    + " heap in use %,d MB (sampled every 10 ms; the old generation's peak %,d MB)%n", report.events(),
                    Runtime.getRuntime().maxMemory() >> 20, report.took().toMillis() / 1e3,
                    report.events() / (report.took().toMillis() / 1e3), sampler.peak() >> 20, oldGenerationPeak() >> 20);
            if (report.events() != events) {
                throw new IllegalStateException("The replay folded " + report.events() + " events, not " + events);
            }
        }
        generate(smallStore, small);
        queries(smallStore, small, store, events);
    }

    /**
     * The scale run's store, generated by a child JVM with a larger heap than the replay is given: the commands of a
     * million-event history are held in memory before they are applied.
     */
    private static void generateInAnotherJvm(Path store, int events) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, GENERATOR_HEAP, "-cp", System.getProperty("java.class.path"),
                ReadBenchmarks.class.getName(), "--generate-into", store.toString(), "--scale",
                Integer.toString(events)).inheritIO().start();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("Generating the scale run's store failed (exit " + child.exitValue() + ")");
        }
    }

    /**
     * A store of exactly {@code events} events, as {@link #generate} makes it, faster: each batch of
     * {@value #FAST_GENERATION_BATCH} commands decided and appended by {@code EntenteEngine.apply} (so the events are
     * the engine's own decisions), with the read-model processor stopped, leaving the read models to a replay.
     */
    private static void generateWithoutReadModels(Path directory, int events) {
        List<Object> commands = history(events);
        long started = System.nanoTime();
        try (EntenteEngine engine = Stores.engine(directory)) {
            engine.axonConfiguration().eventProcessingConfiguration()
                    .eventProcessor("entente-read-models").ifPresent(processor -> processor.shutDown());
            apply(engine, commands, FAST_GENERATION_BATCH);
            if (Stores.events(engine) != events) {
                throw new IllegalStateException("The generated history has " + Stores.events(engine) + " events, not "
                        + events);
            }
        }
        System.out.printf(Locale.ROOT, "(generated a history of %,d events, without read models, in %.1f s)%n",
                events, (System.nanoTime() - started) / 1e9);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The peak use of the heap pools that hold long-lived objects (G1's old generation), since the last reset. The
     * pools' peaks together would overstate the heap: each pool peaks at a different moment.
     */
    private static long oldGenerationPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Old"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    /** The heap in use, read every 10 ms on a thread of its own until stopped; its highest reading. */
    private static final class HeapSampler {

        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler() {
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peak() {
            return peak.get();
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /**
     * A store of exactly {@code events} events: the probe dyad's own {@value #PROBE_EVENTS}, then a history across
     * the dyads that share no country with it, so that what the queries return does not grow with the store.
     */
    private static Path generate(Path directory, int events) {
        List<Object> commands = history(events);
        long started = System.nanoTime();
        try (EntenteEngine engine = Stores.engine(directory)) {
            apply(engine, commands, GENERATION_BATCH);
            engine.awaitReadModels();
            if (Stores.events(engine) != events) {
                throw new IllegalStateException("The generated history has " + Stores.events(engine) + " events, not "
                        + events);
            }
        }
        System.out.printf(Locale.ROOT, "(generated a history of %,d events in %.1f s)%n", events,
                (System.nanoTime() - started) / 1e9);
        return directory;
    }

    /** The commands of a history of exactly {@code events} events, as {@link #generate} describes it. */
    private static List<Object> history(int events) {
        List<Dyad> others = Cast.DYADS.stream()
                .filter(d -> !d.contains(PROBE.first()) && !d.contains(PROBE.second()))
                .toList();
        List<Object> commands = new ArrayList<>(ReplayHistory.commands(PROBE_EVENTS, List.of(PROBE)));
        commands.addAll(ReplayHistory.commands(events - PROBE_EVENTS, others));
        return commands;
    }

    private static void apply(EntenteEngine engine, List<Object> commands, int batchSize) {
        for (int from = 0; from < commands.size(); from += batchSize) {
            List<PlannedCommand> batch = new ArrayList<>();
            for (int i = from; i < Math.min(from + batchSize, commands.size()); i++) {
                batch.add(new PlannedCommand(commands.get(i), "generated-" + i, "command " + (i + 1)));
            }
            engine.apply(batch);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int option(String[] args, String name, int fallback) {
        String value = stringOption(args, name, null);
        return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    }

    private static String stringOption(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
