package dev.entente.adapters.jdbc;

import dev.entente.adapters.json.EntenteJson;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The key index on SQLite files in a temporary directory. */
class SqliteKeyIndexTest extends KeyIndexContract {

    @TempDir
    Path directory;

    @Override
    protected JdbcStorage.Builder builder() {
        return JdbcStorage.builder(EntenteJson.mapper()).sqlite(directory.resolve("data"));
    }

    @Override
    protected JdbcStorage.Builder otherDatabase() {
        return JdbcStorage.builder(EntenteJson.mapper()).sqlite(directory.resolve("other"));
    }

    @Override
    protected Dialect dialect() {
        return Dialect.SQLITE;
    }
}
