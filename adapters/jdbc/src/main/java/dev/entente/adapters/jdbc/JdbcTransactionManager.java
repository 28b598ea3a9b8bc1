package dev.entente.adapters.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * JDBC transactions for Axon outside Spring: while a transaction is open on a thread, every {@link #getConnection()}
 * on that thread hands out the same connection, so that an event processor's read-model rows and its token commit or
 * roll back together. A transaction started inside another joins it; only the outermost one commits or rolls back,
 * and if a joined one rolled back, the outermost rolls back too. Outside a transaction, connections are auto-commit.
 */
public final class JdbcTransactionManager implements TransactionManager, ConnectionProvider {

    private final DataSource dataSource;
    private final ThreadLocal<Bound> bound = new ThreadLocal<>();
    /** The transactions open on all threads; guarded by itself. */
    private final int[] open = {0};

    /**
     * On SQLite, where a transaction holds the database's single write lock from its {@code BEGIN}: this process's
     * transactions take turns here, first come first served, each let in as the one before ends; otherwise they would
     * poll the lock in SQLite's busy handler, which sleeps 1, 2, 5, 10 ms and more between tries (ADR 0030). Writers of
     * other processes still meet in the busy handler. Null on other databases.
     */
    private final Semaphore turns;
    /** How long a transaction waits for its turn before the store counts as busy. */
    private final Duration turnWait;

    public JdbcTransactionManager(DataSource dataSource) {
        this(dataSource, null);
    }

    /**
     * Transactions that, if {@code oneWriterWaiting} is given, take turns in this process, each waiting at most that
     * long for the one before (a database with one writer at a time: SQLite).
     */
    JdbcTransactionManager(DataSource dataSource, Duration oneWriterWaiting) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.turns = oneWriterWaiting == null ? null : new Semaphore(1, true);
        this.turnWait = oneWriterWaiting;
    }

    @Override
    public Transaction startTransaction() {
        Bound current = bound.get();
        if (current != null) {
            return new JdbcTransaction(current, false);
        }
        takeTurn();
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            endTurn();
            // sqlite-jdbc counts a BEGIN that failed (a busy database) as a transaction begun; setting auto-commit
            // back, though it fails too, puts that right before the pool hands the connection to someone else.
            resetQuietly(connection);
            closeQuietly(connection);
            JdbcException failure = new JdbcException("Could not start a transaction", e);
            // On SQLite a transaction takes the write lock as it begins: a busy store fails here.
            throw StoreUnavailable.in(failure).<RuntimeException>map(unavailable -> unavailable).orElse(failure);
        }
        current = new Bound(connection);
        bound.set(current);
        synchronized (open) {
            open[0]++;
        }
        return new JdbcTransaction(current, true);
    }

    /**
     * Waits for this transaction's turn, if transactions take turns, as SQLite's busy handler would wait for the write
     * lock: not cut short by an interrupt (which is kept for the caller), and failing as a busy store after the wait.
     */
    private void takeTurn() {
        if (turns == null) {
            return;
        }
        long deadline = System.nanoTime() + turnWait.toNanos();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (turns.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                        return;
                    }
                    throw new StoreUnavailable(StoreUnavailable.Reason.BUSY, new JdbcException(
                            "No transaction could begin within " + turnWait + ": another one kept writing", null));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How many transactions wait for their turn at this moment, as far as can be seen (for tests). */
    int waitingForTurn() {
        return turns == null ? 0 : turns.getQueueLength();
    }

    private void endTurn() {
        if (turns != null) {
            turns.release();
        }
    }

    /**
     * The connection of the transaction open on this thread, whose {@code close()} does nothing; or, outside a
     * transaction, a fresh auto-commit connection that the caller closes.
     */
    @Override
    public Connection getConnection() throws SQLException {
        Bound current = bound.get();
        if (current != null) {
            return current.handle;
        }
        Connection connection = dataSource.getConnection();
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
        return connection;
    }

    /** Whether a transaction is open on the calling thread. */
    public boolean inTransaction() {
        return bound.get() != null;
    }

    /**
     * Runs {@code action} on the connection of the transaction open on this thread when that transaction ends,
     * committed or rolled back, before the connection goes back to the pool: for a setting of the connection that must
     * not outlive the transaction. An action that fails is passed over (see {@link ConnectionAction}).
     *
     * @throws IllegalStateException when no transaction is open on this thread
     */
    void whenEnded(ConnectionAction action) {
        Bound current = bound.get();
        if (current == null) {
            throw new IllegalStateException("No transaction is open on this thread");
        }
        current.whenEnded.add(Objects.requireNonNull(action, "action"));
    }

    /** Something done with a connection; what it restores must be harmless to leave undone if it fails. */
    @FunctionalInterface
    interface ConnectionAction {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Waits until no transaction is open on a thread other than the caller's, for at most {@code timeout}: a pool
     * closed under a transaction fails it half-way. Returns whether none is open.
     */
    public boolean awaitOtherTransactions(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int own = bound.get() != null ? 1 : 0;
        synchronized (open) {
            while (open[0] > own) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    open.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    private void release(Bound current) {
        if (bound.get() == current) {
            bound.remove();
        }
        for (ConnectionAction action : current.whenEnded) {
            try {
                action.run(current.connection);
            } catch (SQLException e) {
                // Its caller made it harmless to leave undone; the transaction itself has ended as it should.
            }
        }
        try {
            current.connection.setAutoCommit(true);
        } catch (SQLException e) {
            // The connection goes back to the pool regardless; the pool resets or discards it.
        } finally {
            closeQuietly(current.connection);
            synchronized (open) {
                open[0]--;
                open.notifyAll();
            }
            // Only now: sqlite-jdbc's commit begins the next transaction at once, which holds the write lock until
            // auto-commit is set back above.
            endTurn();
        }
    }

    private static void resetQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // Expected when the transaction never began.
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Nothing left to do with a connection that cannot even be closed.
            }
        }
    }

    /** The connection a thread's open transaction runs on, and whether a joined transaction rolled back. */
    private static final class Bound {
        final Connection connection;
        final Connection handle;
        /** Run on the connection when the transaction ends, in the order given. */
        final List<ConnectionAction> whenEnded = new ArrayList<>(1);
        boolean rollbackOnly;

        Bound(Connection connection) {
            this.connection = connection;
            this.handle = unclosable(connection);
        }

        /** Callers close what they get from a ConnectionProvider; while bound, that must not end the transaction. */
        private static Connection unclosable(Connection target) {
            return (Connection) Proxy.newProxyInstance(JdbcTransactionManager.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "close":
                                return null;
                            case "equals":
                                return proxy == args[0];
                            case "hashCode":
                                return System.identityHashCode(proxy);
                            case "toString":
                                return "transaction-bound " + target;
                            default:
                                try {
                                    return method.invoke(target, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                        }
                    });
        }
    }

    private final class JdbcTransaction implements Transaction {
        private final Bound current;
        private final boolean outermost;
        private boolean done;

        JdbcTransaction(Bound current, boolean outermost) {
            this.current = current;
            this.outermost = outermost;
        }

        @Override
        public void commit() {
            if (done) {
                throw new IllegalStateException("This transaction has already been committed or rolled back");
            }
            done = true;
            if (!outermost) {
                return;
            }
            try {
                if (current.rollbackOnly) {
                    current.connection.rollback();
                    throw new JdbcException("Rolled back instead of committed: a transaction joined to it rolled back",
                            null);
                }
                current.connection.commit();
            } catch (SQLException e) {
                try {
                    current.connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw new JdbcException("Could not commit the transaction", e);
            } finally {
                release(current);
            }
        }

        @Override
        public void rollback() {
            // Axon's executeInTransaction rolls back after a failed commit; the commit has already cleaned up.
            if (done) {
                return;
            }
            done = true;
            if (!outermost) {
                current.rollbackOnly = true;
                return;
            }
            try {
                current.connection.rollback();
            } catch (SQLException e) {
                throw new JdbcException("Could not roll back the transaction", e);
            } finally {
                release(current);
            }
        }
    }
}
