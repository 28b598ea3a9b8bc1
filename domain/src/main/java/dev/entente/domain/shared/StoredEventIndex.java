package dev.entente.domain.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entente's own stored events (every type of the domain annotated {@link StoredEvent}) as the build indexed them in
 * {@value #INDEX} (ADR 0033): a question reads events by their stored name, and this answers which class and
 * revision a name is without the aggregate registry or an annotation read, whose first use generates a proxy class
 * at run time. The index is written by the processor of module {@code processor} as the domain compiles, and a test
 * holds it equal to the annotations. A type it does not know (an extension's event) is answered from its annotation.
 */
public final class StoredEventIndex {

    /** The index's resource, beside the domain's classes. */
    public static final String INDEX = "META-INF/entente/stored-events";

    /** One stored event: the name and revision it is written under, and its type. */
    public record Entry(String name, String revision, Class<?> type) {
    }

    private static final Map<String, Entry> BY_NAME;
    private static final Map<Class<?>, Entry> BY_TYPE;

    static {
        Map<String, Entry> byName = new HashMap<>();
        Map<Class<?>, Entry> byType = new HashMap<>();
        for (Entry entry : read()) {
            byName.put(entry.name(), entry);
            byType.put(entry.type(), entry);
        }
        BY_NAME = Map.copyOf(byName);
        BY_TYPE = Map.copyOf(byType);
    }

    private StoredEventIndex() {
    }

    /** The domain's event stored under {@code name}, or null if none is. */
    public static Entry byName(String name) {
        return BY_NAME.get(name);
    }

    /** Every stored event of the domain, in no particular order. */
    public static Collection<Entry> entries() {
        return BY_TYPE.values();
    }

    /**
     * The name {@code type} is stored under: from the index for the domain's events, from its {@link StoredEvent}
     * otherwise; null if it has none.
     */
    public static String nameOf(Class<?> type) {
        Entry entry = BY_TYPE.get(type);
        if (entry != null) {
            return entry.name();
        }
        StoredEvent stored = type.getAnnotation(StoredEvent.class);
        return stored == null ? null : stored.name();
    }

    private static List<Entry> read() {
        ClassLoader loader = StoredEventIndex.class.getClassLoader();
        try (InputStream in = StoredEventIndex.class.getResourceAsStream("/" + INDEX)) {
            if (in == null) {
                throw new IllegalStateException(INDEX + " is missing from the domain's classes: it is written by the "
                        + "build (module processor, ADR 0033); build the domain with Maven");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> entries = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException("Unreadable line in " + INDEX + ": " + line);
                }
                try {
                    entries.add(new Entry(fields[0], fields[1], Class.forName(fields[2], false, loader)));
                } catch (ClassNotFoundException stale) {
                    throw new IllegalStateException(INDEX + " names " + fields[2] + ", which is not there: the index "
                            + "is stale; build the domain again with Maven", stale);
                }
            }
            return entries;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read " + INDEX, unreadable);
        }
    }
}
