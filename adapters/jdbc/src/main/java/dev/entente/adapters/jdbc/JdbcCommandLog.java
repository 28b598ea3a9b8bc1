package dev.entente.adapters.jdbc;

import dev.entente.application.spi.CommandLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Objects;
import org.axonframework.common.jdbc.ConnectionProvider;

/**
 * The digests of commands applied from chronicles, in {@code entente_applied_command}, written in the transaction
 * that writes the commands' events.
 */
public final class JdbcCommandLog implements CommandLog {

    private final ConnectionProvider connections;
    private final Dialect dialect;

    public JdbcCommandLog(ConnectionProvider connections, Dialect dialect) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** Creates the table if it is absent; safe to call on every start. */
    public void createSchema() {
        Sql.execute(connections, "Command log", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS entente_applied_command ("
                        + "digest VARCHAR(128) NOT NULL PRIMARY KEY, label VARCHAR(1024) NOT NULL)");
            }
            return null;
        });
    }

    @Override
    public boolean contains(String digest) {
        return Sql.execute(connections, "Command log", connection -> {
            try (PreparedStatement statement = Sql.prepare(connection,
                    "SELECT 1 FROM entente_applied_command WHERE digest = ?", digest);
                 ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        });
    }

    @Override
    public void record(String digest, String label) {
        String sql = switch (dialect) {
            case POSTGRES -> "INSERT INTO entente_applied_command (digest, label) VALUES (?, ?) ON CONFLICT DO NOTHING";
            case H2 -> "MERGE INTO entente_applied_command t USING (VALUES (CAST(? AS VARCHAR(128)), "
                    + "CAST(? AS VARCHAR(1024)))) s (digest, label) ON t.digest = s.digest "
                    + "WHEN NOT MATCHED THEN INSERT (digest, label) VALUES (s.digest, s.label)";
        };
        String shortLabel = label.length() > 1024 ? label.substring(0, 1024) : label;
        Sql.execute(connections, "Command log", connection -> {
            try (PreparedStatement statement = Sql.prepare(connection, sql, digest, shortLabel)) {
                return statement.executeUpdate();
            }
        });
    }
}
