package dev.entente.application.projection;

import dev.entente.application.readmodel.Annotations;
import dev.entente.application.spi.EventRow;
import dev.entente.application.spi.EventRowDecoder;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.application.spi.Serialization;
import dev.entente.application.spi.Storage;
import dev.entente.domain.correction.FactWithdrawn;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Rebuilds every read model from the history in one pass, without an event processor (ADR 0013): the read models are
 * emptied, the event table is read in order in pages of raw rows, each row is decoded with the event serializer (an
 * older revision through the upcasters), folded by the same {@link ReadModelProjector} the processor uses, and what a
 * page changed is written in one {@link ReadModelStore#write}. It runs in the transaction open on the caller's thread,
 * so that a caller that commits it together with the processors' tokens leaves either the old read models or the new.
 * Reading, decoding and the rows' JSON need no transaction, so a pool does them beside the fold (ADR 0028): it reads and
 * decodes the next page and makes the JSON of the previous one while the caller's thread folds this one; every
 * statement of the read models runs on the caller's thread, in its transaction.
 */
public final class BulkReplay {

    /** Events read, folded and written at a time. */
    static final int PAGE = 5_000;
    /** Rows decoded by one task: a page is ten, enough to share among a few workers and to start folding early. */
    static final int CHUNK = 500;
    /**
     * Rows of the first page, read before any work can be handed to the pool: one chunk, so that the pool and the fold
     * begin at once.
     */
    static final int FIRST_PAGE = CHUNK;

    /** Told after each page: the position reached and the events folded so far. */
    @FunctionalInterface
    public interface Progress {
        void advanced(long position, long folded);
    }

    private final Storage storage;
    private final EventStorageEngine events;
    private final EventRowDecoder decoder;
    /** Where pages are read and decoded, and their changes' JSON made, beside the fold. */
    private final Executor pool;

    /**
     * With the work beside the fold on the common fork-join pool (a worker per processor but one): the replay starts no
     * thread of its own (ADR 0028).
     */
    public BulkReplay(Storage storage, EventStorageEngine events, Serialization serialization) {
        this(storage, events, serialization, ForkJoinPool.commonPool());
    }

    /**
     * With the work beside the fold given to {@code pool}: each task reads a page, decodes a chunk of 500 rows or makes
     * a page's JSON, and the fold takes their results in the history's order whatever order they ran in; a task still
     * waiting when the fold needs it is done by the fold's thread, and one waiting when the replay ends does nothing.
     */
    public BulkReplay(Storage storage, EventStorageEngine events, Serialization serialization, Executor pool) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.events = events;
        this.decoder = serialization.rows();
        this.pool = Objects.requireNonNull(pool, "pool");
    }

    /**
     * Empties the read models and folds every event up to global index {@code head} (none when negative) into them,
     * in the transaction open on the thread; returns how many events it folded.
     */
    public long run(long head, Progress progress) {
        ReadModelStore target = storage.readModels();
        target.clear();
        if (head < 0) {
            return 0;
        }
        ChangeBuffer buffer = ChangeBuffer.overEmptied(target);
        ReadModelProjector projector = new ReadModelProjector(buffer);
        Optional<List<EventRow>> first = storage.eventRows(Long.MIN_VALUE, head, FIRST_PAGE);
        if (first.isEmpty()) {
            return fromEventStorage(head, buffer, projector, progress, withdrawals(head));
        }
        WithdrawnEvents withdrawn = new WithdrawnEvents();
        long folded = fromRows(first.get(), head, buffer, projector, progress, withdrawn);
        if (withdrawn.isEmpty()) {
            return folded;
        }
        // Some events were withdrawn (ADR 0022). A raw row does not say which aggregate and sequence it holds, so the
        // history is folded once more from the event storage, passing over them; a store without withdrawals never
        // pays for this second pass. Its progress is not told again: it would go back.
        target.clear();
        ChangeBuffer again = ChangeBuffer.overEmptied(target);
        return fromEventStorage(head, again, new ReadModelProjector(again), (position, count) -> {
        }, withdrawn);
    }

    /** The events withdrawn up to {@code head}, read from the event storage. */
    private WithdrawnEvents withdrawals(long head) {
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            return WithdrawnEvents.in(stream.takeWhile(
                    event -> event.trackingToken().position().orElse(Long.MAX_VALUE) <= head));
        }
    }

    private long fromRows(List<EventRow> first, long head, ChangeBuffer buffer, ReadModelProjector projector,
                          Progress progress, WithdrawnEvents withdrawn) {
        ReadModelStore target = storage.readModels();
        // Set when the replay ends, however: a task of the pool that begins after it does nothing.
        AtomicBoolean ended = new AtomicBoolean();
        DecodedPage page = DecodedPage.submit(first, this, ended);
        // Rows asked for the page: a page with fewer is the last.
        int asked = FIRST_PAGE;
        // The next page, read and decoded on the pool while this thread folds and writes: rows of the
        // event table up to the head, committed before this transaction began, which a connection of the pool's own
        // reads as this one would (or this thread reads, in its transaction, if no worker has begun).
        FutureTask<DecodedPage> reading = null;
        // The previous page's changes, whose JSON the pool makes while this thread folds the next page; they are
        // written (on this thread) once it is folded, before anything later.
        FutureTask<ReadModelStore.PreparedWrite> preparing = null;
        long preparedUpTo = -1;
        try {
            long folded = 0;
            while (page != null) {
                List<EventRow> rows = page.rows;
                long last = rows.get(rows.size() - 1).position();
                if (rows.size() == asked) {
                    asked = PAGE;
                    reading = new FutureTask<>(() -> {
                        List<EventRow> following = storage.eventRows(last, head, PAGE)
                                .orElseThrow(IllegalStateException::new);
                        return following.isEmpty() || ended.get() ? null
                                : DecodedPage.submit(following, this, ended);
                    });
                    pool.execute(reading);
                }
                for (int i = 0; i < rows.size(); i++) {
                    EventRow row = rows.get(i);
                    Decoded decoded = page.get(i);
                    if (FactWithdrawn.STORED_NAME.equals(row.payloadType())) {
                        withdrawn.add((FactWithdrawn) decoded.event());
                    } else {
                        projector.project(decoded.event(), row.position(), decoded.annotations());
                    }
                }
                ReadModelStore.Changes changes = buffer.take();
                FutureTask<ReadModelStore.PreparedWrite> prepared = new FutureTask<>(() -> target.prepare(changes));
                pool.execute(prepared);
                if (preparing != null) {
                    awaited(preparing).write();
                    progress.advanced(preparedUpTo, folded);
                }
                preparing = prepared;
                preparedUpTo = last;
                folded += rows.size();
                page = reading == null ? null : awaited(reading);
                reading = null;
            }
            if (preparing != null) {
                awaited(preparing).write();
                preparing = null;
                progress.advanced(preparedUpTo, folded);
            }
            return folded;
        } finally {
            // On a failure the pool's work stops: a task not yet begun never runs, one begun ends with its chunk,
            // and a page being read is not decoded.
            ended.set(true);
            if (page != null) {
                page.cancel();
            }
            if (reading != null) {
                reading.cancel(false);
            }
            if (preparing != null) {
                preparing.cancel(false);
            }
        }
    }

    /**
     * What {@code task} gives, done on this thread if no thread of the pool has begun it (a no-op if one has) rather
     * than waited for idle; its failure as if it had run here.
     */
    private static <T> T awaited(FutureTask<T> task) {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the replay waited for its pool", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** An event decoded from its row, with the annotations its metadata holds. */
    record Decoded(Object event, Annotations annotations) {
    }

    /**
     * A page of rows handed to the pool in chunks, each a task of its own; the folding thread takes the chunks in the
     * page's order whatever order they were decoded in, and decodes a chunk itself when no worker has begun it.
     */
    private static final class DecodedPage {

        private final List<EventRow> rows;
        private final List<FutureTask<Decoded[]>> chunks = new ArrayList<>();

        private DecodedPage(List<EventRow> rows) {
            this.rows = rows;
        }

        /** The page of {@code rows}, its chunks handed to the pool; a chunk begun after {@code ended} decodes nothing. */
        static DecodedPage submit(List<EventRow> rows, BulkReplay replay, AtomicBoolean ended) {
            DecodedPage page = new DecodedPage(rows);
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<EventRow> chunk = rows.subList(from, Math.min(from + CHUNK, rows.size()));
                FutureTask<Decoded[]> task = new FutureTask<>(() -> ended.get() ? null : replay.decodeAll(chunk));
                page.chunks.add(task);
                replay.pool.execute(task);
            }
            return page;
        }

        /** The decoded row at {@code index} of the page, waiting for (or doing) its chunk's decoding. */
        Decoded get(int index) {
            return awaited(chunks.get(index / CHUNK))[index % CHUNK];
        }

        void cancel() {
            chunks.forEach(chunk -> chunk.cancel(false));
        }
    }

    /** Decodes each row of a chunk: its event and its annotations. */
    private Decoded[] decodeAll(List<EventRow> rows) {
        Decoded[] decoded = new Decoded[rows.size()];
        for (int i = 0; i < decoded.length; i++) {
            EventRow row = rows.get(i);
            decoded[i] = new Decoded(decoder.event(row), decoder.annotations(row));
        }
        return decoded;
    }

    /** For a storage that cannot hand out raw rows (in memory): the same fold over the event storage's stream. */
    private long fromEventStorage(long head, ChangeBuffer buffer, ReadModelProjector projector, Progress progress,
                                  WithdrawnEvents withdrawn) {
        long folded = 0;
        long reached = -1;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> each = stream.iterator();
            while (each.hasNext()) {
                TrackedEventMessage<?> event = each.next();
                long position = event.trackingToken().position().orElseThrow(() -> new IllegalStateException(
                        "The read models need the global index of every event; " + event + " has none"));
                if (position > head) {
                    break;
                }
                DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
                if (!withdrawn.passesOver(event.getPayload(), domain.getAggregateIdentifier(),
                        domain.getSequenceNumber())) {
                    projector.project(event.getPayload(), position, Annotations.fromMetadata(event.getMetaData()));
                }
                reached = position;
                if (++folded % PAGE == 0) {
                    buffer.flush();
                    progress.advanced(reached, folded);
                }
            }
        }
        buffer.flush();
        progress.advanced(reached, folded);
        return folded;
    }
}
