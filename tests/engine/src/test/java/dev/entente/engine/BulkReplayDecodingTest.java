package dev.entente.engine;

import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.EntenteEngine;
import dev.entente.application.ReplayProgress;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.projection.BulkReplay;
import dev.entente.application.spi.EventRow;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.application.spi.Serialization;
import dev.entente.application.spi.Storage;
import dev.entente.application.spi.StorageSettings;
import dev.entente.domain.fixtures.People;
import dev.entente.domain.shared.Country;
import dev.entente.domain.visit.CancelVisit;
import dev.entente.domain.visit.ScheduleVisit;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import dev.entente.embedded.Entente;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk replay's decoding ahead of the fold (ADR 0028): however the chunks of a page are decoded, on what thread and
 * in what order, the events are folded in the order of the history, into the same rows; a payload that cannot be
 * decoded fails the replay as it did when this thread decoded it, leaving the old read models; and when the replay
 * fails, the chunks not yet decoded never are.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BulkReplayDecodingTest {

    /** Three pages and a bit of 5,000 events, so that two pages are in flight and a third waits. */
    private static final int VISITS = 8_000;
    private static final int PAGE = 5_000;
    /** The first page is one chunk, so that the pool and the fold begin at once. */
    private static final int FIRST_PAGE = 500;

    @TempDir
    Path directory;
    private List<List<String>> builtByTheProcessor;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void recordAHistoryOfSeveralPages() throws SQLException {
        try (EntenteEngine writer = Entente.builder().storage(JdbcStorage.sqlite(directory, EntenteJson.mapper()))
                .consistencyTimeout(Duration.ofSeconds(120)).start()) {
            EngineContract.playTheReferenceArticle(writer);
            writer.apply(visitsScheduledAndCancelled(VISITS));
            writer.awaitReadModels();
        }
        builtByTheProcessor = readModelRows();
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable each : open) {
            each.close();
        }
    }

    @Test
    void folds_in_the_order_of_the_history_when_the_chunks_of_a_page_are_decoded_out_of_order() throws SQLException {
        List<Integer> ranInOrder = new ArrayList<>();
        Executor swapping = new Executor() {
            private final Deque<Runnable> pending = new ArrayDeque<>();
            private final Deque<Integer> numbers = new ArrayDeque<>();
            private int submitted;
            private boolean running;

            /**
             * Runs the tasks handed over in pairs, each second one before the one handed over before it; a task left
             * without a pair waits (the fold decodes it itself). A task run here may hand over more (the next page's
             * reading hands over its chunks): they join the queue.
             */
            @Override
            public void execute(Runnable task) {
                pending.add(task);
                numbers.add(submitted++);
                if (running) {
                    return;
                }
                running = true;
                while (pending.size() >= 2) {
                    Runnable first = pending.poll();
                    int firstNumber = numbers.poll();
                    Runnable second = pending.poll();
                    ranInOrder.add(numbers.poll());
                    second.run();
                    ranInOrder.add(firstNumber);
                    first.run();
                }
                running = false;
            }
        };
        Storage storage = sqlite();
        Serialization serialization = new JsonSerialization();

        long folded = replay(new BulkReplay(storage, eventStorage(storage, serialization), serialization, swapping),
                storage);

        assertThat(ranInOrder).as("chunks decoded out of order").startsWith(1, 0, 3, 2);
        assertThat(folded).isEqualTo(events());
        assertThat(readModelRows()).isEqualTo(builtByTheProcessor);
    }

    @Test
    void a_payload_that_cannot_be_decoded_fails_the_replay_as_before_and_leaves_the_old_read_models()
            throws SQLException {
        long broken = PAGE + 123;
        EntenteEngine engine = Entente.builder().storage(new ForwardingStorage(
                JdbcStorage.sqlite(directory, EntenteJson.mapper())) {
            @Override
            public Optional<List<EventRow>> eventRows(long after, long upTo, int limit) {
                return storage.eventRows(after, upTo, limit).map(rows -> rows.stream().map(row -> row.position()
                        != broken ? row : new EventRow(row.position(), row.payloadType(), row.payloadRevision(),
                        "{\"visitId\": ".getBytes(StandardCharsets.UTF_8), row.metadata())).toList());
            }
        }).consistencyTimeout(Duration.ofSeconds(60)).start();
        try (engine) {
            engine.awaitReadModels();
            assertThatThrownBy(() -> engine.replay(ReplayProgress.silent()))
                    .isInstanceOf(SerializationException.class).hasMessageContaining("deserializ");
        }

        assertThat(readModelRows()).isEqualTo(builtByTheProcessor);
    }

    @Test
    void when_the_replay_fails_the_chunks_not_yet_decoded_never_are() throws SQLException {
        // Chunks wait here until the test runs them: the fold decodes each chunk it needs itself.
        Deque<Runnable> waiting = new ArrayDeque<>();
        Storage jdbc = sqlite();
        ReadModelStore failing = failingWrites(jdbc.readModels());
        Storage storage = new ForwardingStorage(jdbc) {
            @Override
            public ReadModelStore readModels() {
                return failing;
            }
        };
        JsonSerialization json = new JsonSerialization();
        AtomicInteger decoded = new AtomicInteger();
        Serialization counting = counting(json, decoded);
        BulkReplay replay = new BulkReplay(storage, eventStorage(storage, json), counting, waiting::add);

        assertThatThrownBy(() -> replay(replay, storage)).hasMessage("the disk is full");
        int decodedByTheFold = decoded.get();
        waiting.forEach(Runnable::run);

        // The first write comes once the second page is folded (the first page's JSON made meanwhile), and the third
        // page was handed over before the second was folded.
        assertThat(decodedByTheFold).as("the pages folded before the write failed").isEqualTo(FIRST_PAGE + PAGE);
        assertThat(decoded).as("events decoded once the replay had failed").hasValue(decodedByTheFold);
        assertThat(events()).isGreaterThan(3L * PAGE);
        assertThat(readModelRows()).isEqualTo(builtByTheProcessor);
    }

    /** Runs {@code replay} up to the last event in a transaction of {@code storage}, as the engine does. */
    private long replay(BulkReplay replay, Storage storage) throws SQLException {
        long head = lastPosition();
        long[] folded = {0};
        storage.transactionManager().executeInTransaction(() -> folded[0] = replay.run(head, (position, count) -> {
        }));
        return folded[0];
    }

    private Storage sqlite() {
        Storage storage = JdbcStorage.sqlite(directory, EntenteJson.mapper());
        open.add(storage);
        return storage;
    }

    private static EventStorageEngine eventStorage(Storage storage, Serialization serialization) {
        return storage.eventStorage(new StorageSettings(serialization.events(), serialization.snapshots(),
                new EventUpcasterChain(serialization.upcasters()), SnapshotFilter.allowAll()));
    }

    /** {@code serialization}, counting every event it decodes. */
    private static Serialization counting(Serialization serialization, AtomicInteger decoded) {
        Serializer events = serialization.events();
        Serializer countingEvents = new Serializer() {
            @Override
            public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
                return events.serialize(object, expectedRepresentation);
            }

            @Override
            public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
                return events.canSerializeTo(expectedRepresentation);
            }

            @Override
            public <S, T> T deserialize(SerializedObject<S> serializedObject) {
                decoded.incrementAndGet();
                return events.deserialize(serializedObject);
            }

            @Override
            @SuppressWarnings("rawtypes")
            public Class classForType(SerializedType type) {
                return events.classForType(type);
            }

            @Override
            @SuppressWarnings("rawtypes")
            public SerializedType typeForClass(Class type) {
                return events.typeForClass(type);
            }

            @Override
            public Converter getConverter() {
                return events.getConverter();
            }
        };
        return new Serialization() {
            @Override
            public Serializer events() {
                return countingEvents;
            }

            @Override
            public Serializer snapshots() {
                return serialization.snapshots();
            }

            @Override
            public Serializer messages() {
                return serialization.messages();
            }

            @Override
            public List<org.axonframework.serialization.upcasting.event.EventUpcaster> upcasters() {
                return serialization.upcasters();
            }
        };
    }

    /** {@code target}, whose every write fails, prepared or not. */
    private static ReadModelStore failingWrites(ReadModelStore target) {
        return (ReadModelStore) Proxy.newProxyInstance(ReadModelStore.class.getClassLoader(),
                new Class<?>[] {ReadModelStore.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("write")) {
                        throw new IllegalStateException("the disk is full");
                    }
                    if (method.getName().equals("prepare")) {
                        return (ReadModelStore.PreparedWrite) () -> {
                            throw new IllegalStateException("the disk is full");
                        };
                    }
                    try {
                        return method.invoke(target, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static List<PlannedCommand> visitsScheduledAndCancelled(int visits) {
        List<PlannedCommand> batch = new ArrayList<>();
        for (int i = 0; i < visits; i++) {
            VisitId visit = VisitId.of("decoding-" + i);
            batch.add(new PlannedCommand(new ScheduleVisit(visit, LocalDate.of(2024, 1, 2), People.ALIYEV,
                    Country.of("PK"), VisitKind.STATE, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 2), CITED),
                    "schedule-" + i, "schedule " + i));
            batch.add(new PlannedCommand(new CancelVisit(visit, LocalDate.of(2024, 1, 5), null, CITED),
                    "cancel-" + i, "cancel " + i));
        }
        return batch;
    }

    private List<List<String>> readModelRows() throws SQLException {
        List<List<String>> tables;
        try (Connection connection = connect()) {
            tables = ReadModelRows.of(connection);
        }
        assertThat(tables.get(ReadModelRows.TIMELINE)).as("timeline entries of the reference article and the visits")
                .isNotEmpty();
        return tables;
    }

    private long events() throws SQLException {
        return single("SELECT COUNT(*) FROM DomainEventEntry");
    }

    private long lastPosition() throws SQLException {
        return single("SELECT MAX(globalIndex) FROM DomainEventEntry");
    }

    private long single(String query) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + directory.resolve(JdbcStorage.SQLITE_FILE));
    }
}
