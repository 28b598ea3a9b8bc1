package dev.entente.benchmarks;

import dev.entente.application.EntenteEngine;
import dev.entente.domain.relationship.EstablishDiplomaticRelations;
import dev.entente.domain.shared.Dyad;
import dev.entente.embedded.Entente;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Start-up to a ready engine (issue 10's closing figures): a fresh JVM opens {@code Entente.embedded(directory)} on an
 * existing store, waits for its read models and answers {@code stateOf}; it prints the time from the JVM's start and
 * from the call to {@code Entente.embedded}, and the process's CPU time by then. Run N times (default 9), alternating with a JVM that prints a line and
 * exits, started the same way, and the medians are printed with their ratio. Nothing is asserted:
 * <pre>
 * java -cp tests/benchmarks/target/benchmarks.jar dev.entente.benchmarks.ReadyEngineStartup [--runs N]
 * </pre>
 */
public final class ReadyEngineStartup {

    private static final Dyad AZ_PK = Dyad.of("AZ", "PK");

    private ReadyEngineStartup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--open")) {
            long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
            long opening = System.currentTimeMillis();
            try (EntenteEngine engine = Entente.embedded(Path.of(args[1]))) {
                engine.awaitReadModels();
                engine.stateOf(AZ_PK, LocalDate.of(2024, 7, 13));
                long ready = System.currentTimeMillis();
                // CPU time of the whole process (every thread, the JIT's and GC's too): on a busy machine the wall
                // clock says more about the other processes than about this one.
                long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() / 1_000_000;
                System.out.println((ready - jvmStarted) + " " + (ready - opening) + " " + cpu);
            }
            return;
        }
        int runs = args.length == 2 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 9;
        Path store = Files.createTempDirectory("entente-ready-");
        try (EntenteEngine engine = Entente.embedded(store)) {
            engine.send(new EstablishDiplomaticRelations(AZ_PK, LocalDate.of(1992, 6, 9), List.of()));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> open = List.of(java, "-cp", classPath, ReadyEngineStartup.class.getName(), "--open",
                store.toString());
        List<String> printing = List.of(java, "-cp", classPath, StartupBenchmark.PrintAndExit.class.getName());
        run(open);
        run(printing);
        double[] fromJvm = new double[runs];
        double[] fromCall = new double[runs];
        double[] cpu = new double[runs];
        double[] process = new double[runs];
        double[] baseline = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            String[] times = run(open).strip().split(" ");
            process[i] = (System.nanoTime() - started) / 1e6;
            fromJvm[i] = Double.parseDouble(times[0]);
            fromCall[i] = Double.parseDouble(times[1]);
            cpu[i] = Double.parseDouble(times[2]);
            started = System.nanoTime();
            run(printing);
            baseline[i] = (System.nanoTime() - started) / 1e6;
        }
        System.out.printf(Locale.ROOT, "ready engine: %.0f ms from the JVM's start (of which Entente.embedded to a"
                        + " first answer: %.0f ms), %.0f ms of CPU by then; whole process %.0f ms; a printing JVM %.0f ms;"
                        + " ratio %.1f   (medians of %d runs)%n", median(fromJvm), median(fromCall), median(cpu),
                median(process), median(baseline), median(process) / median(baseline), runs);
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(false).start();
        process.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
