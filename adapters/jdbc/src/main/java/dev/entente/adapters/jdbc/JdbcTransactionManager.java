package dev.entente.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

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
        current = new Bound(begin());
        bound.set(current);
        synchronized (open) {
            open[0]++;
        }
        return new JdbcTransaction(current, true);
    }

    /**
     * As {@link #startTransaction()}, except that an outermost transaction begins only when a connection is asked of
     * it while no unit of work on the thread is handling messages: a read model's event handlers read what they need
     * on auto-commit connections, and the batch's rows and token are written, in the transaction, as the unit of work
     * commits. Until then it holds no connection and, on SQLite, neither a writer's turn nor the write lock (ADR 0035).
     */
    private Transaction startWhenCommitting() {
        Bound current = bound.get();
        if (current != null) {
            return new JdbcTransaction(current, false);
        }
        current = new Bound(null);
        bound.set(current);
        synchronized (open) {
            open[0]++;
        }
        return new JdbcTransaction(current, true);
    }

    /**
     * Transactions for an event processor whose handlers write only as its unit of work commits (the read models':
     * a batch's changes are buffered and flushed then, with its token): each begins when it is first asked for a
     * connection outside the handling of messages, not when the unit of work starts. Reads while the handlers run
     * are on auto-commit connections, each a consistent read of what is committed; a write there would not be part
     * of the transaction, so only a processor whose handlers buffer their writes may use these.
     */
    public TransactionManager beginningWhenCommitting() {
        return this::startWhenCommitting;
    }

    /** Takes a turn and a connection and begins a transaction on it. */
    private Connection begin() {
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
        return connection;
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
        if (current != null && (current.begun() || !handlingMessages())) {
            return current.handle();
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

    /**
     * Transactions for a reader that also writes (Axon's event storage engine): its writes
     * ({@link TransactionManager#executeInTransaction}) are transactions of this manager; its reads
     * ({@link TransactionManager#fetchInTransaction}) join the transaction open on the thread, and outside one run on
     * auto-commit connections, each statement a consistent read of its own. On SQLite a transaction holds the write
     * lock from its {@code BEGIN}: a read in one took a writer's turn, so that the event store's reader, fetching
     * what a command just committed, kept the next command waiting (ADR 0035).
     */
    public TransactionManager readingOutsideTransactions() {
        return new TransactionManager() {
            @Override
            public Transaction startTransaction() {
                return JdbcTransactionManager.this.startTransaction();
            }

            @Override
            public <T> T fetchInTransaction(Supplier<T> supplier) {
                return inTransaction() ? TransactionManager.super.fetchInTransaction(supplier) : supplier.get();
            }
        };
    }

    /** Whether a unit of work on this thread is running its message handlers (not committing or rolling back). */
    private static boolean handlingMessages() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().phase() == UnitOfWork.Phase.STARTED;
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
        if (!current.begun()) {
            // Deferred and never begun: it holds no connection and no turn.
            synchronized (open) {
                open[0]--;
                open.notifyAll();
            }
            return;
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

    /**
     * The connection a thread's open transaction runs on (none yet while a deferred one has not begun), and whether a
     * joined transaction rolled back.
     */
    private final class Bound {
        private Connection connection;
        private Connection handle;
        /** Run on the connection when the transaction ends, in the order given. */
        final List<ConnectionAction> whenEnded = new ArrayList<>(1);
        boolean rollbackOnly;

        Bound(Connection connection) {
            this.connection = connection;
            this.handle = connection == null ? null : new UnclosableConnection(connection, "transaction-bound");
        }

        boolean begun() {
            return connection != null;
        }

        /** The connection, begun now if the transaction was deferred. */
        Connection connection() {
            if (connection == null) {
                connection = begin();
                handle = new UnclosableConnection(connection, "transaction-bound");
            }
            return connection;
        }

        Connection handle() {
            connection();
            return handle;
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
                    if (current.begun()) {
                        current.connection.rollback();
                    }
                    throw new JdbcException("Rolled back instead of committed: a transaction joined to it rolled back",
                            null);
                }
                if (current.begun()) {
                    current.connection.commit();
                }
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
                if (current.begun()) {
                    current.connection.rollback();
                }
            } catch (SQLException e) {
                throw new JdbcException("Could not roll back the transaction", e);
            } finally {
                release(current);
            }
        }
    }
}
