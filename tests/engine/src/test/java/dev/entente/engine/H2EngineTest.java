package dev.entente.engine;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.spi.Storage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** The engine suite on an H2 database in a directory, the embedded store of earlier versions. */
class H2EngineTest extends RacingWritersContract {

    @TempDir
    Path directory;

    @Override
    protected Storage openStorage() {
        return JdbcStorage.h2(directory, EntenteJson.mapper());
    }

    @Override
    protected Connection rawConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("entente"), "sa", "");
    }
}
