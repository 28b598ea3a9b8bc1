package dev.entente.adapters.cli;

import dev.entente.application.RecordedEvent;
import java.util.stream.Stream;

/**
 * The crash suite's way into a store as the command line opens it ({@link Store}, {@link Session}): it lives in the
 * command line's package, in the suite's test sources.
 */
public final class EngineAccess {

    /** The variable that makes {@code entente apply} announce its steps, see {@link ApplyCommand#STEPS}. */
    public static final String STEPS_VARIABLE = "ENTENTE_APPLY_STEPS";
    /** The prefix of each step line {@code entente apply} prints on standard error when the variable is set. */
    public static final String STEP = "entente-step: ";

    private EngineAccess() {
    }

    /**
     * How many events the engine reads from the store's history, opened as the command line opens it, counting
     * only those it reads as events of the domain (Axon hands an event it has no class for over as a placeholder).
     */
    public static long eventCount(String store) {
        try (Session session = Session.openExisting(Store.of(store));
             Stream<RecordedEvent> history = session.engine().history()) {
            return history.filter(event -> event.payload().getClass().getName().startsWith("dev.entente.domain."))
                    .count();
        } finally {
            Store.closePools();
        }
    }
}
