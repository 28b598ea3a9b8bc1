package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * For tests that apply chronicles meant to be refused: the reference chronicle applied once to a store, a copy of
 * it for each test, and {@link #apply} to run the command and require that not a byte of the copy changed.
 */
abstract class ChroniclesOnAPopulatedStore {

    static final String HEADER = "{\n  \"format\": \"entente-chronicle/1\",\n  \"commands\": [\n";
    static final String FOOTER = "\n  ]\n}\n";

    /** The reference chronicle applied once, the store closed; each test works on a copy. */
    @TempDir
    static Path populated;

    @TempDir
    Path directory;

    Path store;
    Map<String, String> before;

    @BeforeAll
    static void applyTheReferenceChronicle() {
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", populated.resolve("store").toString());
    }

    @BeforeEach
    void copyThePopulatedStore() {
        store = Cli.copy(populated.resolve("store"), directory.resolve("store"));
        before = Cli.fingerprint(store);
    }

    /** A chronicle of these commands (JSON objects, one per line) in the test's directory. */
    Path chronicle(String name, String... commands) {
        return Cli.write(directory.resolve(name), HEADER + String.join(",\n", commands) + FOOTER);
    }

    /** Applies {@code files} to the copy of the store; asserts the exit code and that the store is as it was. */
    Cli.Result apply(int exitCode, Path... files) {
        String[] args = new String[files.length + 3];
        args[0] = "apply";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        args[files.length + 1] = "--store";
        args[files.length + 2] = store.toString();
        Cli.Result result = Cli.run(args);
        assertThat(result.exitCode()).as("%s", result).isEqualTo(exitCode);
        assertThat(result.out()).as("standard output").doesNotContain("Applied");
        assertThat(Cli.fingerprint(store)).as("every file of the store, byte for byte").isEqualTo(before);
        return result;
    }
}
