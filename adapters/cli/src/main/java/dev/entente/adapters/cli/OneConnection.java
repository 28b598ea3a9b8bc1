package dev.entente.adapters.cli;

import java.io.PrintWriter;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Executor;
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
            handle = new Kept(connection);
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

    /**
     * The kept connection as a caller sees it: everything passed on, except that closing it leaves it open (as a
     * pool's connection goes back to the pool). Written out rather than a {@link java.lang.reflect.Proxy}, whose class
     * is generated at run time and whose calls go through reflection.
     */
    private static final class Kept implements Connection {
        private final Connection target;

        Kept(Connection target) {
            this.target = target;
        }

        @Override
        public void close() {
            // Kept open for the question's next step; OneConnection.close() closes it.
        }

        @Override
        public boolean isClosed() throws SQLException {
            return target.isClosed();
        }

        @Override
        public Statement createStatement() throws SQLException {
            return target.createStatement();
        }

        @Override
        public PreparedStatement prepareStatement(String sql) throws SQLException {
            return target.prepareStatement(sql);
        }

        @Override
        public CallableStatement prepareCall(String sql) throws SQLException {
            return target.prepareCall(sql);
        }

        @Override
        public String nativeSQL(String sql) throws SQLException {
            return target.nativeSQL(sql);
        }

        @Override
        public void setAutoCommit(boolean autoCommit) throws SQLException {
            target.setAutoCommit(autoCommit);
        }

        @Override
        public boolean getAutoCommit() throws SQLException {
            return target.getAutoCommit();
        }

        @Override
        public void commit() throws SQLException {
            target.commit();
        }

        @Override
        public void rollback() throws SQLException {
            target.rollback();
        }

        @Override
        public DatabaseMetaData getMetaData() throws SQLException {
            return target.getMetaData();
        }

        @Override
        public void setReadOnly(boolean readOnly) throws SQLException {
            target.setReadOnly(readOnly);
        }

        @Override
        public boolean isReadOnly() throws SQLException {
            return target.isReadOnly();
        }

        @Override
        public void setCatalog(String catalog) throws SQLException {
            target.setCatalog(catalog);
        }

        @Override
        public String getCatalog() throws SQLException {
            return target.getCatalog();
        }

        @Override
        public void setTransactionIsolation(int level) throws SQLException {
            target.setTransactionIsolation(level);
        }

        @Override
        public int getTransactionIsolation() throws SQLException {
            return target.getTransactionIsolation();
        }

        @Override
        public SQLWarning getWarnings() throws SQLException {
            return target.getWarnings();
        }

        @Override
        public void clearWarnings() throws SQLException {
            target.clearWarnings();
        }

        @Override
        public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
            return target.createStatement(resultSetType, resultSetConcurrency);
        }

        @Override
        public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
                throws SQLException {
            return target.prepareStatement(sql, resultSetType, resultSetConcurrency);
        }

        @Override
        public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency)
                throws SQLException {
            return target.prepareCall(sql, resultSetType, resultSetConcurrency);
        }

        @Override
        public Map<String, Class<?>> getTypeMap() throws SQLException {
            return target.getTypeMap();
        }

        @Override
        public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
            target.setTypeMap(map);
        }

        @Override
        public void setHoldability(int holdability) throws SQLException {
            target.setHoldability(holdability);
        }

        @Override
        public int getHoldability() throws SQLException {
            return target.getHoldability();
        }

        @Override
        public Savepoint setSavepoint() throws SQLException {
            return target.setSavepoint();
        }

        @Override
        public Savepoint setSavepoint(String name) throws SQLException {
            return target.setSavepoint(name);
        }

        @Override
        public void rollback(Savepoint savepoint) throws SQLException {
            target.rollback(savepoint);
        }

        @Override
        public void releaseSavepoint(Savepoint savepoint) throws SQLException {
            target.releaseSavepoint(savepoint);
        }

        @Override
        public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
                throws SQLException {
            return target.createStatement(resultSetType, resultSetConcurrency, resultSetHoldability);
        }

        @Override
        public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency,
                                                  int resultSetHoldability) throws SQLException {
            return target.prepareStatement(sql, resultSetType, resultSetConcurrency, resultSetHoldability);
        }

        @Override
        public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
                                             int resultSetHoldability) throws SQLException {
            return target.prepareCall(sql, resultSetType, resultSetConcurrency, resultSetHoldability);
        }

        @Override
        public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
            return target.prepareStatement(sql, autoGeneratedKeys);
        }

        @Override
        public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
            return target.prepareStatement(sql, columnIndexes);
        }

        @Override
        public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
            return target.prepareStatement(sql, columnNames);
        }

        @Override
        public Clob createClob() throws SQLException {
            return target.createClob();
        }

        @Override
        public Blob createBlob() throws SQLException {
            return target.createBlob();
        }

        @Override
        public NClob createNClob() throws SQLException {
            return target.createNClob();
        }

        @Override
        public SQLXML createSQLXML() throws SQLException {
            return target.createSQLXML();
        }

        @Override
        public boolean isValid(int timeout) throws SQLException {
            return target.isValid(timeout);
        }

        @Override
        public void setClientInfo(String name, String value) throws SQLClientInfoException {
            target.setClientInfo(name, value);
        }

        @Override
        public void setClientInfo(Properties properties) throws SQLClientInfoException {
            target.setClientInfo(properties);
        }

        @Override
        public String getClientInfo(String name) throws SQLException {
            return target.getClientInfo(name);
        }

        @Override
        public Properties getClientInfo() throws SQLException {
            return target.getClientInfo();
        }

        @Override
        public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
            return target.createArrayOf(typeName, elements);
        }

        @Override
        public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
            return target.createStruct(typeName, attributes);
        }

        @Override
        public void setSchema(String schema) throws SQLException {
            target.setSchema(schema);
        }

        @Override
        public String getSchema() throws SQLException {
            return target.getSchema();
        }

        @Override
        public void abort(Executor executor) throws SQLException {
            target.abort(executor);
        }

        @Override
        public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
            target.setNetworkTimeout(executor, milliseconds);
        }

        @Override
        public int getNetworkTimeout() throws SQLException {
            return target.getNetworkTimeout();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || target.isWrapperFor(type);
        }

        @Override
        public String toString() {
            return "the question's " + target;
        }
    }
}
