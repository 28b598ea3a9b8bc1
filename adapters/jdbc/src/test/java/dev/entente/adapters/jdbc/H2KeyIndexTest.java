package dev.entente.adapters.jdbc;

import dev.entente.adapters.json.EntenteJson;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The key index on H2 files in a temporary directory, where creating a table commits apart from the rest. */
class H2KeyIndexTest extends KeyIndexContract {

    @TempDir
    Path directory;

    @Override
    protected JdbcStorage.Builder builder() {
        return JdbcStorage.builder(EntenteJson.mapper()).h2(directory.resolve("data"));
    }

    @Override
    protected JdbcStorage.Builder otherDatabase() {
        return JdbcStorage.builder(EntenteJson.mapper()).h2(directory.resolve("other"));
    }

    @Override
    protected Dialect dialect() {
        return Dialect.H2;
    }
}
