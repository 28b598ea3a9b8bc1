package dev.entente.domain.shared;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What every command's builder sets alike: the day it happened and the sources that report it. Each command's
 * {@code Builder} extends it and adds the components of its own command.
 *
 * @param <B> the builder itself, returned by each method so that calls chain
 */
public abstract class FactBuilder<B extends FactBuilder<B>> {

    /** The day it happened; null until {@link #on(LocalDate)}. */
    protected LocalDate occurredOn;
    /** The sources that report it; null (none) until {@link #sources(List)}. */
    protected List<Source> sources;

    /** For a command's builder. */
    protected FactBuilder() {
    }

    /**
     * The day it happened ({@code occurredOn}).
     *
     * @param occurredOn the day
     * @return this builder
     */
    public B on(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
        return self();
    }

    /**
     * The sources that report it ({@code sources}).
     *
     * @param sources the sources, null for none
     * @return this builder
     */
    public B sources(List<Source> sources) {
        this.sources = sources;
        return self();
    }

    /**
     * The sources that report it ({@code sources}).
     *
     * @param sources the sources
     * @return this builder
     */
    public B sources(Source... sources) {
        return sources(sources == null ? null : Arrays.asList(sources));
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
