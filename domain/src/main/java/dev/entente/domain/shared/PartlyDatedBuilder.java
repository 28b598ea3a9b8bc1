package dev.entente.domain.shared;

/**
 * The builder of a command whose date the sources may give only in part: {@code on(day)} for an exact day, or
 * {@code written("1992-06")} for a date as written, from which the day it is known from is derived.
 *
 * @param <B> the builder itself, returned by each method so that calls chain
 */
public abstract class PartlyDatedBuilder<B extends PartlyDatedBuilder<B>> extends FactBuilder<B> {

    /** The date as the sources write it; null until {@link #written(WrittenDate)}. */
    protected WrittenDate dateAsWritten;

    /** For a command's builder. */
    protected PartlyDatedBuilder() {
    }

    /**
     * The date as the sources write it ({@code dateAsWritten}); {@code on} may then be left out.
     *
     * @param dateAsWritten the date as written
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    public B written(WrittenDate dateAsWritten) {
        this.dateAsWritten = dateAsWritten;
        return (B) this;
    }

    /**
     * The date as the sources write it, read by {@link WrittenDate#parse(String)}, e.g. {@code "1992-06"}.
     *
     * @param dateAsWritten the date as written
     * @return this builder
     */
    public B written(String dateAsWritten) {
        return written(WrittenDate.parse(dateAsWritten));
    }
}
