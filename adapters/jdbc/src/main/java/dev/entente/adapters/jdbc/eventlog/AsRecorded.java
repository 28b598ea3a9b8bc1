package dev.entente.adapters.jdbc.eventlog;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.integrity.RecordedReadModels;
import dev.entente.application.query.ReadModels;
import java.time.Instant;

/**
 * The read models of a JDBC store as it knew them at an instant ({@link RecordedReadModels}), read from its event
 * table in one transaction; starts no engine, so the store may be opened read-only.
 */
public final class AsRecorded {

    private AsRecorded() {
    }

    /** What {@code storage} knew at {@code recordedBy}: its events recorded then or earlier, folded in memory. */
    public static ReadModels readModels(JdbcStorage storage, Instant recordedBy) {
        JsonSerialization serialization = new JsonSerialization();
        return storage.transactionManager().fetchInTransaction(() -> RecordedReadModels.fold(
                StoreCheck.history(storage.transactionManager()), serialization, recordedBy));
    }
}
