package dev.entente.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.json.EntenteJson;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On SQLite, where a transaction holds the single write lock from its {@code BEGIN} (ADR 0035): the event storage's
 * reads take no writer's turn outside a transaction and join the one open on their thread; the read models' batches
 * read without a turn while their handlers run, and take it only as they commit, their writes and token together.
 */
class SqliteReadsOutsideTurnsTest {

    @TempDir
    Path directory;
    private JdbcStorage storage;
    private JdbcTransactionManager transactions;

    @BeforeEach
    void open() {
        storage = JdbcStorage.builder(EntenteJson.mapper()).sqlite(directory).busyTimeout(Duration.ofSeconds(30))
                .build();
        transactions = storage.transactionManager();
        transactions.executeInTransaction(() -> update("CREATE TABLE facts (fact TEXT)"));
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void the_event_storages_reads_take_no_turn_while_another_transaction_writes() throws Exception {
        Transaction writing = transactions.startTransaction();
        update("INSERT INTO facts VALUES ('uncommitted')");
        try {
            TransactionManager reads = transactions.readingOutsideTransactions();
            CompletableFuture<Integer> read = onAnotherThread(() -> reads.fetchInTransaction(this::count));

            assertThat(read.get(30, TimeUnit.SECONDS)).as("what is committed, read beside the open transaction")
                    .isZero();
            assertThat(transactions.waitingForTurn()).isZero();
        } finally {
            writing.rollback();
        }
    }

    @Test
    void the_event_storages_reads_join_the_transaction_open_on_their_thread() {
        TransactionManager reads = transactions.readingOutsideTransactions();
        Transaction writing = transactions.startTransaction();
        try {
            update("INSERT INTO facts VALUES ('uncommitted')");
            assertThat(reads.fetchInTransaction(this::count)).as("its own transaction's write").isEqualTo(1);
        } finally {
            writing.rollback();
        }
        assertThat(count()).isZero();
    }

    @Test
    void the_event_storages_writes_are_transactions_of_their_own() throws Exception {
        Transaction writing = transactions.startTransaction();
        CompletableFuture<Integer> append = onAnotherThread(() -> {
            transactions.readingOutsideTransactions().executeInTransaction(
                    () -> update("INSERT INTO facts VALUES ('appended')"));
            return 1;
        });
        awaitWaiting(1);
        writing.commit();

        append.get(30, TimeUnit.SECONDS);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void a_batch_reads_while_another_transaction_writes_and_commits_once_that_one_has() throws Exception {
        Transaction writing = transactions.startTransaction();
        update("INSERT INTO facts VALUES ('first')");
        CompletableFuture<Integer> handled = new CompletableFuture<>();
        CompletableFuture<Integer> batch = onAnotherThread(() -> {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            unitOfWork.attachTransaction(transactions.beginningWhenCommitting());
            // What the handlers read: what is committed, on a connection of its own, with no turn taken.
            handled.complete(count());
            unitOfWork.onPrepareCommit(u -> update("INSERT INTO facts VALUES ('folded')"));
            unitOfWork.commit();
            return count();
        });

        assertThat(handled.get(30, TimeUnit.SECONDS)).isZero();
        awaitWaiting(1);
        assertThat(batch).as("its writes wait for the open transaction").isNotDone();
        writing.commit();

        assertThat(batch.get(30, TimeUnit.SECONDS)).isEqualTo(2);
    }

    @Test
    void a_batch_that_writes_nothing_takes_no_turn() throws Exception {
        Transaction writing = transactions.startTransaction();
        try {
            CompletableFuture<Integer> batch = onAnotherThread(() -> {
                UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
                unitOfWork.attachTransaction(transactions.beginningWhenCommitting());
                int seen = count();
                unitOfWork.commit();
                return seen;
            });

            assertThat(batch.get(30, TimeUnit.SECONDS)).as("committed while the other transaction is open").isZero();
        } finally {
            writing.rollback();
        }
    }

    @Test
    void a_batch_rolled_back_as_it_commits_leaves_nothing_of_its_writes() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions.beginningWhenCommitting());
        unitOfWork.onPrepareCommit(u -> {
            update("INSERT INTO facts VALUES ('folded')");
            throw new IllegalStateException("the token's claim was lost");
        });

        assertThatThrownBy(unitOfWork::commit).hasMessageContaining("claim was lost");
        assertThat(transactions.inTransaction()).isFalse();
        assertThat(count()).isZero();
    }

    private void update(String sql) {
        Sql.execute(transactions, "Writing", connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate(sql);
            }
        });
    }

    private int count() {
        return Sql.execute(transactions, "Counting", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM facts");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private void awaitWaiting(int waiting) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (transactions.waitingForTurn() < waiting && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(transactions.waitingForTurn()).as("transactions waiting for their turn").isEqualTo(waiting);
    }

    private static <T> CompletableFuture<T> onAnotherThread(Work<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                done.complete(work.run());
            } catch (Exception | AssertionError e) {
                done.completeExceptionally(e);
            }
        });
        thread.start();
        return done;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws Exception;
    }
}
