package dev.entente.application.spi;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Where an engine keeps its history, its processors' tokens and its read models, and the transactions that tie them
 * together. Implementations: {@code InMemoryStorage} here, {@code JdbcStorage} (H2, PostgreSQL) in the JDBC adapter.
 */
public interface Storage extends AutoCloseable {

    /** Creates the schema where needed and returns the engine that appends and reads events. */
    EventStorageEngine eventStorage(StorageSettings settings);

    /** The store of the event processors' tokens and segment claims. */
    TokenStore tokenStore(Serializer serializer);

    /** The transactions commands and event processors run in. */
    TransactionManager transactionManager();

    /**
     * The transactions the read models' processor runs its batches in: by default {@link #transactionManager()}. Its
     * handlers write only as a batch commits (the batch's changes are buffered until then), so a storage may begin
     * each one only then, and let the handlers read on their own: on SQLite, a batch then holds the single write lock
     * for its writes alone, not while it folds its events (ADR 0035).
     */
    default TransactionManager readModelTransactions() {
        return transactionManager();
    }

    /**
     * Runs {@code work} in one transaction of {@link #transactionManager()} (joining one open on the thread) that
     * writes much at once, a replay of every read model; returns once it is committed, as durably as any other. A
     * storage may leave to a thread of its own what durability does not need after such a commit: SQLite folds its
     * write-ahead log into the database file there rather than on the committing thread (ADR 0030).
     */
    default void inLargeTransaction(Runnable work) {
        transactionManager().executeInTransaction(work);
    }

    /** Where the read models are kept. */
    ReadModelStore readModels();

    /** The digests of commands applied from chronicles. */
    CommandLog commandLog();

    /**
     * Which of {@code aggregateIds} have events stored, if the store can say for many at once (a batch check then
     * reads no history for the others); empty if it cannot, and each is read.
     */
    default Optional<Set<String>> aggregatesWithEvents(Collection<String> aggregateIds) {
        return Optional.empty();
    }

    /**
     * Which of {@code asked} (an entry's key and an aggregate it goes to) recorded events, from the key index written
     * with the events (ADR 0027): every asked pair whose key recorded events in that aggregate, and possibly some that
     * recorded none (an index of hashes may answer for a pair that only shares another's hash; the check then reads
     * that aggregate whole, for nothing), never fewer. Empty if this storage keeps no complete index (one that
     * predates it, opened read-only before an engine filled it): a batch check then reads each aggregate a keyed entry
     * goes to from its first event, as it did before the index.
     */
    default Optional<Set<KeyInAggregate>> recordedUnderKeys(Collection<KeyInAggregate> asked) {
        return Optional.empty();
    }

    /**
     * Up to {@code limit} stored events with a global index above {@code after} and at most {@code upTo}, in the
     * order of that index, read in the transaction open on the thread (on a thread with none, committed rows on a
     * connection of its own: a bulk replay reads its later pages so, ADR 0028), as the rows hold them; empty if this
     * storage cannot read its event table so (a replay then reads through the event storage engine).
     */
    default Optional<List<EventRow>> eventRows(long after, long upTo, int limit) {
        return Optional.empty();
    }

    /**
     * How long a segment claimed by an engine that stopped without releasing it (a process killed, or a shut-down that
     * ran out of time) stays claimed before another engine may take it over.
     */
    default Duration claimTimeout() {
        return Duration.ofSeconds(10);
    }

    /** Where the data lives, in words, e.g. "H2 database at /var/lib/entente". */
    String describe();

    /** Releases connections and files; the data stays. */
    @Override
    void close();
}
