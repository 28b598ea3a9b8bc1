package dev.entente.adapters.jdbc;

import dev.entente.application.spi.AppliedCommand;
import dev.entente.application.spi.CommandLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.common.jdbc.ConnectionProvider;

/**
 * The commands applied from chronicles, in {@code entente_applied_command}, written in the transaction that writes
 * the commands' events: digest, label, and the aggregate and number of events each wrote.
 */
public final class JdbcCommandLog implements CommandLog {

    /** The table this log is kept in. */
    public static final String TABLE = "entente_applied_command";

    private static final int LABEL_LENGTH = 1024;
    /** Rows per insert batch and digests per lookup (under SQLite's 999 parameters of old). */
    private static final int CHUNK = 500;

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
        recordAll(List.of(command));
    }

    /** In JDBC batches of {@value #CHUNK} rows, on the connection of the transaction the events are written in. */
    @Override
    public void recordAll(List<AppliedCommand> commands) {
        if (commands.isEmpty()) {
            return;
        }
        String sql = switch (dialect) {
            case POSTGRES, SQLITE -> "INSERT INTO entente_applied_command (digest, label, aggregate_id, event_count) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
            case H2 -> "MERGE INTO entente_applied_command t USING (VALUES (CAST(? AS VARCHAR(128)), "
                    + "CAST(? AS VARCHAR(1024)), CAST(? AS VARCHAR(255)), CAST(? AS INTEGER))) "
                    + "s (digest, label, aggregate_id, event_count) ON t.digest = s.digest "
                    + "WHEN NOT MATCHED THEN INSERT (digest, label, aggregate_id, event_count) "
                    + "VALUES (s.digest, s.label, s.aggregate_id, s.event_count)";
        };
        Sql.execute(connections, "Command log", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Sql.<AppliedCommand>executeInBatches(statement, commands, CHUNK, (row, command) -> {
                    String label = command.label();
                    row.setString(1, command.digest());
                    row.setString(2, label.length() > LABEL_LENGTH ? label.substring(0, LABEL_LENGTH) : label);
                    row.setString(3, command.aggregateId());
                    if (command.events() == null) {
                        row.setNull(4, Types.INTEGER);
                    } else {
                        row.setInt(4, command.events());
                    }
                });
            }
            return null;
        });
    }

    /** {@value #CHUNK} digests a query, rather than one query per digest. */
    @Override
    public Set<String> containing(Collection<String> digests) {
        List<String> all = List.copyOf(digests);
        Set<String> applied = new HashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String sql = "SELECT digest FROM entente_applied_command WHERE digest IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            Sql.execute(connections, "Command log", connection -> {
                try (PreparedStatement statement = Sql.prepare(connection, sql, chunk.toArray());
                     ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        applied.add(rows.getString(1));
                    }
                }
                return null;
            });
        }
        return applied;
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
