package dev.entente.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongUnaryOperator;

/** A SQLite setting changed for one transaction only, on the connection it runs on. */
final class SqlitePragmas {

    private SqlitePragmas() {
    }

    /**
     * Sets the numeric pragma {@code name} of the connection of the transaction open on the thread to what
     * {@code change} makes of its current value; when the transaction ends the connection gets that value back before
     * it returns to the pool. Should that fail, the connection keeps the setting, which its caller must make harmless.
     */
    static void changeUntilEnded(JdbcTransactionManager transactions, String name, LongUnaryOperator change)
            throws SQLException {
        Connection connection = transactions.getConnection();
        long current;
        try (Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery("PRAGMA " + name)) {
            if (!setting.next()) {
                return;
            }
            current = setting.getLong(1);
        }
        long changed = change.applyAsLong(current);
        if (changed == current) {
            return;
        }
        set(connection, name, changed);
        transactions.whenEnded(ended -> set(ended, name, current));
    }

    private static void set(Connection connection, String name, long value) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA " + name + " = " + value);
        }
    }
}
