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

    EntenteEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}
