package dev.entente.domain.shared;

import java.util.List;

/**
 * An aggregate as two pure functions over an immutable state: {@link #decide} says which events a command records
 * (or refuses it with a {@link RuleViolation}), {@link #evolve} says what an event changes. The Axon aggregate
 * classes are shells that call these, and a batch is checked by folding them over the stored history.
 *
 * @param <S> the state, a record
 * @param <C> the aggregate's command root
 * @param <E> the aggregate's event root
 */
public interface Decider<S, C, E> {

    /** The state before the aggregate's first event. */
    S initial();

    /**
     * The events {@code command} records on {@code state}, in order; each later one is decided on the state the
     * earlier ones left (an agreement signed by its last party also enters into force).
     *
     * @throws RuleViolation when a rule refuses the command
     */
    List<E> decide(S state, C command);

    /** The state after {@code event}. */
    S evolve(S state, E event);

    /** The state after every one of {@code events}, in order. */
    default S fold(S state, Iterable<? extends E> events) {
        S folded = state;
        for (E event : events) {
            folded = evolve(folded, event);
        }
        return folded;
    }
}
