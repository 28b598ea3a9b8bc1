package dev.entente.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The start-up of a question (issue 8): {@code ./entente state AZ PK} on an existing store, from process start to
 * exit, against a JVM that prints a line and exits, started the same way (the same {@code java}, the options the
 * script gives a question). Run from the repository's root, after building this jar:
 * <pre>
 * java -cp tests/benchmarks/target/benchmarks.jar dev.entente.benchmarks.StartupBenchmark [--runs N]
 * </pre>
 * It makes a store from the reference chronicle in a temporary directory (which also builds the command line and
 * records its class-data archive, if the script needs to), then alternates the three processes N times (default 15)
 * and prints the median of each and their ratios: the question through the script, the same question with
 * {@code java -jar} (the script's own cost left out), and the printing JVM; then, where {@code /usr/bin/time} is
 * there, the CPU time of the last two (user plus system), which a shared machine disturbs less. Nothing is asserted.
 */
public final class StartupBenchmark {

    /** What the {@code entente} script gives a question's JVM (besides its class-data archive). */
    static final List<String> QUESTION_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length == 2 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 15;
        Path root = Path.of("").toAbsolutePath();
        Path script = root.resolve("entente");
        Path jar = root.resolve("adapters/cli/target/entente-cli.jar");
        Path archive = root.resolve("adapters/cli/target/entente-cli.jsa");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("run this from the repository's root: no ./entente in " + root);
        }
        Path benchmarks = Path.of(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path store = Files.createTempDirectory("entente-startup-");
        try {
            run(store, List.of(script.toString(), "apply", root.resolve("examples/azerbaijan-pakistan-2024.json")
                    .toString()));
            List<String> direct = new ArrayList<>(List.of(java, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            if (Files.isRegularFile(archive)) {
                direct.add("-XX:SharedArchiveFile=" + archive);
            }
            direct.addAll(QUESTION_OPTIONS);
            direct.addAll(List.of("-jar", jar.toString(), "state", "AZ", "PK"));
            List<String> printing = new ArrayList<>(List.of(java));
            printing.addAll(QUESTION_OPTIONS);
            printing.addAll(List.of("-cp", benchmarks.toString(), PrintAndExit.class.getName()));
            List<String> viaScript = List.of(script.toString(), "state", "AZ", "PK");

            // One of each first, untimed: the file system's caches.
            run(store, viaScript);
            run(store, direct);
            run(store, printing);
            double[] script1 = new double[runs];
            double[] direct1 = new double[runs];
            double[] printing1 = new double[runs];
            double[] directCpu = new double[runs];
            double[] printingCpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                script1[i] = run(store, viaScript);
                direct1[i] = run(store, direct);
                printing1[i] = run(store, printing);
                directCpu[i] = cpu(store, direct);
                printingCpu[i] = cpu(store, printing);
            }
            double viaScriptMedian = median(script1);
            double directMedian = median(direct1);
            double printingMedian = median(printing1);
            System.out.printf(Locale.ROOT, "start-up (%d runs each, medians; load average before: %s, after: %s)%n",
                    runs, LOAD_BEFORE, load());
            System.out.printf(Locale.ROOT, "  ./entente state AZ PK:             %6.0f ms  ratio %.1f%n",
                    viaScriptMedian, viaScriptMedian / printingMedian);
            System.out.printf(Locale.ROOT, "  java -jar entente-cli.jar state:  %6.0f ms  ratio %.1f%n",
                    directMedian, directMedian / printingMedian);
            System.out.printf(Locale.ROOT, "  a JVM that prints and exits:      %6.0f ms  (the baseline)%n",
                    printingMedian);
            if (!Double.isNaN(median(directCpu))) {
                // CPU time (user + system, all the JVM's threads) says more than wall time on a shared machine.
                System.out.printf(Locale.ROOT, "  CPU, java -jar ... state:          %6.0f ms  ratio %.1f%n",
                        median(directCpu), median(directCpu) / median(printingCpu));
                System.out.printf(Locale.ROOT, "  CPU, the printing JVM:             %6.0f ms%n", median(printingCpu));
            }
        } finally {
            Stores.delete(store);
        }
    }

    private static final String LOAD_BEFORE = load();

    /** Wall time of one process, in milliseconds; fails unless it exits 0. */
    private static double run(Path store, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ENTENTE_STORE", store.toString());
        long started = System.nanoTime();
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        int status = process.waitFor();
        double millis = (System.nanoTime() - started) / 1e6;
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + status + ":\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
        return millis;
    }

    /**
     * User plus system CPU time of one process, in milliseconds, as {@code /usr/bin/time} reports it (the same
     * tool around both processes); NaN where there is no {@code /usr/bin/time}.
     */
    private static double cpu(Path store, List<String> command) throws IOException, InterruptedException {
        Path time = Path.of("/usr/bin/time");
        if (!Files.isExecutable(time)) {
            return Double.NaN;
        }
        Path report = Files.createTempFile("entente-startup-cpu-", ".txt");
        try {
            List<String> timed = new ArrayList<>(List.of(time.toString(), "-f", "%U %S", "-o", report.toString()));
            timed.addAll(command);
            run(store, timed);
            String[] seconds = Files.readString(report).trim().split("\\s+");
            return (Double.parseDouble(seconds[seconds.length - 2]) + Double.parseDouble(seconds[seconds.length - 1]))
                    * 1000;
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    /** The baseline: a JVM that prints a line and exits. */
    public static final class PrintAndExit {

        private PrintAndExit() {
        }

        public static void main(String[] args) {
            System.out.println("Azerbaijan–Pakistan (AZ-PK)");
        }
    }
}
