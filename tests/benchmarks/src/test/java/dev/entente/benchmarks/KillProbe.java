package dev.entente.benchmarks;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.embedded.Entente;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A throwaway probe for ADR 0007, not a test: a child JVM applies a generated history in one transaction, prints
 * that it committed, and is killed with {@code destroyForcibly} 0–1.5 s later while its read-model processors are
 * still writing; the parent reopens the store and counts the events against what the child had acknowledged. Run
 * from the repository root after {@code mvn -B -q verify -pl tests/benchmarks -am -DskipTests}, with this module's
 * classes and test classes, the Entente modules' {@code target/classes} and their dependencies
 * ({@code mvn dependency:build-classpath -pl tests/benchmarks}) on the class path:
 * <pre>
 * java -cp "$CP" dev.entente.benchmarks.KillProbe h2 6 10000
 * java -cp "$CP" dev.entente.benchmarks.KillProbe sqlite 6 10000
 * </pre>
 * The crash suite proper (many kill points, the integrity check) is the tests/crash module.
 */
public final class KillProbe {

    private KillProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("child")) {
            child(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
            return;
        }
        String dialect = args[0];
        int runs = Integer.parseInt(args[1]);
        int events = Integer.parseInt(args[2]);
        Random random = new Random(7);
        int losing = 0;
        for (int run = 1; run <= runs; run++) {
            Path directory = Files.createTempDirectory("kill-probe-" + dialect + "-");
            Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                    System.getProperty("java.class.path"), KillProbe.class.getName(), "child", dialect,
                    directory.toString(), Integer.toString(events))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            long acknowledged = -1;
            long started = System.nanoTime();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("COMMITTED ")) {
                        acknowledged = Long.parseLong(line.substring("COMMITTED ".length()));
                        break;
                    }
                }
                long delay = random.nextInt(1500);
                Thread.sleep(delay);
                child.destroyForcibly().waitFor();
                long found;
                try (EntenteEngine engine = engine(dialect, directory); Stream<?> history = engine.history()) {
                    found = history.count();
                }
                boolean lost = found < acknowledged;
                losing += lost ? 1 : 0;
                System.out.printf("%s run %d: committed %,d events in %.1f s, killed %d ms later; acknowledged %,d,"
                                + " found %,d after reopening%s%n", dialect, run, events,
                        (System.nanoTime() - started) / 1e9 - delay / 1000.0, delay, acknowledged, found,
                        lost ? "  <-- LOST " + (acknowledged - found) : "");
            }
        }
        System.out.printf("%s: %d of %d runs lost acknowledged events%n", dialect, losing, runs);
    }

    private static EntenteEngine engine(String dialect, Path directory) {
        JdbcStorage storage = dialect.equals("h2") ? JdbcStorage.h2(directory, EntenteJson.mapper())
                : JdbcStorage.sqlite(directory, EntenteJson.mapper());
        return Entente.builder().storage(storage).start();
    }

    private static void child(String dialect, Path directory, int events) {
        List<Object> commands = ReplayHistory.commands(events);
        List<PlannedCommand> batch = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            batch.add(new PlannedCommand(commands.get(i), "probe-" + i, "command " + (i + 1)));
        }
        EntenteEngine engine = engine(dialect, directory);
        engine.apply(batch);
        System.out.println("COMMITTED " + events);
        System.out.flush();
        // Alive, as the command was before it printed its summary: the read-model processors go on writing.
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        engine.close();
    }

}
