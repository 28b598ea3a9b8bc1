package dev.entente.adapters.jdbc;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The database would not take a write: it is read-only, or another process holds its write lock longer than a
 * writer waits. Said in one sentence, instead of whatever the failed statement happened to be about (Axon, for one,
 * calls any failed first append "Cannot reuse aggregate identifier").
 */
public final class StoreUnavailable extends RuntimeException {

    /** Why the store would not take the write. */
    public enum Reason {
        /** The database, its files or its directory cannot be written, or it was opened only to read. */
        READ_ONLY("The store cannot be written: the database is read-only"),
        /** Another process kept the database's write lock longer than this one waits for it. */
        BUSY("The store is busy: another process is writing to it");

        private final String sentence;

        Reason(String sentence) {
            this.sentence = sentence;
        }

        /** The reason as one sentence, without a full stop. */
        public String sentence() {
            return sentence;
        }
    }

    // H2: 90097 DATABASE_IS_READ_ONLY, 90020 DATABASE_ALREADY_OPEN (another process holds the file), 50200
    // LOCK_TIMEOUT. PostgreSQL: 25006 read_only_sql_transaction.
    private static final Set<String> READ_ONLY_STATES = Set.of("90097", "25006");
    private static final Set<String> BUSY_STATES = Set.of("90020", "HYT00");

    private final Reason reason;

    public StoreUnavailable(Reason reason, Throwable cause) {
        super(reason.sentence(), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * The read-only or busy store among {@code failure} and its causes: a {@code StoreUnavailable} already made, or
     * one made from the database's own error; empty when the failure is something else.
     */
    public static Optional<StoreUnavailable> in(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof StoreUnavailable unavailable) {
                return Optional.of(unavailable);
            }
            if (next instanceof SQLException sql) {
                Reason reason = reasonOf(sql);
                if (reason != null) {
                    return Optional.of(new StoreUnavailable(reason, failure));
                }
                if (sql.getNextException() != null) {
                    pending.push(sql.getNextException());
                }
            }
            if (next.getCause() != null) {
                pending.push(next.getCause());
            }
            for (Throwable suppressed : next.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return Optional.empty();
    }

    private static Reason reasonOf(SQLException sql) {
        if (sql instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            // The primary result code is the low byte of an extended one: SQLITE_READONLY_DIRECTORY is a READONLY.
            int primary = code == null ? sqlite.getErrorCode() & 0xff : code.code & 0xff;
            if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
                return Reason.READ_ONLY;
            }
            if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return Reason.BUSY;
            }
            return null;
        }
        String state = sql.getSQLState();
        if (state != null && READ_ONLY_STATES.contains(state)) {
            return Reason.READ_ONLY;
        }
        if (state != null && BUSY_STATES.contains(state)) {
            return Reason.BUSY;
        }
        return null;
    }
}
