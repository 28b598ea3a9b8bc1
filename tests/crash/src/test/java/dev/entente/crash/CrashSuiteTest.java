package dev.entente.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.adapters.cli.EngineAccess;
import dev.entente.adapters.cli.Main;
import dev.entente.chronicles.GeneratedChronicle;
import dev.entente.crash.StoreInspection.Counts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash suite: a child JVM applies a generated chronicle, imports an event log or replays, and is killed with
 * {@link Process#destroyForcibly()} (SIGKILL) at many points; after each kill the store must open, hold the batch
 * wholly or not at all (all of it once the commit was acknowledged), pass the integrity check, take the same
 * chronicle again to exactly the expected history, and answer a query. See README.md for the flags and the summary.
 */
class CrashSuiteTest {

    /** Kill points in a run; 24 by default. */
    static final int POINTS = Integer.getInteger("entente.crash.points", 24);
    /** Commands in the chronicle the child applies; the store holds its first quarter before. */
    static final int COMMANDS = Integer.getInteger("entente.crash.commands", 2000);
    static final long SEED = Long.getLong("entente.crash.seed", 20261129L);
    private static final long CHILD_TIMEOUT = 300_000;
    /** A kill anywhere in a whole run aims at this share of the uninterrupted run's time, so that it lands before the end. */
    private static final double WHOLE_RUN = 0.9;
    /** The environment that makes {@code entente apply} announce each step as it begins (see ApplyCommand). */
    private static final Map<String, String> STEPS = Map.of(EngineAccess.STEPS_VARIABLE, "announce");
    /** {@code entente apply} has said that its batch is committed. */
    private static final Predicate<String> APPLY_ACKNOWLEDGED = line -> line.startsWith(EngineAccess.STEP + "committed")
            || line.startsWith("Applied ");

    /** Where the child is when it is killed. */
    enum Phase {
        /** {@code entente apply} checks the batch against the store, read-only. */
        APPLY_CHECK(3),
        /** {@code entente apply} writes the batch in one transaction. */
        APPLY_WRITE(6),
        /** Exactly when the commit is acknowledged: {@code entente apply} has said so and waits (pause-after-commit). */
        APPLY_COMMITTED(3),
        /** After the acknowledged commit, while the engine closes and the read models fold. */
        APPLY_CLOSING(3),
        /** {@code entente apply} itself, anywhere in its run. */
        APPLY_CLI(2),
        /** {@code entente import} of the event log into a new store, anywhere in its run. */
        IMPORT(4),
        /** {@code entente replay}, anywhere in its run. */
        REPLAY(3);

        final int weight;

        Phase(int weight) {
            this.weight = weight;
        }
    }

    record KillPoint(int number, Phase phase, double fraction) {

        @Override
        public String toString() {
            return phase == Phase.APPLY_COMMITTED ? String.format(Locale.ROOT, "#%02d %s", number, phase)
                    : String.format(Locale.ROOT, "#%02d %s at %.0f%%", number, phase, fraction * 100);
        }
    }

    /** What one kill did to the store. */
    record Outcome(KillPoint point, long killedAtMillis, boolean acknowledged, boolean endedFirst, Counts found,
                   long eventsLost, List<String> problems) {

        boolean survived() {
            return problems.isEmpty();
        }
    }

    @TempDir
    static Path work;
    private static Path baseChronicle;
    private static Path fullChronicle;
    private static Path eventLog;
    private static Path baseStore;
    private static Path fullStore;
    private static Counts base;
    private static Counts full;
    private static Counts imported;
    private static Map<String, Long> applyTimeline;
    private static long importMillis;
    private static long replayMillis;
    private static final List<Outcome> OUTCOMES = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void prepareTheStoresAndTimeAnUninterruptedRunOfEach() throws Exception {
        int baseCommands = COMMANDS / 4;
        baseChronicle = GeneratedChronicle.write(work.resolve("base.jsonl"), baseCommands).file();
        GeneratedChronicle.Written written = GeneratedChronicle.write(work.resolve("full.jsonl"), COMMANDS);
        fullChronicle = written.file();
        base = new Counts(GeneratedChronicle.events(baseCommands), baseCommands);
        full = new Counts(written.events(), COMMANDS);

        baseStore = work.resolve("base-store");
        InProcess.Result applied = InProcess.run("apply", baseChronicle.toString(), "--store", baseStore.toString());
        assertThat(applied.exitCode()).as("%s", applied).isZero();
        assertThat(StoreInspection.counts(baseStore)).isEqualTo(base);

        fullStore = work.resolve("full-store");
        Dirs.copy(baseStore, fullStore);
        Child apply = Child.start(work, STEPS, Main.class.getName(), "apply", fullChronicle.toString(), "--store",
                fullStore.toString());
        assertThat(apply.awaitExit(CHILD_TIMEOUT)).as("%s", apply.transcript()).isZero();
        applyTimeline = timeline(apply);
        assertThat(apply.printed(line -> line.equals(EngineAccess.STEP + "committed " + (COMMANDS - baseCommands)
                + " applied, " + baseCommands + " skipped"))).as("%s", apply.transcript()).isTrue();
        assertThat(StoreInspection.counts(fullStore)).isEqualTo(full);

        eventLog = work.resolve("history.jsonl");
        InProcess.Result export = InProcess.run("export", "-o", eventLog.toString(), "--store", fullStore.toString());
        assertThat(export.exitCode()).as("%s", export).isZero();

        Path importStore = work.resolve("import-calibration");
        Child importing = Child.start(work, Main.class.getName(), "import", eventLog.toString(), "--store",
                importStore.toString());
        assertThat(importing.awaitExit(CHILD_TIMEOUT)).as("%s", importing.transcript()).isZero();
        importMillis = importing.elapsed();
        imported = StoreInspection.counts(importStore);
        assertThat(imported.events()).isEqualTo(full.events());

        Path replayStore = Dirs.copy(fullStore, work.resolve("replay-calibration"));
        Child replay = Child.start(work, Main.class.getName(), "replay", "--store", replayStore.toString());
        assertThat(replay.awaitExit(CHILD_TIMEOUT)).as("%s", replay.transcript()).isZero();
        replayMillis = replay.elapsed();
        System.out.printf(Locale.ROOT, "%nCrash suite: %d kill points, chronicle of %,d commands (%,d events), the "
                        + "store holding its first %,d commands (%,d events) before; seed %d%n  uninterrupted runs: "
                        + "apply %s ms, import %,d ms, replay %,d ms%n", POINTS, COMMANDS, full.events(),
                base.appliedCommands(), base.events(), SEED, applyTimeline, importMillis, replayMillis);
    }

    /** When each step of {@code entente apply} began, in ms since the child started; "exit" when it ended. */
    private static Map<String, Long> timeline(Child child) {
        Map<String, Long> timeline = new java.util.LinkedHashMap<>();
        for (Child.Line line : child.lines()) {
            if (line.text().startsWith(EngineAccess.STEP)) {
                timeline.put(line.text().substring(EngineAccess.STEP.length()).split(" ")[0], line.at());
            }
        }
        timeline.put("exit", child.elapsed());
        return timeline;
    }

    static List<KillPoint> killPoints() {
        Random random = new Random(SEED);
        int weights = Stream.of(Phase.values()).mapToInt(phase -> phase.weight).sum();
        Map<Phase, Integer> counts = new EnumMap<>(Phase.class);
        int assigned = 0;
        for (Phase phase : Phase.values()) {
            int count = Math.max(1, POINTS * phase.weight / weights);
            counts.put(phase, count);
            assigned += count;
        }
        // What rounding left over goes to the write, where the transaction is.
        counts.merge(Phase.APPLY_WRITE, Math.max(0, POINTS - assigned), Integer::sum);
        List<KillPoint> points = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            for (int i = 0; i < counts.get(phase); i++) {
                // Spread over the phase: one random point in each of its equal slices.
                double fraction = (i + random.nextDouble()) / counts.get(phase);
                points.add(new KillPoint(points.size() + 1, phase, fraction));
            }
        }
        return points;
    }

    @TestFactory
    Stream<DynamicTest> killed_at_any_point_the_store_keeps_every_acknowledged_batch_whole() {
        return killPoints().stream().map(point -> DynamicTest.dynamicTest(point.toString(), () -> {
            Outcome outcome = kill(point);
            OUTCOMES.add(outcome);
            assertThat(outcome.problems()).as("after the kill %s (found %s)", point, outcome.found()).isEmpty();
        }));
    }

    private static Outcome kill(KillPoint point) throws Exception {
        Path store = work.resolve("kill-" + point.number());
        Path directory = Files.createDirectories(work.resolve("run-" + point.number()));
        Counts before;
        Counts after;
        Child child;
        Predicate<String> acknowledgement;
        String main = Main.class.getName();
        switch (point.phase()) {
            case APPLY_CHECK, APPLY_WRITE, APPLY_CLOSING -> {
                Dirs.copy(baseStore, store);
                child = Child.start(directory, STEPS, main, "apply", fullChronicle.toString(), "--store",
                        store.toString());
                String[] phase = switch (point.phase()) {
                    case APPLY_CHECK -> new String[] {"check", "write"};
                    case APPLY_WRITE -> new String[] {"write", "committed"};
                    default -> new String[] {"committed", "exit"};
                };
                Child.Line start = child.await(line -> line.startsWith(EngineAccess.STEP + phase[0]), CHILD_TIMEOUT);
                assertThat(start).as("the step '%s'\n%s", phase[0], child.transcript()).isNotNull();
                long span = applyTimeline.get(phase[1]) - applyTimeline.get(phase[0]);
                Thread.sleep(Math.round(span * point.fraction()));
                before = base;
                after = full;
                acknowledgement = APPLY_ACKNOWLEDGED;
            }
            case APPLY_COMMITTED -> {
                Dirs.copy(baseStore, store);
                child = Child.start(directory, Map.of(EngineAccess.STEPS_VARIABLE, "pause-after-commit"), main,
                        "apply", fullChronicle.toString(), "--store", store.toString());
                Child.Line committed = child.await(line -> line.startsWith(EngineAccess.STEP + "committed"),
                        CHILD_TIMEOUT);
                assertThat(committed).as("the commit step\n%s", child.transcript()).isNotNull();
                before = base;
                after = full;
                acknowledgement = APPLY_ACKNOWLEDGED;
            }
            case APPLY_CLI -> {
                Dirs.copy(baseStore, store);
                child = Child.start(directory, main, "apply", fullChronicle.toString(), "--store", store.toString());
                Thread.sleep(Math.round(WHOLE_RUN * applyTimeline.get("exit") * point.fraction()));
                before = base;
                after = full;
                acknowledgement = APPLY_ACKNOWLEDGED;
            }
            case IMPORT -> {
                child = Child.start(directory, main, "import", eventLog.toString(), "--store", store.toString());
                Thread.sleep(Math.round(WHOLE_RUN * importMillis * point.fraction()));
                before = Counts.NONE;
                after = imported;
                acknowledgement = line -> line.startsWith("Imported ");
            }
            case REPLAY -> {
                Dirs.copy(fullStore, store);
                child = Child.start(directory, main, "replay", "--store", store.toString());
                Thread.sleep(Math.round(WHOLE_RUN * replayMillis * point.fraction()));
                before = full;
                after = full;
                acknowledgement = line -> true;
            }
            default -> throw new IllegalStateException(point.phase().name());
        }
        boolean endedFirst = !child.isAlive();
        long killedAt = child.elapsed();
        child.kill();
        boolean acknowledged = point.phase() == Phase.REPLAY || child.printed(acknowledgement);
        return verify(point, killedAt, endedFirst, store, before, after, acknowledged);
    }

    private static Outcome verify(KillPoint point, long killedAt, boolean endedFirst, Path store, Counts before,
                                  Counts after, boolean acknowledged) throws IOException {
        List<String> problems = new ArrayList<>();
        // 1. What the kill left on disk, read through JDBC before anything opens the store for writing.
        Counts found = StoreInspection.counts(store);
        long lost = 0;
        if (acknowledged && !found.equals(after)) {
            lost = Math.max(0, after.events() - found.events());
            problems.add("the commit was acknowledged, yet the store holds " + found + " where " + after
                    + " were written");
        } else if (!found.equals(before) && !found.equals(after)) {
            problems.add("the batch is neither wholly there nor wholly absent: " + found + ", where " + before
                    + " (before) or " + after + " (after) were due");
        }
        integrityCheckPasses(store, problems);

        // 2. The store opens, and the engine reads as many events as the tables hold.
        if (StoreInspection.exists(store)) {
            try {
                long read = EngineAccess.eventCount(store.toString());
                if (read != found.events()) {
                    problems.add("the engine reads " + read + " events; the event table holds " + found.events());
                }
            } catch (RuntimeException e) {
                problems.add("the store does not open: " + e);
            }
        }

        // 3. An import cut short leaves nothing: importing again must work.
        if (point.phase() == Phase.IMPORT && found.events() == 0) {
            run(problems, "import again", "import", eventLog.toString(), "--store", store.toString());
        }

        // 4. Applying the chronicle again ends with exactly its history, once.
        run(problems, "apply again", "apply", fullChronicle.toString(), "--store", store.toString());
        Counts again = StoreInspection.counts(store);
        if (!again.equals(full)) {
            problems.add("after applying again the store holds " + again + " where " + full + " were due");
        }
        integrityCheckPasses(store, problems);

        // 5. A question is answered.
        InProcess.Result state = run(problems, "a query", "state", "AZ", "PK", "--store", store.toString());
        if (state.exitCode() == 0 && !state.out().contains("(AZ-PK)")) {
            problems.add("the query answered something else:\n" + state.out());
        }
        return new Outcome(point, killedAt, acknowledged, endedFirst, found, lost, problems);
    }

    private static InProcess.Result run(List<String> problems, String what, String... args) {
        InProcess.Result result = InProcess.run(args);
        if (result.exitCode() != 0 || result.escaped() != null) {
            problems.add(what + " (entente " + String.join(" ", args) + ") failed: " + result);
        }
        return result;
    }

    /**
     * The integrity check after a kill: adds to {@code problems} what is wrong with the store, true when nothing
     * is: {@code entente check --store DIR} must exit 0, and the suite's own JDBC-level check
     * ({@link StoreInspection#problems}: every index agrees with a full scan of its table, SQLite's integrity_check,
     * contiguous sequences, unique event ids, applied commands with their events) must find nothing.
     */
    static boolean integrityCheckPasses(Path store, List<String> problems) {
        List<String> found = Integrity.problems(store);
        found.forEach(problem -> problems.add("integrity: " + problem));
        return found.isEmpty();
    }

    /** The suite's figures so far, for the module's closing line ({@link SuiteSummary}). */
    record Totals(int tried, long survived, long eventsLost) {
    }

    static Totals totals() {
        synchronized (OUTCOMES) {
            return new Totals(OUTCOMES.size(), OUTCOMES.stream().filter(Outcome::survived).count(),
                    OUTCOMES.stream().mapToLong(Outcome::eventsLost).sum());
        }
    }

    @AfterAll
    static void printTheSummary() throws IOException {
        if (OUTCOMES.isEmpty()) {
            return;
        }
        StringBuilder summary = new StringBuilder();
        long survived = OUTCOMES.stream().filter(Outcome::survived).count();
        long lost = OUTCOMES.stream().mapToLong(Outcome::eventsLost).sum();
        summary.append(String.format(Locale.ROOT, "%nCrash suite summary: kill points tried %d, survived %d, events "
                        + "lost %,d (chronicle of %,d commands, %,d events; seed %d)%n", OUTCOMES.size(), survived,
                lost, COMMANDS, full.events(), SEED));
        summary.append(String.format(Locale.ROOT, "  %-26s %9s %5s %5s  %-34s %s%n", "kill point", "killed at",
                "ack", "ended", "found on disk", "result"));
        for (Outcome outcome : OUTCOMES) {
            summary.append(String.format(Locale.ROOT, "  %-26s %6d ms %5s %5s  %-34s %s%n", outcome.point(),
                    outcome.killedAtMillis(), outcome.acknowledged() ? "yes" : "no",
                    outcome.endedFirst() ? "yes" : "no", outcome.found(),
                    outcome.survived() ? "survived" : "FAILED, " + outcome.eventsLost() + " events lost: "
                            + String.join("; ", outcome.problems()).replace('\n', ' ')));
        }
        System.out.print(summary);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("crash-summary.txt"), summary.toString(), StandardCharsets.UTF_8);
        }
    }
}
