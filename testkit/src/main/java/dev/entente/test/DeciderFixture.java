package dev.entente.test;

import dev.entente.domain.shared.Decider;
import dev.entente.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A given–when–then fixture over one aggregate's pure rules (its {@link Decider}): given the events (or commands)
 * of its past, when a command arrives, then these events are recorded, or this rule refuses it. No engine, no
 * framework and no store: it runs the very functions the aggregates run. Fixtures are immutable; each
 * {@code given...} returns a new one. Start from {@link EntenteFixtures}.
 *
 * <pre>{@code
 * visits().givenCommands(stateVisit()).when(arrival).thenEvents(expectedArrival);
 * visits().givenNothing().when(scheduleToOwnCountry).thenViolates("visit.guest-is-host");
 * }</pre>
 *
 * @param <S> the aggregate's state
 * @param <C> its command root
 * @param <E> its event root
 */
public final class DeciderFixture<S, C, E> {

    private final Decider<S, C, E> decider;
    private final List<E> past;

    DeciderFixture(Decider<S, C, E> decider, List<E> past) {
        this.decider = Objects.requireNonNull(decider, "decider");
        this.past = List.copyOf(past);
    }

    /** An aggregate with no history yet. */
    public DeciderFixture<S, C, E> givenNothing() {
        return new DeciderFixture<>(decider, List.of());
    }

    /** An aggregate whose past is these events, in order (added after any given before). */
    @SafeVarargs
    public final DeciderFixture<S, C, E> given(E... events) {
        return given(Arrays.asList(events));
    }

    /** An aggregate whose past is these events, in order (added after any given before). */
    public DeciderFixture<S, C, E> given(List<? extends E> events) {
        List<E> all = new ArrayList<>(past);
        all.addAll(events);
        return new DeciderFixture<>(decider, all);
    }

    /**
     * An aggregate whose past is what these commands record, each decided by the rules in order, so that the given
     * state is one the rules can reach.
     *
     * @throws AssertionError when the rules refuse one of them: the test's premise is wrong, not the rule under test
     */
    @SafeVarargs
    public final DeciderFixture<S, C, E> givenCommands(C... commands) {
        List<E> all = new ArrayList<>(past);
        S state = decider.fold(decider.initial(), all);
        for (C command : commands) {
            List<E> recorded;
            try {
                recorded = decider.decide(state, command);
            } catch (RuleViolation refused) {
                throw new AssertionError("The given command " + command + " was refused (" + refused.code() + "): "
                        + refused.getMessage(), refused);
            }
            all.addAll(recorded);
            state = decider.fold(state, recorded);
        }
        return new DeciderFixture<>(decider, all);
    }

    /** Decides {@code command} on the given past, keeping what it records or the rule that refuses it. */
    public Outcome<S, E> when(C command) {
        Objects.requireNonNull(command, "command");
        S before = decider.fold(decider.initial(), past);
        try {
            List<E> recorded = decider.decide(before, command);
            return new Outcome<>(command, recorded, null, decider.fold(before, recorded));
        } catch (RuleViolation refused) {
            return new Outcome<>(command, List.of(), refused, before);
        }
    }

    /**
     * What a command led to: the events it recorded, or the violation that refused it, and the state after.
     *
     * @param <S> the aggregate's state
     * @param <E> its event root
     */
    public static final class Outcome<S, E> {

        private final Object command;
        private final List<E> events;
        private final RuleViolation violation;
        private final S state;

        Outcome(Object command, List<E> events, RuleViolation violation, S state) {
            this.command = command;
            this.events = events;
            this.violation = violation;
            this.state = state;
        }

        /** Asserts that the command was accepted and recorded exactly these events, in this order. */
        @SafeVarargs
        public final Outcome<S, E> thenEvents(E... expected) {
            accepted();
            if (!events.equals(List.of(expected))) {
                throw new AssertionError("Expected the events " + List.of(expected) + "\n but " + command
                        + " recorded " + events);
            }
            return this;
        }

        /** Asserts that the command was refused by the rule with this stable code, with a message that says why. */
        public Outcome<S, E> thenViolates(String code) {
            if (violation == null) {
                throw new AssertionError("Expected " + command + " to be refused by " + code + ", but it recorded "
                        + events);
            }
            if (!Violations.violates(code).matches(violation)) {
                throw new AssertionError("Expected a violation of " + code + ", but got " + violation);
            }
            return this;
        }

        /** Asserts that the command was accepted, then hands the state after it to {@code check}. */
        public Outcome<S, E> thenState(Consumer<? super S> check) {
            accepted();
            check.accept(state);
            return this;
        }

        /** The events the command recorded; empty when it was refused. */
        public List<E> events() {
            return events;
        }

        /** The violation that refused the command, or {@code null} when it was accepted. */
        public RuleViolation violation() {
            return violation;
        }

        /** The state after the command (the state before it, when it was refused). */
        public S state() {
            return state;
        }

        private void accepted() {
            if (violation != null) {
                throw new AssertionError("Expected " + command + " to be accepted, but it was refused: " + violation,
                        violation);
            }
        }
    }
}
