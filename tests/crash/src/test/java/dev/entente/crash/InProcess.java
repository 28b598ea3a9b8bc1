package dev.entente.crash;

import dev.entente.adapters.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the {@code entente} command in this JVM through {@link Main#run(String...)}, System.out and System.err swapped
 * for buffers while it runs. The streams are global: the tests of this module run one at a time.
 */
final class InProcess {

    /** What a run did: its exit code, what it printed, and an exception that escaped {@code Main.run}, if any. */
    record Result(int exitCode, String out, String err, Throwable escaped) {

        @Override
        public String toString() {
            return "exit " + exitCode + (escaped == null ? "" : ", escaped " + escaped) + "\n--- stdout\n" + out
                    + "--- stderr\n" + err;
        }
    }

    private InProcess() {
    }

    static synchronized Result run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = -1;
        Throwable escaped = null;
        try (PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            try {
                exitCode = Main.run(args);
            } catch (RuntimeException | Error e) {
                escaped = e;
            } finally {
                capturedOut.flush();
                capturedErr.flush();
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
        }
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), escaped);
    }
}
