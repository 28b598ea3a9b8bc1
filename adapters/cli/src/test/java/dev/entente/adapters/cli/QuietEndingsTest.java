package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Successful runs end quietly, each in a JVM of its own as a user runs the command: exit 0 and nothing on standard
 * error but what the command itself says there (export's summary, replay's progress bar), no ERROR line, no stack
 * trace, whatever the threads of the engine were doing when it closed. The chronicle is large enough that the read
 * models are still folding it when {@code apply} ends and the next command starts; the race is timing-dependent,
 * so the sequence runs several times. {@code replay} reports exactly the events of the history.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuietEndingsTest {

    /** 1,500 visits, each scheduled and cancelled: 3,000 events, many batches of 100 on each of four segments. */
    private static final int VISITS = 1_500;

    @TempDir
    static Path shared;
    private static Path chronicle;

    @TempDir
    Path directory;

    @BeforeAll
    static void writeALargeChronicle() {
        chronicle = shared.resolve("visits.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(chronicle, StandardCharsets.UTF_8)) {
            out.write("{\"format\": \"entente-chronicle/1\", \"title\": \"Many visits, each called off\"}\n");
            for (int i = 0; i < VISITS; i++) {
                out.write(String.format(Locale.ROOT, "{\"type\": \"ScheduleVisit\", \"visitId\": \"visit-%d\", "
                        + "\"occurredOn\": \"2024-01-02\", \"guest\": {\"name\": \"Ilham Aliyev\", \"office\": "
                        + "\"head-of-state\", \"country\": \"AZ\"}, \"host\": \"PK\", \"kind\": \"state\", "
                        + "\"plannedFrom\": \"2024-02-01\", \"plannedTo\": \"2024-02-02\"}%n", i));
                out.write(String.format(Locale.ROOT, "{\"type\": \"CancelVisit\", \"visitId\": \"visit-%d\", "
                        + "\"occurredOn\": \"2024-01-05\"}%n", i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @RepeatedTest(3)
    void every_command_of_a_session_ends_with_exit_0_and_nothing_on_standard_error() {
        String store = directory.resolve("store").toString();
        String imported = directory.resolve("imported").toString();
        Path log = directory.resolve("log.jsonl");

        quiet(run("demo"));
        assertThat(quiet(run("apply", chronicle.toString(), "--store", store)))
                .startsWith("Applied " + (2 * VISITS) + " commands");
        // At once: the read models are still folding the history when the replay's engine starts.
        assertThat(quiet(run("replay", "--store", store)))
                .startsWith("Replayed " + String.format(Locale.ROOT, "%,d", 2 * VISITS) + " events in ");
        assertThat(quiet(run("state", "AZ", "PK", "--as-of", "2024-03-01", "--store", store)))
                .contains("Visits                 not on record");
        quiet(run("visits", "AZ", "PK", "--format", "csv", "--store", store));
        Run export = run("export", "-o", log.toString(), "--store", store);
        assertThat(export.err()).isEqualTo("Exported " + (2 * VISITS) + " events to " + log + ".\n");
        quiet(export);
        assertThat(quiet(run("import", log.toString(), "--store", imported)))
                .contains("Imported " + (2 * VISITS) + " events");
        assertThat(quiet(run("timeline", "AZ", "PK", "--from", "2024-01-05", "--to", "2024-01-05", "--store",
                imported))).startsWith("Azerbaijan–Pakistan (AZ-PK), from 2024-01-05 to 2024-01-05: " + VISITS
                + " entries");
    }

    /** What a child JVM running {@code entente args…} did. */
    private record Run(List<String> args, int exitCode, String out, String err) {
    }

    /**
     * Asserts that the run exited 0 with standard error empty, but for the lines the command writes there itself,
     * and returns its standard output.
     */
    private static String quiet(Run run) {
        String description = String.join(" ", run.args()) + "\n--- stdout\n" + run.out() + "--- stderr\n" + run.err();
        assertThat(run.exitCode()).as("exit code of %s", description).isZero();
        List<String> unexpected = run.err().lines()
                .map(line -> line.replaceAll(".*\r", ""))
                .filter(line -> !line.isBlank())
                .filter(line -> !line.startsWith("Replaying") || !run.args().get(0).equals("replay"))
                .filter(line -> !line.startsWith("Exported ") || !run.args().get(0).equals("export"))
                .toList();
        assertThat(unexpected).as("standard error of %s", description).isEmpty();
        return run.out();
    }

    private Run run(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(directory, "out-", ".txt");
            Path err = Files.createTempFile(directory, "err-", ".txt");
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("entente " + String.join(" ", args) + " did not end within 5 minutes");
            }
            return new Run(List.of(args), process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
