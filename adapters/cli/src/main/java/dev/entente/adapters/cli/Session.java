package dev.entente.adapters.cli;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.application.EntenteEngine;
import dev.entente.embedded.Entente;
import java.time.Duration;

/** An engine on the command's store, for the length of one command. */
final class Session implements AutoCloseable {

    private final EntenteEngine engine;

    private Session(EntenteEngine engine) {
        this.engine = engine;
    }

    static Session open(Store store) {
        JdbcStorage storage = store.open();
        return new Session(Entente.builder()
                .storage(storage)
                .consistencyTimeout(Duration.ofMinutes(10))
                .start());
    }

    /** An engine on a store that must exist already: a question to a mistyped store should not create one. */
    static Session openExisting(Store store) {
        if (!store.exists()) {
            throw new UsageError("There is no store at " + store.directory()
                    + "; apply a chronicle first (entente apply FILE) or name the store with --store or ENTENTE_STORE");
        }
        return open(store);
    }

    EntenteEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}
