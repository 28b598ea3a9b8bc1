package dev.entente.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * SQLite's checkpoint of a large transaction taken off the committing thread (ADR 0030). A commit in WAL mode with
 * synchronous {@code FULL} is durable once its frames are in the {@code -wal} file and that file is synced; copying
 * them into the database file afterwards (the checkpoint, which SQLite runs on the committing connection once the log
 * passes 1,000 pages) is not needed for that, and a crash during it leaves the log to be copied again on the next open.
 * A transaction {@link #deferOnOpenTransaction defers} it to {@link #runBehind()}, which copies the log on a thread of
 * its own while the caller goes on.
 */
final class SqliteCheckpoints {

    private final JdbcTransactionManager transactions;
    /** The last checkpoint begun behind a commit; guarded by this. */
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    SqliteCheckpoints(JdbcTransactionManager transactions) {
        this.transactions = transactions;
    }

    /**
     * Turns off the automatic checkpoint of the connection of the transaction open on this thread, so that its commit
     * only writes and syncs the log; when the transaction ends the connection gets its setting back before it returns
     * to the pool. Should that fail, the connection's later commits leave their checkpoints to the other connections
     * and to the last close, which lose nothing either.
     */
    void deferOnOpenTransaction() throws SQLException {
        Connection connection = transactions.getConnection();
        int pages;
        try (Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery("PRAGMA wal_autocheckpoint")) {
            pages = setting.next() ? setting.getInt(1) : 1_000;
        }
        pragma(connection, "wal_autocheckpoint=0");
        transactions.whenEnded(ended -> pragma(ended, "wal_autocheckpoint=" + pages));
    }

    /**
     * Copies the log into the database file on a new daemon thread, after the checkpoints begun before it: a passive
     * checkpoint, which waits for no reader or writer and copies what none of them still needs; a writer that commits
     * meanwhile finds the rest past its own threshold and copies it as before. A failure loses nothing and is
     * passed over.
     */
    synchronized void runBehind() {
        CompletableFuture<Void> next = new CompletableFuture<>();
        CompletableFuture<Void> before = last;
        last = next;
        Thread thread = new Thread(() -> {
            before.join();
            // No transaction is open on this thread: a connection of the pool's own, in auto-commit.
            try (Connection connection = transactions.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            } catch (SQLException | RuntimeException e) {
                // Nothing is lost: the log stays, and the next large commit or the last close copies it.
            } finally {
                next.complete(null);
            }
        }, "entente-sqlite-checkpoint");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits, for at most {@code timeout}, until the checkpoints begun behind commits have ended; whether they have. */
    boolean awaitQuiet(Duration timeout) {
        CompletableFuture<Void> current;
        synchronized (this) {
            current = last;
        }
        try {
            current.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pragma(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA " + setting);
        }
    }
}
