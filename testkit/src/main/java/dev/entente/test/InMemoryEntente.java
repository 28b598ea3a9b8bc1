package dev.entente.test;

import dev.entente.application.EntenteEngine;
import dev.entente.application.EntenteExtension;
import dev.entente.embedded.Entente;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A fresh in-memory Entente engine for each test, closed after it: a JUnit 5 extension for integration tests that
 * send commands and ask the read models. Either register it on a field and call {@link #engine()}:
 *
 * <pre>{@code
 * @RegisterExtension final InMemoryEntente entente = new InMemoryEntente();
 * }</pre>
 *
 * or use {@code @ExtendWith(InMemoryEntente.class)} and take an {@link EntenteEngine} as a test method's parameter.
 */
public final class InMemoryEntente implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(InMemoryEntente.class);

    private final EntenteExtension[] extensions;
    private EntenteEngine engine;

    /** The extension; the engine starts before each test. */
    public InMemoryEntente() {
        this(new EntenteExtension[0]);
    }

    /** The extension, whose engine also runs the application's own aggregates (docs/extending.md). */
    public InMemoryEntente(EntenteExtension... extensions) {
        this.extensions = extensions.clone();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        engine = Entente.inMemory(extensions);
        context.getStore(NAMESPACE).put(EntenteEngine.class, engine);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        EntenteEngine started = context.getStore(NAMESPACE).remove(EntenteEngine.class, EntenteEngine.class);
        if (started != null) {
            started.close();
        }
        engine = null;
    }

    /**
     * The engine of the running test.
     *
     * @throws IllegalStateException outside a test
     */
    public EntenteEngine engine() {
        if (engine == null) {
            throw new IllegalStateException("The in-memory engine runs only during a test");
        }
        return engine;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EntenteEngine.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(EntenteEngine.class, EntenteEngine.class);
    }
}
