package dev.entente.domain.shared;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One kind of aggregate: its name, its command and event roots, its pure rules, and how a command or an event names
 * the aggregate it belongs to. Entente's own have an Axon shell; an application's own aggregate ({@link #of}, see
 * docs/extending.md) has none and is run by the engine on the event store directly (ADR 0021).
 *
 * @param name         the type stored with each event, e.g. {@code Visit}
 * @param shell        the Axon aggregate class, or null for an application's own aggregate
 * @param commandRoot  the interface every command to it implements
 * @param eventRoot    the interface every event of it implements
 * @param commandTypes every command record, in a fixed order
 * @param eventTypes   every event record, in a fixed order
 * @param decider      its rules as pure functions
 * @param commandTarget the id of the aggregate a command goes to
 * @param eventSource  the id of the aggregate an event belongs to
 * @param stateOfShell the state an Axon shell (e.g. one read from a snapshot) holds; null without a shell
 * @param shellOf      an Axon shell holding a state, as a snapshot stores it; null without a shell
 */
public record AggregateType<S, C, E>(String name, Class<?> shell, Class<C> commandRoot, Class<E> eventRoot,
                                     List<Class<?>> commandTypes, List<Class<?>> eventTypes,
                                     Decider<S, C, E> decider, Function<C, String> commandTarget,
                                     Function<E, String> eventSource, Function<Object, S> stateOfShell,
                                     BiFunction<String, S, Object> shellOf) {

    public AggregateType {
        Values.text(name, "aggregate name");
        Values.required(commandRoot, "command root");
        Values.required(eventRoot, "event root");
        Values.required(decider, "decider");
        Values.required(commandTarget, "command target");
        Values.required(eventSource, "event source");
        commandTypes = List.copyOf(commandTypes);
        eventTypes = List.copyOf(eventTypes);
    }

    /**
     * One of Entente's aggregates, on its Axon shell, whose simple name it is stored under; its commands and events are
     * the records its sealed roots permit, in the order they permit them.
     */
    public AggregateType(Class<?> shell, Class<C> commandRoot, Class<E> eventRoot, Decider<S, C, E> decider,
                         Function<C, String> commandTarget, Function<E, String> eventSource,
                         Function<Object, S> stateOfShell, BiFunction<String, S, Object> shellOf) {
        this(shell.getSimpleName(), shell, commandRoot, eventRoot, leaves(commandRoot), leaves(eventRoot), decider,
                commandTarget, eventSource, stateOfShell, shellOf);
    }

    /**
     * An application's own aggregate, with no Axon class: its commands and events are the records its roots permit
     * when the roots are sealed interfaces, or the roots themselves when they are records. The engine loads its events
     * by aggregate id, folds {@code evolve}, calls {@code decide} and appends what it decides.
     *
     * @param name          stored with each of its events; must differ from Entente's ({@code Visit},
     *                      {@code Agreement}, {@code Relationship}, {@code Meeting}) and from other extensions'
     * @param commandTarget the id of the aggregate a command goes to; prefix it (e.g. {@code programme:}) so that it
     *                      never equals an id of another aggregate
     * @param eventSource   the id of the aggregate an event belongs to, as {@code commandTarget} gives it
     */
    public static <S, C, E> AggregateType<S, C, E> of(String name, Class<C> commandRoot, Class<E> eventRoot,
                                                      Decider<S, C, E> decider, Function<C, String> commandTarget,
                                                      Function<E, String> eventSource) {
        return new AggregateType<>(name, null, commandRoot, eventRoot, leaves(commandRoot), leaves(eventRoot), decider,
                commandTarget, eventSource, null, null);
    }

    /**
     * As {@link #of(String, Class, Class, Decider, Function, Function)}, for roots that are plain interfaces: the
     * command and event records are listed.
     */
    public static <S, C, E> AggregateType<S, C, E> of(String name, Class<C> commandRoot,
                                                      List<Class<? extends C>> commandTypes, Class<E> eventRoot,
                                                      List<Class<? extends E>> eventTypes,
                                                      Decider<S, C, E> decider, Function<C, String> commandTarget,
                                                      Function<E, String> eventSource) {
        return new AggregateType<>(name, null, commandRoot, eventRoot, List.<Class<?>>copyOf(commandTypes),
                List.<Class<?>>copyOf(eventTypes), decider, commandTarget, eventSource, null, null);
    }

    /** Whether Axon runs it through its shell (Entente's own) rather than the engine on the event store. */
    public boolean hasShell() {
        return shell != null;
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

    /** The state held by {@code shell}, an instance of {@link #shell()}; only for an aggregate with a shell. */
    public Object stateOf(Object shell) {
        return stateOfShell.apply(shell);
    }

    /** A shell holding {@code state}, to be stored as a snapshot of the aggregate {@code aggregateId}. */
    @SuppressWarnings("unchecked")
    public Object snapshotOf(String aggregateId, Object state) {
        return shellOf.apply(aggregateId, (S) state);
    }

    static List<Class<?>> leaves(Class<?> root) {
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
