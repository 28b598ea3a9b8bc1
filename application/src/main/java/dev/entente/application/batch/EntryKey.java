package dev.entente.application.batch;

import dev.entente.domain.shared.InvalidValue;

/**
 * The stable key of a batch entry (ADR 0022): the id of the aggregate it goes to, a slash, and the entry's own name,
 * either an explicit id or its command type and ordinal among the chronicle's commands of that type to that
 * aggregate, with the chronicle's file name ({@code RecordArrival#1@azerbaijan-pakistan-2024.json}). Recorded with each event the entry writes ({@code entente.key}), it matches an edited
 * entry to what it recorded when first applied.
 */
public final class EntryKey {

    private EntryKey() {
    }

    /** The key of an entry named {@code name} (an explicit id, or {@code Type#n}) going to {@code aggregateId}. */
    public static String of(String aggregateId, String name) {
        return aggregateId + "/" + name;
    }

    /** The key of the {@code ordinal}-th command (from 1) of type {@code type} to {@code aggregateId}. */
    public static String ordinal(String aggregateId, String type, int ordinal) {
        return of(aggregateId, type + "#" + ordinal);
    }

    /**
     * The key of the {@code ordinal}-th command (from 1) of type {@code type} to {@code aggregateId} in the chronicle
     * named {@code chronicle} (its file name, without directories): ordinals count within one chronicle, so the
     * first ratification in one file and the first in another are different entries.
     */
    public static String ordinal(String aggregateId, String type, int ordinal, String chronicle) {
        return of(aggregateId, type + "#" + ordinal + "@" + chronicle.replace('/', '_'));
    }

    /** The aggregate a key names: all before its last slash. */
    public static String aggregateOf(String key) {
        return check(key).substring(0, key.lastIndexOf('/'));
    }

    /**
     * {@code key}, if it is one.
     *
     * @throws InvalidValue {@code key.invalid} when it has no aggregate id before a slash or no name after it
     */
    public static String check(String key) {
        int slash = key == null ? -1 : key.lastIndexOf('/');
        if (slash <= 0 || slash == key.length() - 1 || !key.strip().equals(key)) {
            throw new InvalidValue("key.invalid", "an entry's key is the aggregate id, a slash and the entry's id or"
                    + " Type#n, e.g. visit:aliyev-pakistan-2024/RecordArrival#1; got '" + key + "'");
        }
        return key;
    }
}
