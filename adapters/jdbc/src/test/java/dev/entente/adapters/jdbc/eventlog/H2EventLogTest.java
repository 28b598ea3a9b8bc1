package dev.entente.adapters.jdbc.eventlog;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The event log contract on H2 file databases in a temporary directory, a new one for each store. */
class H2EventLogTest extends EventLogContract {

    private final AtomicInteger databases = new AtomicInteger();

    @TempDir
    Path directory;

    @Override
    protected JdbcStorage openEmptyStore() {
        return JdbcStorage.h2(directory.resolve("store-" + databases.incrementAndGet()), EntenteJson.mapper());
    }
}
