package dev.entente.benchmarks;

import dev.entente.application.EntenteEngine;
import dev.entente.application.batch.EntryKey;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.chronicles.Cast;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.visit.GunSalute;
import dev.entente.domain.visit.HoldTalks;
import dev.entente.domain.visit.Honours;
import dev.entente.domain.visit.RecordArrival;
import dev.entente.domain.visit.ScheduleVisit;
import dev.entente.domain.visit.TalksFormat;
import dev.entente.domain.visit.VisitCommand;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A command to an aggregate with a long history against one to an aggregate with a short one, snapshots on (the
 * engine's default, {@code -Dbench.snapshotEvery} to change it), on an SQLite file store: {@code sends} talks held during a visit that already
 * has {@code longHistory} events (the 10,001st command and after), against one talk each for {@code sends} visits
 * with {@value #SHORT_HISTORY} events (each the 11th). Both through {@code send} ({@code sendAndWait}, Axon's
 * repository) and through {@code apply} (a batch of one command, the batch check), and the check alone. The ratio
 * long ÷ short says how much a long history still costs a command. Send and apply include the read models' work on
 * each new event, which runs alongside on the same cores; the check does not. The keyed cases send each command as a
 * chronicle entry does, with a stable key ({@code entente.key}, ADR 0022), which makes the check look for what that
 * key recorded before (ADR 0027); every history here is applied with keys, as from chronicles.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class LongAggregateBenchmark {

    static final String SEND_LONG = "sendToLong";
    static final String SEND_SHORT = "sendToShort";
    static final String APPLY_LONG = "applyToLong";
    static final String APPLY_SHORT = "applyToShort";
    static final String CHECK_LONG = "checkOnLong";
    static final String CHECK_SHORT = "checkOnShort";
    static final String APPLY_KEYED_LONG = "applyKeyedToLong";
    static final String APPLY_KEYED_SHORT = "applyKeyedToShort";
    static final String CHECK_KEYED_LONG = "checkKeyedOnLong";
    static final String CHECK_KEYED_SHORT = "checkKeyedOnShort";

    /** Events each short visit holds before the measured command. */
    static final int SHORT_HISTORY = 10;

    /** Events the long visit holds before the first measured command. */
    @Param("10000")
    public int longHistory;

    /** Commands per operation. */
    @Param("200")
    public int sends;

    private static final Dyad DYAD = Cast.DYADS.get(0);
    private static final Country GUEST = DYAD.first();
    private static final Country HOST = DYAD.second();
    private static final LocalDate DAY = Cast.FIRST_DAY;
    private static final VisitId LONG = VisitId.of("long-visit");

    private final AtomicLong digests = new AtomicLong();
    private Path directory;
    private EntenteEngine engine;
    private List<VisitId> shortVisits;
    private int round;

    @Setup(Level.Trial)
    public void buildTheLongHistory() {
        directory = Stores.freshDirectory("long-aggregate-");
        engine = Stores.engine(directory);
        applyLongHistory(engine, LONG, longHistory, this::keyed);
        engine.awaitReadModels();
    }

    /** Fresh short visits for each iteration, outside the timed part, so that each measured command is the 11th. */
    @Setup(Level.Iteration)
    public void buildShortHistories() {
        shortVisits = shortVisits(round++, sends);
        engine.apply(keyed(shortHistories(shortVisits)));
        engine.awaitReadModels();
    }

    @TearDown(Level.Trial)
    public void close() {
        engine.close();
        Stores.delete(directory);
    }

    /** {@code sends} commands through {@code sendAndWait} to the visit with the long history. */
    @Benchmark
    public void sendToLong() {
        for (int i = 0; i < sends; i++) {
            engine.commandGateway().sendAndWait(talks(LONG));
        }
    }

    /** One command through {@code sendAndWait} to each short visit. */
    @Benchmark
    public void sendToShort() {
        for (VisitId visit : shortVisits) {
            engine.commandGateway().sendAndWait(talks(visit));
        }
    }

    /** {@code sends} batches of one command each to the visit with the long history. */
    @Benchmark
    public void applyToLong() {
        for (int i = 0; i < sends; i++) {
            engine.apply(planned(List.of(talks(LONG))));
        }
    }

    /** A batch of one command to each short visit. */
    @Benchmark
    public void applyToShort() {
        for (VisitId visit : shortVisits) {
            engine.apply(planned(List.of(talks(visit))));
        }
    }

    /**
     * {@code sends} checks of one command to the visit with the long history, nothing written: what deciding costs
     * there (the latest snapshot, the events after it, the rules), without the read models' work on the new events.
     */
    @Benchmark
    public int checkOnLong() {
        int events = 0;
        for (int i = 0; i < sends; i++) {
            events += engine.check(planned(List.of(talks(LONG)))).eventCount();
        }
        return events;
    }

    /** A check of one command to each short visit, nothing written. */
    @Benchmark
    public int checkOnShort() {
        int events = 0;
        for (VisitId visit : shortVisits) {
            events += engine.check(planned(List.of(talks(visit)))).eventCount();
        }
        return events;
    }

    /** {@code sends} batches of one chronicle entry each (a command with its key) to the visit with the long history. */
    @Benchmark
    public void applyKeyedToLong() {
        for (int i = 0; i < sends; i++) {
            engine.apply(keyed(List.of(talks(LONG))));
        }
    }

    /** A batch of one chronicle entry to each short visit. */
    @Benchmark
    public void applyKeyedToShort() {
        for (VisitId visit : shortVisits) {
            engine.apply(keyed(List.of(talks(visit))));
        }
    }

    /** {@code sends} checks of one chronicle entry to the visit with the long history, nothing written. */
    @Benchmark
    public int checkKeyedOnLong() {
        int events = 0;
        for (int i = 0; i < sends; i++) {
            events += engine.check(keyed(List.of(talks(LONG)))).eventCount();
        }
        return events;
    }

    /** A check of one chronicle entry to each short visit, nothing written. */
    @Benchmark
    public int checkKeyedOnShort() {
        int events = 0;
        for (VisitId visit : shortVisits) {
            events += engine.check(keyed(List.of(talks(visit)))).eventCount();
        }
        return events;
    }

    /** As a chronicle's entries: each with a stable key of its own, {@code HoldTalks#n@long-aggregate.json}. */
    private List<PlannedCommand> keyed(List<Object> commands) {
        return keyed(commands, digests, "long-aggregate");
    }

    /**
     * {@code commands} as a chronicle's entries, numbered on from {@code count}: digest {@code <name>-n}, each with a
     * stable key of its own, e.g. {@code HoldTalks#n@<name>.json}.
     */
    static List<PlannedCommand> keyed(List<Object> commands, AtomicLong count, String name) {
        List<PlannedCommand> batch = new ArrayList<>(commands.size());
        for (Object command : commands) {
            long digest = count.incrementAndGet();
            String aggregate = ((VisitCommand) command).targetAggregateId();
            batch.add(new PlannedCommand(command, name + "-" + digest, "command " + digest, null,
                    EntryKey.ordinal(aggregate, command.getClass().getSimpleName(), (int) digest, name + ".json")));
        }
        return batch;
    }

    /**
     * Applies {@code visit}'s history of {@code events} commands (scheduled, arrived, then talks) as the entries
     * {@code keyed} makes of them, 1,000 a batch.
     */
    static void applyLongHistory(EntenteEngine engine, VisitId visit, int events,
                                 Function<List<Object>, List<PlannedCommand>> keyed) {
        List<Object> history = new ArrayList<>(visit(visit));
        while (history.size() < events) {
            history.add(talks(visit));
        }
        for (int from = 0; from < history.size(); from += 1_000) {
            engine.apply(keyed.apply(history.subList(from, Math.min(history.size(), from + 1_000))));
        }
    }

    /** {@code count} new short visits of round {@code round}. */
    static List<VisitId> shortVisits(int round, int count) {
        List<VisitId> visits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            visits.add(VisitId.of("short-" + round + "-" + i));
        }
        return visits;
    }

    /** The histories of {@code visits}, {@value #SHORT_HISTORY} commands each: scheduled, arrived, then talks. */
    static List<Object> shortHistories(List<VisitId> visits) {
        List<Object> histories = new ArrayList<>();
        for (VisitId visit : visits) {
            histories.addAll(visit(visit));
            for (int talk = 2; talk < SHORT_HISTORY; talk++) {
                histories.add(talks(visit));
            }
        }
        return histories;
    }

    private List<PlannedCommand> planned(List<Object> commands) {
        List<PlannedCommand> batch = new ArrayList<>(commands.size());
        for (Object command : commands) {
            long digest = digests.incrementAndGet();
            batch.add(new PlannedCommand(command, "long-aggregate-" + digest, "command " + digest));
        }
        return batch;
    }

    /** A state visit's first two commands; the probe of keyed entries builds its histories alike. */
    static List<Object> visit(VisitId visit) {
        Dignitary guest = Cast.headOfState(GUEST);
        return List.of(
                new ScheduleVisit(visit, DAY.minusDays(10), guest, HOST, VisitKind.STATE, DAY, DAY.plusDays(1),
                        Cast.SOURCES),
                new RecordArrival(visit, DAY, Cast.capitalOf(HOST) + " airport", List.of(Cast.headOfGovernment(HOST)),
                        new Honours(true, GunSalute.of(21), true, List.of()), Cast.SOURCES));
    }

    static HoldTalks talks(VisitId visit) {
        return new HoldTalks(visit, DAY, TalksFormat.DELEGATION_LEVEL,
                List.of(Cast.headOfState(GUEST), Cast.headOfGovernment(HOST)), List.of(Sector.TRADE), Cast.SOURCES);
    }
}
