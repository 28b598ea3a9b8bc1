package dev.entente.adapters.jdbc;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Recognises a duplicate key anywhere in a JDBC failure, so that a conflicting append becomes Axon's
 * {@code ConcurrencyException}. Axon's default resolver misses it because batch inserts report the violation as a
 * {@link java.sql.BatchUpdateException} whose cause or next exception carries SQLState 23505 (or 23000); SQLite
 * gives no SQLState at all, only its result code. A PostgreSQL deadlock (40P01) or serialization failure (40001)
 * between two appends is the same conflict seen from the other side — two writers on the same aggregates — and is
 * reported the same way, so that a batch overtaken by another writer is retried (ADR 0009). Nothing else is a
 * conflict: a read-only or busy database in particular is not (see {@link StoreUnavailable}).
 */
public final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final Set<String> DUPLICATE_KEY_STATES = Set.of(
            "23505", "23000", "40P01", "40001");
    private static final Set<SQLiteErrorCode> SQLITE_DUPLICATE_KEY = Set.of(
            SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY, SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE);

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(exception);
        while (!pending.isEmpty()) {
            Throwable failure = pending.pop();
            if (!seen.add(failure)) {
                continue;
            }
            if (failure instanceof SQLiteException sqlite && SQLITE_DUPLICATE_KEY.contains(sqlite.getResultCode())) {
                return true;
            }
            if (failure instanceof SQLException sql) {
                if (sql.getSQLState() != null && DUPLICATE_KEY_STATES.contains(sql.getSQLState())) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    pending.push(sql.getNextException());
                }
            }
            if (failure.getCause() != null) {
                pending.push(failure.getCause());
            }
        }
        return false;
    }
}
