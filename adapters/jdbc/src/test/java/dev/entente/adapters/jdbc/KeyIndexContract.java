package dev.entente.adapters.jdbc;

import static dev.entente.adapters.jdbc.JdbcStorageContract.arrived;
import static dev.entente.adapters.jdbc.JdbcStorageContract.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.jdbc.eventlog.EventLog;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.EventMetadata;
import dev.entente.application.batch.BatchCheck;
import dev.entente.application.spi.KeyedEvents;
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
import java.util.List;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The key index (ADR 0027) on every database: written with the events in their transaction, and filled once from the
 * event table of a store made before it. Each database runs it in a subclass that says where its empty database is.
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

    private static final List<KeyedEvents> RECORDED = List.of(new KeyedEvents(SCHEDULE, VISIT.aggregateId(), 0, 0),
            new KeyedEvents(ARRIVAL, VISIT.aggregateId(), 1, 2),
            new KeyedEvents(OTHER_SCHEDULE, OTHER.aggregateId(), 0, 0));

    private static List<KeyedEvents> everyKey(JdbcStorage storage) {
        return storage.eventsUnderKeys(List.of(SCHEDULE, ARRIVAL, OTHER_SCHEDULE)).orElseThrow();
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
    void eachAppendRecordsWhatEachKeyRecordedAsRunsOfSequenceNumbers() {
        JdbcStorage storage = open(builder());
        appendHistory(storage.eventStorage(settings()));

        assertThat(everyKey(storage)).containsExactlyInAnyOrderElementsOf(RECORDED);
        assertThat(storage.eventsUnderKeys(List.of(ARRIVAL))).contains(List.of(RECORDED.get(1)));
        assertThat(storage.eventsUnderKeys(List.of(VISIT.aggregateId() + "/never"))).contains(List.of());
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

        assertThat(everyKey(storage)).isEmpty();
        assertThat(storage.transactionManager().inTransaction()).isFalse();
    }

    @Test
    void aKeyLongerThanTheColumnIsIndexedByItsHashAndFoundAsAnyOther() {
        JdbcStorage storage = open(builder());
        String longKey = VISIT.aggregateId() + "/" + "x".repeat(5_000);
        String longest = VISIT.aggregateId() + "/" + "y".repeat(JdbcKeyIndex.STORED_AS_IS - VISIT.aggregateId().length() - 1);
        String lookingHashed = "sha256:" + VISIT.aggregateId() + "/z";
        storage.eventStorage(settings()).appendEvents(event(VISIT, 0, scheduled(VISIT), longKey),
                event(VISIT, 1, arrived(VISIT, DAY), longest), event(VISIT, 2, arrived(VISIT, DAY), lookingHashed));

        assertThat(storage.eventsUnderKeys(List.of(longKey, longest, lookingHashed))).hasValueSatisfying(found ->
                assertThat(found).containsExactlyInAnyOrder(new KeyedEvents(longKey, VISIT.aggregateId(), 0, 0),
                        new KeyedEvents(longest, VISIT.aggregateId(), 1, 1),
                        new KeyedEvents(lookingHashed, VISIT.aggregateId(), 2, 2)));
        assertThat(JdbcKeyIndex.stored(longest)).isEqualTo(longest);
        assertThat(JdbcKeyIndex.stored(longKey)).startsWith("sha256:").hasSize(71);
        assertThat(JdbcKeyIndex.stored(lookingHashed)).isNotEqualTo(lookingHashed).hasSize(71);
    }

    @Test
    void aStoreMadeBeforeTheIndexIsNotAskedUntilOpenedForWritingAndThenFilledFromItsEvents() {
        JdbcStorage before = open(builder());
        appendHistory(before.eventStorage(settings()));
        // What a store of the previous version holds: the events with their keys, no index.
        execute(before, "DROP TABLE entente_entry_key", "DROP TABLE entente_entry_key_filled");
        before.close();

        JdbcStorage reader = open(builder().readOnly());
        reader.eventStorage(settings());
        assertThat(reader.eventsUnderKeys(List.of(SCHEDULE))).as("no index to ask: read the streams whole").isEmpty();
        reader.close();

        JdbcStorage writer = open(builder());
        writer.eventStorage(settings());

        assertThat(everyKey(writer)).containsExactlyInAnyOrderElementsOf(RECORDED);
        assertThat(rows(writer, "entente_entry_key_filled")).isEqualTo(1);
    }

    @Test
    void aFillCutShortIsNotUsedAndIsMadeAgainFromTheStart() {
        JdbcStorage before = open(builder());
        appendHistory(before.eventStorage(settings()));
        // An interrupted fill on a database whose table creation commits apart: tables, part of the rows, no mark.
        execute(before, "DELETE FROM entente_entry_key WHERE first_sequence > 0",
                "INSERT INTO entente_entry_key (entry_key, aggregate_id, first_sequence, last_sequence) "
                        + "VALUES ('not-a-key', 'visit:gone', 7, 9)",
                "DELETE FROM entente_entry_key_filled");
        before.close();

        JdbcStorage reader = open(builder().readOnly());
        assertThat(reader.eventsUnderKeys(List.of(SCHEDULE))).isEmpty();
        reader.close();
        JdbcStorage writer = open(builder());
        writer.eventStorage(settings());

        assertThat(everyKey(writer)).containsExactlyInAnyOrderElementsOf(RECORDED);
        assertThat(rows(writer, "entente_entry_key")).isEqualTo(3);
    }

    @Test
    void openingAFilledStoreAgainFillsNothing() {
        JdbcStorage first = open(builder());
        appendHistory(first.eventStorage(settings()));
        first.close();
        JdbcStorage second = open(builder());
        second.eventStorage(settings());
        second.eventStorage(settings());

        assertThat(rows(second, "entente_entry_key")).isEqualTo(3);
        assertThat(rows(second, "entente_entry_key_filled")).isEqualTo(1);
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

        assertThat(everyKey(target)).containsExactlyInAnyOrderElementsOf(RECORDED);
    }
}
