package dev.entente.domain.shared;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One kind of aggregate: its Axon shell, its sealed command and event roots, its pure rules, and how a command or an
 * event names the aggregate it belongs to.
 *
 * @param shell        the Axon aggregate class; its simple name is the type stored with each event
 * @param commandRoot  the sealed interface every command to it implements
 * @param eventRoot    the sealed interface every event of it implements
 * @param decider      its rules as pure functions
 * @param commandTarget the id of the aggregate a command goes to
 * @param eventSource  the id of the aggregate an event belongs to
 * @param stateOfShell the state an Axon shell (e.g. one read from a snapshot) holds
 * @param shellOf      an Axon shell holding a state, as a snapshot stores it
 */
public record AggregateType<S, C, E>(Class<?> shell, Class<C> commandRoot, Class<E> eventRoot,
                                     Decider<S, C, E> decider, Function<C, String> commandTarget,
                                     Function<E, String> eventSource, Function<Object, S> stateOfShell,
                                     BiFunction<String, S, Object> shellOf) {

    /** The type stored with each event, e.g. {@code Visit}. */
    public String name() {
        return shell.getSimpleName();
    }

    /** Every command record, in the order the sealed interface permits them. */
    public List<Class<?>> commandTypes() {
        return leaves(commandRoot);
    }

    /** Every event record, in the order the sealed interface permits them. */
    public List<Class<?>> eventTypes() {
        return leaves(eventRoot);
    }

    /** Whether {@code command} goes to this kind of aggregate. */
    public boolean handles(Object command) {
        return commandRoot.isInstance(command);
    }

    /** The id of the aggregate {@code command} goes to. */
    public String targetOf(Object command) {
        return commandTarget.apply(commandRoot.cast(command));
    }

    /** The events {@code command} records on {@code state}; see {@link Decider#decide}. */
    @SuppressWarnings("unchecked")
    public List<E> decide(Object state, Object command) {
        return decider.decide((S) state, commandRoot.cast(command));
    }

    /** The state after {@code event}; see {@link Decider#evolve}. */
    @SuppressWarnings("unchecked")
    public S evolve(Object state, Object event) {
        return decider.evolve((S) state, eventRoot.cast(event));
    }

    /** The id of the aggregate {@code event} belongs to. */
    public String sourceOf(Object event) {
        return eventSource.apply(eventRoot.cast(event));
    }

    /** The state held by {@code shell}, an instance of {@link #shell()}. */
    public Object stateOf(Object shell) {
        return stateOfShell.apply(shell);
    }

    /** A shell holding {@code state}, to be stored as a snapshot of the aggregate {@code aggregateId}. */
    @SuppressWarnings("unchecked")
    public Object snapshotOf(String aggregateId, Object state) {
        return shellOf.apply(aggregateId, (S) state);
    }

    private static List<Class<?>> leaves(Class<?> root) {
        List<Class<?>> leaves = new ArrayList<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (type.isSealed()) {
                List<Class<?>> permitted = List.of(type.getPermittedSubclasses());
                for (int i = permitted.size() - 1; i >= 0; i--) {
                    pending.push(permitted.get(i));
                }
            } else {
                leaves.add(type);
            }
        }
        return leaves;
    }
}
