package dev.entente.adapters.cli;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.StoredTokens;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.EntenteEngine;
import dev.entente.application.projection.ReadModelEventHandler;
import dev.entente.application.query.ReadModels;
import dev.entente.application.query.StoreReadModels;
import dev.entente.embedded.Entente;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The command's store, for the length of one command: an engine on it, or, for questions the read models can
 * answer as they stand, just the read models of a store opened read-only.
 */
final class Session implements AutoCloseable {

    /** Axon's serializer, for a token of a kind StoredTokens does not read itself: made only then. */
    private static final Supplier<JsonSerialization> SERIALIZATION = new Supplier<>() {
        @Override
        public JsonSerialization get() {
            return new JsonSerialization();
        }
    };

    private final EntenteEngine engine;
    private final Store.Asking readOnly;
    private final ReadModels readModels;

    private Session(EntenteEngine engine, Store.Asking readOnly, ReadModels readModels) {
        this.engine = engine;
        this.readOnly = readOnly;
        this.readModels = readModels;
    }

    /** An engine on the store, which must be one this process can write; refused at once otherwise. */
    static Session open(Store store) {
        JdbcStorage storage = store.open();
        EntenteEngine engine = Entente.builder()
                .storage(storage)
                .consistencyTimeout(Duration.ofMinutes(10))
                .start();
        return new Session(engine, null, engine);
    }

    /** An engine on a store that must exist already: a question to a mistyped store should not create one. */
    static Session openExisting(Store store) {
        requireExists(store);
        return open(store);
    }

    /**
     * The read models of an existing store, for a question. When they have seen the whole history they are read
     * from the store opened read-only: nothing is written, and no other process's writing is waited for. When they
     * are behind, an engine brings them up to date first, if the store can be written; if it cannot, they answer
     * as they stand, with a warning on standard error.
     */
    static Session forQuestions(Store store) {
        requireExists(store);
        store.requireCurrent();
        String notWritable = store.whyNotWritable();
        if (store.isPostgres() && notWritable == null) {
            return open(store);
        }
        Store.Asking asking = store.openToAsk();
        JdbcStorage storage = asking.storage();
        try {
            long unseen;
            try {
                if (!storage.readModels().hasCurrentSchema()) {
                    // Read models of an older layout: the engine rebuilds them from the history (ADR 0010).
                    if (notWritable != null) {
                        throw new UsageError("The read models of the " + store + " were stored by an earlier version "
                                + "of Entente, and the store cannot be written (" + notWritable + ") to rebuild them "
                                + "from its history; ask once where it can be written.");
                    }
                    throw new IllegalStateException("read models of an older layout");
                }
                unseen = storage.eventsNotYetHandled(ReadModelEventHandler.PROCESSING_GROUP,
                        new StoredTokens(SERIALIZATION));
            } catch (RuntimeException tablesMissing) {
                if (notWritable != null) {
                    throw tablesMissing;
                }
                // A store whose tables were never all created: the engine creates them.
                unseen = -1;
            }
            if (unseen == 0 || notWritable != null) {
                if (unseen > 0) {
                    System.err.println("entente: warning: the read models have not caught up with the history ("
                            + unseen + " event" + (unseen == 1 ? "" : "s") + " not yet read into them) and the "
                            + store + " cannot be written (" + notWritable + ") to bring them up to date; this "
                            + "answer leaves out what they have not seen.");
                }
                return new Session(null, asking, new StoreReadModels(storage.readModels()));
            }
        } catch (RuntimeException e) {
            asking.close();
            throw e;
        }
        asking.close();
        return open(store);
    }

    /** Refuses a store that does not exist, or one of an earlier layout, as a question on it would. */
    static void requireExisting(Store store) {
        requireExists(store);
        store.requireCurrent();
    }

    private static void requireExists(Store store) {
        if (!store.exists()) {
            throw new UsageError("There is no store at " + store.directory()
                    + "; apply a chronicle first (entente apply FILE) or name the store with --store or ENTENTE_STORE");
        }
    }

    /** The engine, for commands that write or replay. */
    EntenteEngine engine() {
        if (engine == null) {
            throw new IllegalStateException("This session only reads the read models");
        }
        return engine;
    }

    /** How many connections this session's questions opened; -1 when they read through a pool or an engine. */
    int connectionsOpened() {
        return readOnly == null ? -1 : readOnly.connectionsOpened();
    }

    /** The read models, up to date with the history unless a warning said otherwise. */
    ReadModels readModels() {
        return readModels;
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        } else {
            readOnly.close();
        }
    }
}
