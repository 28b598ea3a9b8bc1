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

    /**
     * What a run did: its exit code, what it printed, an exception that escaped {@code Main.run} (if any), and
     * whether it was still running after the time it was given (then it was interrupted, and exitCode is -1).
     */
    record Result(int exitCode, String out, String err, Throwable escaped, boolean timedOut) {

        @Override
        public String toString() {
            return (timedOut ? "still running after the time allowed; " : "") + "exit " + exitCode
                    + (escaped == null ? "" : ", escaped " + escaped) + "\n--- stdout\n" + abridged(out)
                    + "--- stderr\n" + abridged(err);
        }

        private static String abridged(String text) {
            return text.length() <= 4_000 ? text : text.substring(0, 4_000) + "… (" + text.length() + " chars)\n";
        }
    }

    /** How long a command may run before it is interrupted; the fuzzing's commands take a second or two. */
    static final long TIMEOUT_MILLIS = Long.getLong("entente.crash.command-timeout", 120_000L);

    private InProcess() {
    }

    static synchronized Result run(String... args) {
        return run(TIMEOUT_MILLIS, args);
    }

    /**
     * Runs the command on its own thread, interrupting it after {@code timeoutMillis}: a command that waits (for
     * read models that cannot fold what was imported, say) must not hold up the rest of the suite.
     */
    static synchronized Result run(long timeoutMillis, String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exitCode = {-1};
        Throwable[] escaped = {null};
        boolean timedOut = false;
        try (PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            Thread command = new Thread(() -> {
                try {
                    exitCode[0] = Main.run(args);
                } catch (RuntimeException | Error e) {
                    escaped[0] = e;
                }
            }, "entente-in-process");
            try {
                command.start();
                command.join(timeoutMillis);
                if (command.isAlive()) {
                    timedOut = true;
                    command.interrupt();
                    command.join(30_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the command ran", e);
            } finally {
                capturedOut.flush();
                capturedErr.flush();
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
        }
        return new Result(timedOut ? -1 : exitCode[0], out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8), escaped[0], timedOut);
    }
}
