package dev.entente.spring;

import dev.entente.application.EntenteEngine;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Up when the engine's read models answer a query (its store is reachable), with the storage described; down with
 * the store's error otherwise.
 */
public class EntenteHealthIndicator extends AbstractHealthIndicator {

    private final EntenteEngine engine;

    /** An indicator for {@code engine}. */
    public EntenteHealthIndicator(EntenteEngine engine) {
        super("Entente's store did not answer");
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        int dyads = engine.dyads().size();
        builder.up().withDetail("storage", engine.describeStorage()).withDetail("dyads", dyads);
    }
}
