package dev.entente.adapters.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.JdbcException;

/** The little JDBC plumbing Entente's own tables share; for this adapter's packages, not for callers. */
public final class Sql {

    private Sql() {
    }

    /** Sets one row's parameters on a statement. */
    @FunctionalInterface
    public interface Row<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on a connection from {@code connections}; it joins the transaction open on the thread, if
     * any (closing a connection bound to a transaction does nothing; closing any other returns it to the pool).
     */
    public static <T> T execute(ConnectionProvider connections, String what, Work<T> work) {
        try (Connection connection = connections.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new JdbcException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** A statement with its parameters set, closed again if setting them fails. */
    public static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    /** Looked up in the catalogue rather than by a failing query, which on PostgreSQL would end the transaction. */
    public static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rows = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rows.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds every row to {@code statement}'s batch and executes it every {@code chunk} rows, and once more at the end. */
    public static <T> void executeInBatches(PreparedStatement statement, Iterable<? extends T> rows, int chunk,
                                            Row<T> row) throws SQLException {
        int pending = 0;
        for (T each : rows) {
            row.bind(statement, each);
            statement.addBatch();
            if (++pending == chunk) {
                statement.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            statement.executeBatch();
        }
    }
}
