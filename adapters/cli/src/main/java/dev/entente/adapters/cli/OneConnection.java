package dev.entente.adapters.cli;

import dev.entente.adapters.jdbc.UnclosableConnection;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source for a question (ADR 0034): the first {@link #getConnection()} opens a connection of the source given,
 * and every later one on the same thread hands out that connection again, whose {@code close()} leaves it open;
 * {@link #close()} closes it at the question's end. A question reads the store in about seven short steps, each asking
 * for a connection and closing it, and sqlite-jdbc opens the database file, reads its schema and applies its
 * configuration anew for each; one connection does that once. A caller on another thread gets a connection of its own
 * from the source, as it would without this (a question reads on one thread; nothing relies on that).
 */
final class OneConnection implements DataSource, AutoCloseable {

    private final DataSource source;
    private Connection connection;
    private Connection handle;
    private Thread owner;
    private int opened;
    private boolean closed;

    OneConnection(DataSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        if (closed) {
            throw new SQLException("The question's connection has been closed");
        }
        if (connection == null) {
            connection = source.getConnection();
            handle = new UnclosableConnection(connection, "the question's");
            owner = Thread.currentThread();
            opened++;
            return handle;
        }
        if (owner != Thread.currentThread()) {
            opened++;
            return source.getConnection();
        }
        return handle;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("A question's connection takes no user and password");
    }

    /** How many connections this source has opened (for tests). */
    synchronized int opened() {
        return opened;
    }

    /** Closes the connection, if one was opened; a later {@link #getConnection()} fails. */
    @Override
    public synchronized void close() throws SQLException {
        closed = true;
        if (connection != null) {
            Connection open = connection;
            connection = null;
            handle = null;
            open.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return source.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        source.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        source.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return source.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return source.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return source.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return source.isWrapperFor(type);
    }
}
