package dev.entente.adapters.cli;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.application.batch.BatchCheck;
import dev.entente.application.batch.BatchReport;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.inmemory.InMemoryCommandLog;
import java.nio.file.Path;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * What {@code entente apply FILE --store DIR} does, step for step (see {@link ApplyCommand#apply}), with a marker
 * line on standard output as each step begins, so that the crash suite knows where the process was when it killed
 * it. With {@code --pause-after-commit} it stops right after the batch's transaction has committed (before the
 * engine is closed) and waits to be killed: a kill at exactly that point.
 *
 * <p>Lives in the command line's package, in the crash suite's test sources, to open the store exactly as the
 * command does ({@link Store}, {@link Session}).
 */
public final class CrashDriver {

    /** The prefix of every marker line. */
    public static final String MARKER = "crash-driver: ";

    private CrashDriver() {
    }

    /** {@code CrashDriver STORE FILE [--pause-after-commit]}. */
    public static void main(String[] args) throws Exception {
        Store store = Store.of(args[0]);
        Path file = Path.of(args[1]);
        boolean pause = args.length > 2 && args[2].equals("--pause-after-commit");
        mark("read");
        List<PlannedCommand> batch = ApplyCommand.read(List.of(file));
        mark("check");
        // The check ApplyCommand.apply makes before it opens the engine: read-only, or in memory for a new store.
        if (store.exists()) {
            try (JdbcStorage readOnly = store.openReadOnly()) {
                EventStorageEngine events = readOnly.eventStorage(ApplyCommand.settings());
                BatchCheck.check(batch, readOnly.commandLog(), events::readEvents);
            }
        } else {
            BatchCheck.check(batch, new InMemoryCommandLog(), id -> DomainEventStream.empty());
        }
        mark("write");
        try (Session session = Session.open(store)) {
            BatchReport report = session.engine().apply(batch);
            mark("committed " + report.applied().size() + " applied, " + report.skipped().size() + " skipped");
            if (pause) {
                Thread.sleep(Long.MAX_VALUE);
            }
        }
        mark("closed");
        Store.closePools();
    }

    /**
     * How many events the engine reads from the store's history, opened as the command line opens it, counting
     * only those it reads as events of the domain (Axon hands an event it has no class for over as a placeholder).
     */
    public static long engineEventCount(String store) {
        try (Session session = Session.openExisting(Store.of(store));
             java.util.stream.Stream<dev.entente.application.RecordedEvent> history = session.engine().history()) {
            return history.filter(event -> event.payload().getClass().getName().startsWith("dev.entente.domain."))
                    .count();
        } finally {
            Store.closePools();
        }
    }

    private static void mark(String step) {
        System.out.println(MARKER + step);
        System.out.flush();
    }
}
