package dev.entente.spring;

import dev.entente.application.EntenteEngine;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains an application that needs an {@link EntenteEngine} but configured no store for it: Boot's own analysis
 * would only say that no bean of the type was found. Ordered first, so that it is the one reported.
 */
public class NoStoreFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException> implements Ordered {

    /** Created by Spring Boot from {@code META-INF/spring.factories}. */
    public NoStoreFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
        if (cause.getBeanType() == null || !EntenteEngine.class.isAssignableFrom(cause.getBeanType())) {
            return null;
        }
        return new FailureAnalysis("The application needs an Entente engine, but no store is configured for one:"
                + " the Entente starter makes an engine only on an embedded store directory, in memory, or on the"
                + " application's single DataSource, and none of them is there.",
                "Set one of these: entente.embedded.directory=<a directory for the SQLite store> (e.g. in"
                        + " application.properties); entente.in-memory=true (nothing is kept); or a DataSource on"
                        + " PostgreSQL (spring.datasource.url=jdbc:postgresql://...). Or declare an EntenteEngine bean"
                        + " of your own.", cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
