package dev.entente.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;

/**
 * Axon's JDBC token store on SQLite, which rejects {@code SELECT … FOR UPDATE}. The lock that clause would take is
 * taken up front instead: {@link JdbcStorage} opens SQLite connections whose transactions begin {@code IMMEDIATE},
 * holding the database's single write lock from their first statement, so no other writer can claim the same
 * segment between the read and the update.
 */
final class SqliteTokenStore extends JdbcTokenStore {

    SqliteTokenStore(JdbcTokenStore.Builder builder) {
        super(builder);
    }

    @Override
    protected PreparedStatement select(Connection connection, String processorName, int segment, boolean forUpdate)
            throws SQLException {
        return super.select(connection, processorName, segment, false);
    }
}
