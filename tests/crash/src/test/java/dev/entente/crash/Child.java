package dev.entente.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child JVM on this JVM's class path, its standard output and standard error read line by line as they come, each
 * line timed.
 */
final class Child {

    /** A line the child printed, and when, in milliseconds since it was started; {@code err}: on standard error. */
    record Line(long at, String text, boolean err) {
    }

    private final Process process;
    private final long started;
    private final List<Line> lines = new ArrayList<>();
    private final Thread outReader;
    private final Thread errReader;

    private Child(Process process, long started) {
        this.process = process;
        this.started = started;
        this.outReader = reader(process.getInputStream(), false);
        this.errReader = reader(process.getErrorStream(), true);
    }

    /** Starts {@code java -cp <this class path> mainClass args…} in {@code workingDirectory}. */
    static Child start(Path workingDirectory, String mainClass, String... args) {
        return start(workingDirectory, Map.of(), mainClass, args);
    }

    /** Starts {@code java -cp <this class path> mainClass args…} with {@code environment} added to this one's. */
    static Child start(Path workingDirectory, Map<String, String> environment, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Small and serial: two cores are shared with the test JVM and whatever else the machine runs.
        command.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        try {
            long started = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            return new Child(process, started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Thread reader(InputStream stream, boolean err) {
        Thread thread = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (this) {
                        lines.add(new Line(elapsed(), line, err));
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // The child was killed: its pipe ends, which is all this reader needs to know.
            }
        }, "child-" + (err ? "err" : "out"));
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    long elapsed() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Waits for a line that matches; null when the child ended (or the time ran out) without printing one. */
    synchronized Line await(Predicate<String> wanted, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            for (Line line : lines) {
                if (wanted.test(line.text())) {
                    return line;
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0 || (!process.isAlive() && !outReader.isAlive())) {
                return null;
            }
            wait(Math.min(left, 100));
        }
    }

    /** Kills the child at once (SIGKILL on Linux), as a power cut or {@code kill -9} would, and waits for its end. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        outReader.join(5_000);
        errReader.join(5_000);
    }

    /** Waits for the child to end by itself; its exit code. */
    int awaitExit(long timeoutMillis) throws InterruptedException {
        if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("The child did not end within " + timeoutMillis + " ms:\n" + transcript());
        }
        outReader.join(5_000);
        errReader.join(5_000);
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    synchronized boolean printed(Predicate<String> wanted) {
        return lines.stream().anyMatch(line -> wanted.test(line.text()));
    }

    synchronized String transcript() {
        StringBuilder text = new StringBuilder("--- the child's output (err: standard error)\n");
        lines.forEach(line -> text.append(line.at()).append(" ms").append(line.err() ? " err" : "").append(": ")
                .append(line.text()).append('\n'));
        return text.toString();
    }
}
