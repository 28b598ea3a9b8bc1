package dev.entente.adapters.json.chronicle;

import dev.entente.domain.AggregateRegistry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command types a chronicle may hold, by simple name, read from a registry of aggregates: Entente's and the
 * application's own.
 */
final class CommandTypes {

    private static final CommandTypes ENTENTE = new CommandTypes(AggregateRegistry.entente());

    private final AggregateRegistry registry;
    private final Map<String, Class<?>> byName;

    CommandTypes(AggregateRegistry registry) {
        this.registry = registry;
        this.byName = byName(registry);
    }

    /** Every command record of Entente's, in the order the sealed interfaces permit them. */
    static List<Class<?>> all() {
        return ENTENTE.known();
    }

    /** Entente's command names, sorted. */
    static List<String> names() {
        return ENTENTE.knownNames();
    }

    /** The id of the aggregate {@code command}, one of these types, goes to. */
    String targetOf(Object command) {
        return registry.forCommand(command).orElseThrow(() -> new IllegalArgumentException(
                command.getClass().getName() + " is a command of no aggregate of this reader")).targetOf(command);
    }

    /** Every command record, in the order the registry lists them. */
    List<Class<?>> known() {
        return List.copyOf(byName.values());
    }

    Class<?> find(String name) {
        return byName.get(name);
    }

    /** The names, sorted, for messages. */
    List<String> knownNames() {
        return byName.keySet().stream().sorted().toList();
    }

    /** The known name closest to {@code name} (edit distance, ignoring case). */
    String closest(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : knownNames()) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Map<String, Class<?>> byName(AggregateRegistry registry) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        registry.commandTypes().forEach(type -> types.put(type.getSimpleName(), type));
        return Collections.unmodifiableMap(types);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
