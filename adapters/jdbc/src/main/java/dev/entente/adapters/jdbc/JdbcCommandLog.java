package dev.entente.adapters.jdbc;

import dev.entente.application.spi.AppliedCommand;
import dev.entente.application.spi.CommandLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.common.jdbc.ConnectionProvider;

/**
 * The commands applied from chronicles, in {@code entente_applied_command}, written in the transaction that writes
 * the commands' events: digest, label, and the aggregate and number of events each wrote.
 */
public final class JdbcCommandLog implements CommandLog {

    private static final int LABEL_LENGTH = 1024;

    private final ConnectionProvider connections;
    private final Dialect dialect;

    public JdbcCommandLog(ConnectionProvider connections, Dialect dialect) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** Creates the table if it is absent, and adds the columns earlier versions lacked; safe on every start. */
    public void createSchema() {
        Sql.execute(connections, "Command log", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS entente_applied_command ("
                        + "digest VARCHAR(128) NOT NULL PRIMARY KEY, label VARCHAR(1024) NOT NULL, "
                        + "aggregate_id VARCHAR(255), event_count INTEGER)");
                // Tables made before the aggregate and the event count were kept. SQLite has no ADD COLUMN IF NOT
                // EXISTS, and needs none: no SQLite store was ever made without these columns.
                if (dialect != Dialect.SQLITE) {
                    statement.execute("ALTER TABLE entente_applied_command ADD COLUMN IF NOT EXISTS aggregate_id VARCHAR(255)");
                    statement.execute("ALTER TABLE entente_applied_command ADD COLUMN IF NOT EXISTS event_count INTEGER");
                }
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
    public void record(AppliedCommand command) {
        String sql = switch (dialect) {
            case POSTGRES, SQLITE -> "INSERT INTO entente_applied_command (digest, label, aggregate_id, event_count) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
            case H2 -> "MERGE INTO entente_applied_command t USING (VALUES (CAST(? AS VARCHAR(128)), "
                    + "CAST(? AS VARCHAR(1024)), CAST(? AS VARCHAR(255)), CAST(? AS INTEGER))) "
                    + "s (digest, label, aggregate_id, event_count) ON t.digest = s.digest "
                    + "WHEN NOT MATCHED THEN INSERT (digest, label, aggregate_id, event_count) "
                    + "VALUES (s.digest, s.label, s.aggregate_id, s.event_count)";
        };
        String label = command.label();
        String shortLabel = label.length() > LABEL_LENGTH ? label.substring(0, LABEL_LENGTH) : label;
        Sql.execute(connections, "Command log", connection -> {
            try (PreparedStatement statement = Sql.prepare(connection, sql, command.digest(), shortLabel,
                    command.aggregateId(), command.events())) {
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public List<AppliedCommand> entries() {
        return Sql.execute(connections, "Command log", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT digest, label, aggregate_id, event_count FROM entente_applied_command ORDER BY digest");
                 ResultSet rows = statement.executeQuery()) {
                List<AppliedCommand> entries = new ArrayList<>();
                while (rows.next()) {
                    int events = rows.getInt(4);
                    // wasNull speaks of the last column read: asked here, before the others are read.
                    Integer count = rows.wasNull() ? null : events;
                    entries.add(new AppliedCommand(rows.getString(1), rows.getString(2), rows.getString(3), count));
                }
                return entries;
            }
        });
    }
}
