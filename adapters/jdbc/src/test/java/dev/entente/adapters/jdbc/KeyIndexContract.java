package dev.entente.adapters.jdbc;

import static dev.entente.adapters.jdbc.JdbcStorageContract.arrived;
import static dev.entente.adapters.jdbc.JdbcStorageContract.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.jdbc.eventlog.EventLog;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.EventMetadata;
import dev.entente.application.batch.BatchCheck;
import dev.entente.application.spi.KeyInAggregate;
import dev.entente.application.spi.StorageSettings;
import dev.entente.domain.visit.VisitId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The key index (ADR 0027, as amended) on every database: a row for each key and aggregate it recorded in, written with
 * the events in their transaction, and filled once from the event table of a store made before it or before this
 * layout. Each database runs it in a subclass that says where its empty database is.
 */
abstract class KeyIndexContract {

    private static final VisitId VISIT = VisitId.of("aliyev-pakistan-2024");
    private static final VisitId OTHER = VisitId.of("erdogan-azerbaijan-2024");
    private static final LocalDate DAY = LocalDate.of(2024, 7, 11);
    private static final String SCHEDULE = VISIT.aggregateId() + "/ScheduleVisit#1@visits.json";
    private static final String ARRIVAL = VISIT.aggregateId() + "/RecordArrival#1@visits.json";
    private static final String OTHER_SCHEDULE = OTHER.aggregateId() + "/ScheduleVisit#1@visits.json";
    private static final JsonSerialization SERIALIZATION = new JsonSerialization();

    private final List<JdbcStorage> opened = new ArrayList<>();

    /** A storage on this test's database; each call opens another one on it. */
    protected abstract JdbcStorage.Builder builder();

    /** A storage on another, empty database, for an import. */
    protected abstract JdbcStorage.Builder otherDatabase();

    /** The database's dialect. */
    protected abstract Dialect dialect();

    @AfterEach
    void closeStorages() {
        opened.forEach(JdbcStorage::close);
    }

    private JdbcStorage open(JdbcStorage.Builder builder) {
        JdbcStorage storage = builder.build();
        opened.add(storage);
        return storage;
    }

    private static StorageSettings settings() {
        return BatchCheck.settings(SERIALIZATION);
    }

    private static DomainEventMessage<?> event(VisitId visit, long sequence, Object payload, String key) {
        MetaData metaData = key == null ? MetaData.emptyInstance() : MetaData.with(EventMetadata.KEY, key);
        return new GenericDomainEventMessage<>("Visit", visit.aggregateId(), sequence, payload, metaData);
    }

    /** Two events under one key, one under another, one without a key, and another aggregate's. */
    private static void appendHistory(EventStorageEngine events) {
        events.appendEvents(event(VISIT, 0, scheduled(VISIT), SCHEDULE), event(VISIT, 1, arrived(VISIT, DAY), ARRIVAL),
                event(VISIT, 2, arrived(VISIT, DAY.plusDays(1)), ARRIVAL));
        events.appendEvents(event(VISIT, 3, arrived(VISIT, DAY.plusDays(2)), null),
                event(OTHER, 0, scheduled(OTHER), OTHER_SCHEDULE));
    }

    private static final Set<KeyInAggregate> RECORDED = Set.of(new KeyInAggregate(SCHEDULE, VISIT.aggregateId()),
            new KeyInAggregate(ARRIVAL, VISIT.aggregateId()), new KeyInAggregate(OTHER_SCHEDULE, OTHER.aggregateId()));
    /** What was recorded, a key never recorded, and keys recorded in one aggregate asked of another. */
    private static final List<KeyInAggregate> ASKED = List.of(new KeyInAggregate(SCHEDULE, VISIT.aggregateId()),
            new KeyInAggregate(ARRIVAL, VISIT.aggregateId()), new KeyInAggregate(OTHER_SCHEDULE, OTHER.aggregateId()),
            new KeyInAggregate(VISIT.aggregateId() + "/never", VISIT.aggregateId()),
            new KeyInAggregate(SCHEDULE, OTHER.aggregateId()), new KeyInAggregate(OTHER_SCHEDULE, VISIT.aggregateId()));

    private static Set<KeyInAggregate> recorded(JdbcStorage storage) {
        return storage.recordedUnderKeys(ASKED).orElseThrow();
    }

    private static void execute(JdbcStorage storage, String... statements) {
        storage.transactionManager().executeInTransaction(() -> Sql.execute(storage.transactionManager(), "test",
                connection -> {
                    try (Statement statement = connection.createStatement()) {
                        for (String sql : statements) {
                            statement.execute(sql);
                        }
                    }
                    return null;
                }));
    }

    private static long rows(JdbcStorage storage, String table) {
        return Sql.execute(storage.transactionManager(), "test", connection -> count(connection, table));
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void eachAppendRecordsEachKeyAndTheAggregateItRecordedInOnce() {
        JdbcStorage storage = open(builder());
        appendHistory(storage.eventStorage(settings()));

        assertThat(recorded(storage)).isEqualTo(RECORDED);
        assertThat(rows(storage, "entente_key_presence")).as("the arrival's two events: one row").isEqualTo(3);
    }

    @Test
    void anAppendRolledBackOrRefusedLeavesNoKeyBehind() {
        JdbcStorage storage = open(builder());
        EventStorageEngine events = storage.eventStorage(settings());
        Transaction transaction = storage.transactionManager().startTransaction();
        events.appendEvents(event(VISIT, 0, scheduled(VISIT), SCHEDULE));
        transaction.rollback();
        events.appendEvents(event(VISIT, 0, scheduled(VISIT), null));

        assertThatThrownBy(() -> events.appendEvents(event(VISIT, 1, arrived(VISIT, DAY), ARRIVAL),
                event(VISIT, 0, scheduled(VISIT), SCHEDULE))).isInstanceOf(ConcurrencyException.class);

        assertThat(recorded(storage)).isEmpty();
        assertThat(storage.transactionManager().inTransaction()).isFalse();
    }

    @Test
    void aKeyAppendedAgainInItsAggregateAddsNoRowAndAnyKeyOfAnyLengthIsOneRow() {
        JdbcStorage storage = open(builder());
        String longKey = VISIT.aggregateId() + "/" + "x".repeat(5_000);
        String accented = VISIT.aggregateId() + "/Görüşme#1@ziyaretler.json";
        EventStorageEngine events = storage.eventStorage(settings());
        events.appendEvents(event(VISIT, 0, scheduled(VISIT), longKey), event(VISIT, 1, arrived(VISIT, DAY), accented));
        // A correction appends under a key that is in the index already.
        events.appendEvents(event(VISIT, 2, arrived(VISIT, DAY.plusDays(1)), accented));

        assertThat(storage.recordedUnderKeys(List.of(new KeyInAggregate(longKey, VISIT.aggregateId()),
                new KeyInAggregate(accented, VISIT.aggregateId()), new KeyInAggregate(longKey + "x", VISIT.aggregateId()))))
                .contains(Set.of(new KeyInAggregate(longKey, VISIT.aggregateId()),
                        new KeyInAggregate(accented, VISIT.aggregateId())));
        assertThat(rows(storage, "entente_key_presence")).isEqualTo(2);
    }

    @Test
    void aPairSharingAnotherPairsHashIsOneRowAndIsAnsweredRecordedTooWhichOnlyCostsAWholeRead() {
        JdbcStorage storage = open(builder());
        storage.eventStorage(settings());
        KeyInAggregate schedule = new KeyInAggregate(SCHEDULE, VISIT.aggregateId());
        KeyInAggregate arrival = new KeyInAggregate(ARRIVAL, VISIT.aggregateId());
        KeyInAggregate never = new KeyInAggregate(OTHER_SCHEDULE, OTHER.aggregateId());
        // Every pair the same row, as two pairs whose hashes collide.
        JdbcKeyIndex collided = new JdbcKeyIndex(storage.transactionManager(), dialect(), pair -> 42L);

        storage.transactionManager().executeInTransaction(() -> collided.record(List.of(schedule)));
        storage.transactionManager().executeInTransaction(() -> collided.record(List.of(arrival, schedule)));

        assertThat(rows(storage, "entente_key_presence")).isEqualTo(1);
        assertThat(collided.recorded(List.of(arrival, never))).contains(Set.of(arrival, never));
        assertThat(storage.recordedUnderKeys(List.of(schedule, arrival, never))).as("the real hashes differ")
                .contains(Set.of());
        assertThat(JdbcKeyIndex.hash(schedule)).isNotEqualTo(JdbcKeyIndex.hash(arrival))
                .isNotEqualTo(JdbcKeyIndex.hash(new KeyInAggregate(VISIT.aggregateId(), SCHEDULE)));
    }

    @Test
    void aStoreMadeBeforeTheIndexIsNotAskedUntilOpenedForWritingAndThenFilledFromItsEvents() {
        JdbcStorage before = open(builder());
        appendHistory(before.eventStorage(settings()));
        // What a store of the third session holds: the events with their keys, no index.
        execute(before, "DROP TABLE entente_key_presence", "DROP TABLE entente_key_presence_filled");
        before.close();

        JdbcStorage reader = open(builder().readOnly());
        reader.eventStorage(settings());
        assertThat(reader.recordedUnderKeys(ASKED)).as("no index to ask: read the streams whole").isEmpty();
        reader.close();

        JdbcStorage writer = open(builder());
        writer.eventStorage(settings());

        assertThat(recorded(writer)).isEqualTo(RECORDED);
        assertThat(rows(writer, "entente_key_presence_filled")).isEqualTo(1);
    }

    @Test
    void aStoreWithThePreviousLayoutIsNotAskedUntilOpenedForWritingAndThenFilledAndTheOldTablesDropped() {
        JdbcStorage before = open(builder());
        appendHistory(before.eventStorage(settings()));
        // What a store of the fourth session holds: the events, and its index of key runs, complete and marked.
        execute(before, "DROP TABLE entente_key_presence", "DROP TABLE entente_key_presence_filled",
                "CREATE TABLE entente_entry_key (entry_key VARCHAR(200) NOT NULL, aggregate_id VARCHAR(255) NOT NULL, "
                        + "first_sequence BIGINT NOT NULL, last_sequence BIGINT NOT NULL, "
                        + "PRIMARY KEY (entry_key, aggregate_id, first_sequence))",
                "INSERT INTO entente_entry_key VALUES ('" + SCHEDULE + "', '" + VISIT.aggregateId() + "', 0, 0)",
                "CREATE TABLE entente_entry_key_filled (filled INTEGER NOT NULL)",
                "INSERT INTO entente_entry_key_filled VALUES (1)");
        before.close();

        JdbcStorage reader = open(builder().readOnly());
        reader.eventStorage(settings());
        assertThat(reader.recordedUnderKeys(ASKED)).isEmpty();
        reader.close();
        JdbcStorage writer = open(builder());
        writer.eventStorage(settings());

        assertThat(recorded(writer)).isEqualTo(RECORDED);
        assertThat(tables(writer)).doesNotContain("entente_entry_key", "entente_entry_key_filled")
                .contains("entente_key_presence", "entente_key_presence_filled");
    }

    @Test
    void aFillCutShortIsNotUsedAndIsMadeAgainFromTheStart() {
        JdbcStorage before = open(builder());
        appendHistory(before.eventStorage(settings()));
        // An interrupted fill on a database whose table creation commits apart: tables, other rows, no mark.
        execute(before, "DELETE FROM entente_key_presence", "INSERT INTO entente_key_presence (pair_hash) VALUES (7)",
                "DELETE FROM entente_key_presence_filled");
        before.close();

        JdbcStorage reader = open(builder().readOnly());
        assertThat(reader.recordedUnderKeys(ASKED)).isEmpty();
        reader.close();
        JdbcStorage writer = open(builder());
        writer.eventStorage(settings());

        assertThat(recorded(writer)).isEqualTo(RECORDED);
        assertThat(rows(writer, "entente_key_presence")).isEqualTo(3);
    }

    @Test
    void openingAFilledStoreAgainFillsNothing() {
        JdbcStorage first = open(builder());
        appendHistory(first.eventStorage(settings()));
        first.close();
        JdbcStorage second = open(builder());
        second.eventStorage(settings());
        second.eventStorage(settings());

        assertThat(rows(second, "entente_key_presence")).isEqualTo(3);
        assertThat(rows(second, "entente_key_presence_filled")).isEqualTo(1);
    }

    @Test
    void anImportedEventLogIsIndexedInItsTransaction() {
        JdbcStorage source = open(builder());
        appendHistory(source.eventStorage(settings()));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        EventLog.export(source, log);

        JdbcStorage target = open(otherDatabase());
        // An engine opened the empty store first, so its index is marked filled before the import.
        target.eventStorage(settings());
        EventLog.importInto(target, new ByteArrayInputStream(log.toByteArray()));

        assertThat(recorded(target)).isEqualTo(RECORDED);
    }

    /** The names of the database's tables, in lower case. */
    private static Set<String> tables(JdbcStorage storage) {
        return Sql.execute(storage.transactionManager(), "test", connection -> {
            Set<String> names = new HashSet<>();
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return names;
        });
    }
}
