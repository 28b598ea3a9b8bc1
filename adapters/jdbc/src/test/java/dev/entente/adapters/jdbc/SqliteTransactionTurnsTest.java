package dev.entente.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.json.EntenteJson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.Transaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transactions of one process on an SQLite store take turns for its single write lock (ADR 0030): a second one
 * waits for the first and begins as it ends, the waiters in the order they came; one that waits longer than the busy
 * timeout fails as a busy store; and a turn is handed on however a transaction ends, even one whose {@code BEGIN}
 * another process's lock refused.
 */
class SqliteTransactionTurnsTest {

    @TempDir
    Path directory;
    private JdbcStorage storage;

    @AfterEach
    void close() {
        if (storage != null) {
            storage.close();
        }
    }

    private JdbcTransactionManager open(Duration busyTimeout) {
        storage = JdbcStorage.builder(EntenteJson.mapper()).sqlite(directory).busyTimeout(busyTimeout).build();
        return storage.transactionManager();
    }

    @Test
    void a_waiting_transaction_begins_as_the_one_before_ends_and_waiters_begin_in_the_order_they_came()
            throws Exception {
        JdbcTransactionManager transactions = open(Duration.ofSeconds(30));
        List<String> begun = new CopyOnWriteArrayList<>();
        Transaction first = transactions.startTransaction();
        begun.add("first");

        CompletableFuture<Void> second = inTransaction(transactions, () -> begun.add("second"));
        awaitWaiting(transactions, 1);
        CompletableFuture<Void> third = inTransaction(transactions, () -> begun.add("third"));
        awaitWaiting(transactions, 2);
        assertThat(begun).as("begun while the first is open").containsExactly("first");

        first.commit();
        CompletableFuture.allOf(second, third).get(30, TimeUnit.SECONDS);

        assertThat(begun).containsExactly("first", "second", "third");
    }

    @Test
    void a_transaction_that_waits_past_the_busy_timeout_fails_as_a_busy_store_and_the_next_one_begins()
            throws Exception {
        JdbcTransactionManager transactions = open(Duration.ofMillis(200));
        Transaction first = transactions.startTransaction();

        CompletableFuture<Void> second = inTransaction(transactions, () -> { });
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(StoreUnavailable.class);
        assertThat(((StoreUnavailable) second.handle((done, failure) -> failure).get()).reason())
                .isEqualTo(StoreUnavailable.Reason.BUSY);

        first.rollback();
        inTransaction(transactions, () -> { }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void a_transaction_whose_begin_another_process_refuses_hands_its_turn_on() throws Exception {
        JdbcTransactionManager transactions = open(Duration.ofMillis(200));
        try (Connection otherProcess = DriverManager.getConnection(
                "jdbc:sqlite:" + directory.resolve(JdbcStorage.SQLITE_FILE));
             Statement statement = otherProcess.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            assertThatThrownBy(transactions::startTransaction).isInstanceOf(StoreUnavailable.class);
            statement.execute("ROLLBACK");
        }

        inTransaction(transactions, () -> { }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void an_interrupted_waiter_still_waits_for_its_turn_and_keeps_its_interrupt() throws Exception {
        JdbcTransactionManager transactions = open(Duration.ofSeconds(30));
        Transaction first = transactions.startTransaction();
        CountDownLatch interrupted = new CountDownLatch(1);
        boolean[] stillInterrupted = new boolean[1];
        Thread waiter = new Thread(() -> {
            Transaction second = transactions.startTransaction();
            stillInterrupted[0] = Thread.currentThread().isInterrupted();
            second.commit();
            interrupted.countDown();
        });
        waiter.start();
        awaitWaiting(transactions, 1);

        waiter.interrupt();
        assertThat(interrupted.await(200, TimeUnit.MILLISECONDS)).as("begun while the first is open").isFalse();
        first.commit();

        assertThat(interrupted.await(30, TimeUnit.SECONDS)).isTrue();
        waiter.join();
        assertThat(stillInterrupted[0]).isTrue();
    }

    private static CompletableFuture<Void> inTransaction(JdbcTransactionManager transactions, Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                transactions.executeInTransaction(work);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        thread.start();
        return done;
    }

    private static void awaitWaiting(JdbcTransactionManager transactions, int waiting) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (transactions.waitingForTurn() < waiting && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(transactions.waitingForTurn()).as("transactions waiting for their turn").isEqualTo(waiting);
    }
}
