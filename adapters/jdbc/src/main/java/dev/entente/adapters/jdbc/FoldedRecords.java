package dev.entente.adapters.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The visits and agreements {@link JdbcReadModelStore} last folded by id, each with where its fold got to, so that the
 * next read of the same record folds only the events stored since (issue 8, seventh session; ADR 0032): the event
 * processor reads every record it changes at the start of each batch, and a record of a long aggregate was folded
 * from all of its events every time.
 * <p>
 * The invariant that makes an entry valid: a record read by id is by construction (ADR 0029) a function of its
 * aggregate's stored events alone and the global index its record row names, {@code F(events, p)}: the events up to
 * {@code p} folded, each withdrawn one (ADR 0022: by a withdrawal anywhere in the stream) passed over. An entry holds
 * {@code F} at {@code position}, the sequence number {@code sequence} of the last event up to there, and is kept only
 * when no withdrawal followed that event when it was folded. Events are only ever appended, and an aggregate's global
 * indexes grow with its sequence numbers, so the events up to {@code sequence} never change; a withdrawal withdraws
 * only events before it. So for a record row that names {@code p >= position} now, folding the events after
 * {@code sequence} on from the entry gives {@code F(events, p)}, unless a withdrawal is among them, and then the
 * record is folded from its first event again. Nothing here depends on who wrote the record row (this process, another
 * one, a replay) or on whether its transaction committed; only the event table is trusted, as every fold does.
 * <p>
 * Bounded: the {@value #CAPACITY} records read last, the least recently read forgotten first. Safe for several
 * threads (the processor's segments, questions).
 */
final class FoldedRecords {

    /** Records kept: more than an event processor's batch changes, few enough for any heap. */
    static final int CAPACITY = 1_000;

    /** A record folded from its aggregate's events up to {@code position}, its last event there {@code sequence}. */
    record Folded(String aggregateId, long position, long sequence, Object record) {
    }

    private final Map<String, Folded> byKey = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Folded> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized Folded get(String model, String key) {
        return byKey.get(cacheKey(model, key));
    }

    synchronized void put(String model, String key, Folded folded) {
        byKey.put(cacheKey(model, key), folded);
    }

    synchronized void remove(String model, String key) {
        byKey.remove(cacheKey(model, key));
    }

    synchronized void clear() {
        byKey.clear();
    }

    synchronized int size() {
        return byKey.size();
    }

    private static String cacheKey(String model, String key) {
        return model + '\n' + key;
    }
}
