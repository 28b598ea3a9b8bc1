package dev.entente.domain;

import dev.entente.domain.shared.AggregateType;
import dev.entente.domain.shared.StoredEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregates an engine runs: Entente's own ({@link Aggregates}) and those an application added (docs/extending.md).
 * The engine, the serializer's stored names, the chronicle's command types and the batch check read it. Made once,
 * at start-up, where every clash is refused: two aggregates with one name, two commands with one simple name (a
 * chronicle names commands by it), two events with one stored name, an event without {@code @StoredEvent}.
 */
public final class AggregateRegistry {

    private static final AggregateRegistry ENTENTE = new AggregateRegistry(Aggregates.all());

    private final List<AggregateType<?, ?, ?>> all;
    private final Map<Class<?>, AggregateType<?, ?, ?>> byCommand = new HashMap<>();

    private AggregateRegistry(List<AggregateType<?, ?, ?>> all) {
        this.all = List.copyOf(all);
        Map<String, AggregateType<?, ?, ?>> byName = new HashMap<>();
        Map<String, Class<?>> commandNames = new HashMap<>();
        Map<String, Class<?>> storedNames = new HashMap<>();
        for (AggregateType<?, ?, ?> type : this.all) {
            AggregateType<?, ?, ?> named = byName.putIfAbsent(type.name(), type);
            if (named != null) {
                throw new IllegalArgumentException("Two aggregates are named " + type.name()
                        + (named.hasShell() || type.hasShell() ? ", which is Entente's own" : "")
                        + ": give yours another name");
            }
            for (Class<?> command : type.commandTypes()) {
                requireConcrete(type, command, "command");
                if (!type.commandRoot().isAssignableFrom(command)) {
                    throw new IllegalArgumentException(command.getName() + ", a command of " + type.name()
                            + ", does not implement " + type.commandRoot().getName());
                }
                Class<?> taken = commandNames.putIfAbsent(command.getSimpleName(), command);
                if (taken != null) {
                    throw new IllegalArgumentException("The command name " + command.getSimpleName()
                            + " is taken by both " + taken.getName() + " and " + command.getName()
                            + "; a chronicle names a command by its simple name, so rename one");
                }
                byCommand.put(command, type);
            }
            for (Class<?> event : type.eventTypes()) {
                requireConcrete(type, event, "event");
                if (!type.eventRoot().isAssignableFrom(event)) {
                    throw new IllegalArgumentException(event.getName() + ", an event of " + type.name()
                            + ", does not implement " + type.eventRoot().getName());
                }
                StoredEvent stored = event.getAnnotation(StoredEvent.class);
                if (stored == null) {
                    throw new IllegalArgumentException(event.getName() + ", an event of " + type.name()
                            + ", has no @StoredEvent(name, revision): every event is stored under a stable name");
                }
                Class<?> taken = storedNames.putIfAbsent(stored.name(), event);
                if (taken != null) {
                    throw new IllegalArgumentException("The stored name " + stored.name() + " is taken by both "
                            + taken.getName() + " and " + event.getName() + "; give each event a name of its own"
                            + " (prefix yours, e.g. exchange.programme-launched)");
                }
            }
        }
    }

    /** Entente's aggregates alone. */
    public static AggregateRegistry entente() {
        return ENTENTE;
    }

    /**
     * Entente's aggregates and {@code extensions}, in that order.
     *
     * @throws IllegalArgumentException naming the clash, when a name, command name or stored name is taken twice
     */
    public static AggregateRegistry with(List<? extends AggregateType<?, ?, ?>> extensions) {
        if (extensions.isEmpty()) {
            return ENTENTE;
        }
        List<AggregateType<?, ?, ?>> all = new ArrayList<>(Aggregates.all());
        all.addAll(extensions);
        return new AggregateRegistry(all);
    }

    /** Every aggregate type: Entente's, then the extensions, in the order given. */
    public List<AggregateType<?, ?, ?>> all() {
        return all;
    }

    /** The aggregates added by the application: those without an Axon shell. */
    public List<AggregateType<?, ?, ?>> extensions() {
        return all.stream().filter(type -> !type.hasShell()).toList();
    }

    /** Every command record of every aggregate. */
    public List<Class<?>> commandTypes() {
        return all.stream().flatMap(type -> type.commandTypes().stream()).toList();
    }

    /** Every event record of every aggregate. */
    public List<Class<?>> eventTypes() {
        return all.stream().flatMap(type -> type.eventTypes().stream()).toList();
    }

    /** The aggregate type {@code command} goes to, if it is a command of one of them. */
    public Optional<AggregateType<?, ?, ?>> forCommand(Object command) {
        return command == null ? Optional.empty() : Optional.ofNullable(byCommand.get(command.getClass()));
    }

    /** The aggregate type stored under {@code name}, if any. */
    public Optional<AggregateType<?, ?, ?>> named(String name) {
        return all.stream().filter(type -> type.name().equals(name)).findFirst();
    }

    private static void requireConcrete(AggregateType<?, ?, ?> type, Class<?> member, String what) {
        if (member.isInterface() || !member.isRecord()) {
            throw new IllegalArgumentException(member.getName() + " is not a record: the " + what + "s of "
                    + type.name() + " are records, permitted by a sealed root or listed with AggregateType.of(name, "
                    + "commandRoot, commands, eventRoot, events, …)");
        }
    }
}
