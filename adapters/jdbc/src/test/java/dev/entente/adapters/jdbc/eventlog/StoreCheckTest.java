package dev.entente.adapters.jdbc.eventlog;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.adapters.json.StoredNameSerializer;
import dev.entente.application.EntenteEngine;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.integrity.IntegrityCheck;
import dev.entente.application.integrity.IntegrityProblem;
import dev.entente.application.integrity.IntegrityReport;
import dev.entente.application.spi.AppliedCommand;
import dev.entente.domain.fixtures.ReferenceArticle;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.DiplomaticRelationsSevered;
import dev.entente.domain.relationship.Relationship;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitConcluded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The integrity check on an H2 store: a healthy reference store (the seed article applied through the engine, plus a
 * relationship whose events carry the digest of the command that wrote them) is whole, and each kind of damage, made
 * with plain SQL, is reported with its code.
 */
class StoreCheckTest {

    static final Dyad AZ_TR = Dyad.of(AZ, TR);
    static final String AZ_TR_ID = Relationship.aggregateIdOf(AZ_TR);
    static final String STAMPED = "digest-of-a-stamped-command";

    @TempDir
    Path directory;

    final List<JdbcStorage> opened = new ArrayList<>();
    int applied;

    @BeforeEach
    void buildTheReferenceStore() {
        JdbcStorage storage = JdbcStorage.h2(directory, EntenteJson.mapper());
        // Written as EntenteEngine.apply stamps them: the command's digest in each event's metadata.
        insert(storage, "relations-1", AZ_TR_ID, 0, "relationship.diplomatic-relations-established",
                json(new DiplomaticRelationsEstablished(AZ_TR, LocalDate.of(1992, 1, 14), CITED)), STAMPED);
        insert(storage, "relations-2", AZ_TR_ID, 1, "relationship.diplomatic-relations-severed",
                json(new DiplomaticRelationsSevered(AZ_TR, LocalDate.of(1993, 1, 14), TR, "a test", CITED)),
                STAMPED);
        storage.commandLog().record(new AppliedCommand(STAMPED, "relations.json:1:1", AZ_TR_ID, 2));
        List<PlannedCommand> batch = new ArrayList<>();
        List<Object> commands = ReferenceArticle.commands();
        for (int i = 0; i < commands.size(); i++) {
            batch.add(new PlannedCommand(commands.get(i), "article-" + i, "article.json:" + (i + 1) + ":1"));
        }
        applied = batch.size() + 1;
        try (EntenteEngine engine = EntenteEngine.builder().storage(storage).serialization(new JsonSerialization())
                .start()) {
            engine.apply(batch);
            engine.awaitReadModels();
        }
    }

    JdbcStorage reopen() {
        JdbcStorage storage = JdbcStorage.h2(directory, EntenteJson.mapper());
        opened.add(storage);
        return storage;
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        opened.forEach(JdbcStorage::close);
    }

    static IntegrityReport check(JdbcStorage storage) {
        return StoreCheck.run(storage);
    }

    @Test
    void theReferenceStoreIsWhole() {
        IntegrityReport report = check(reopen());

        assertThat(report.problems()).isEmpty();
        assertThat(report.isWhole()).isTrue();
        assertThat(report.commands()).isEqualTo(applied);
        assertThat(report.aggregates()).isGreaterThan(3);
        assertThat(report.events()).isEqualTo(TestRows.count(reopen(), "DomainEventEntry"));
    }

    @Test
    void theCheckWritesNothingAndRunsOnAStoreOpenedReadOnly() throws IOException {
        Path file = directory.resolve("entente.mv.db");
        byte[] before = Files.readAllBytes(file);

        IntegrityReport report;
        try (JdbcStorage readOnly = JdbcStorage.builder(EntenteJson.mapper()).h2(directory).readOnly().build()) {
            report = check(readOnly);
        }

        assertThat(report.isWhole()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @ParameterizedTest(name = "without its command log too: {0}")
    @ValueSource(booleans = {false, true})
    void aStoreCutShortBeforeItsEventTableWasMadeHoldsAnEmptyHistoryRatherThanAnUnreadableOne(
            boolean withoutCommandLog, @TempDir Path cut) {
        // What a kill during the first start of `entente import` can leave: the read-model tables and the command
        // log are made when the storage opens, the event table only when an engine or the import asks for it.
        try (JdbcStorage storage = JdbcStorage.sqlite(cut, EntenteJson.mapper())) {
            assertThat(TestRows.count(storage, "entente_applied_command")).isZero();
            if (withoutCommandLog) {
                TestRows.update(storage, "DROP TABLE entente_applied_command");
            }
        }
        IntegrityReport report;
        try (JdbcStorage readOnly = JdbcStorage.builder(EntenteJson.mapper()).sqlite(cut).readOnly().build()) {
            report = check(readOnly);
        }

        assertThat(report.problems()).isEmpty();
        assertThat(report.isWhole()).isTrue();
        assertThat(report.events()).isZero();
        assertThat(report.commands()).isZero();
    }

    @Test
    void readModelsOfAnEarlierLayoutCountAsNotYetFoldedRatherThanAsDamage() {
        try (JdbcStorage storage = JdbcStorage.h2(directory, EntenteJson.mapper())) {
            // The layout before ADR 0010, which the next engine rebuilds: no version, no relationship facts.
            TestRows.update(storage, "DROP TABLE entente_rm_schema");
            TestRows.update(storage, "DROP TABLE entente_rm_relationship_fact");
        }
        IntegrityReport report;
        try (JdbcStorage readOnly = JdbcStorage.builder(EntenteJson.mapper()).h2(directory).readOnly().build()) {
            report = check(readOnly);
        }

        assertThat(report.problems()).isEmpty();
        assertThat(report.unfolded()).isEqualTo(report.events()).isPositive();
    }

    @Test
    void anEventUnderAnUnknownNameIsReported() {
        JdbcStorage storage = reopen();
        insert(storage, "ghost", "visit:ghost", 0, "visit.teleported", "{\"visitId\":\"ghost\"}", null);

        assertThat(check(storage).problems()).extracting(IntegrityProblem::code, IntegrityProblem::where)
                .contains(org.assertj.core.groups.Tuple.tuple("check.unknown-event",
                        "event visit:ghost #0 (global index " + lastIndex(storage) + ")"));
    }

    @Test
    void anEventWhosePayloadTheDomainRefusesIsReported() {
        JdbcStorage storage = reopen();
        String payload = json(new DiplomaticRelationsEstablished(Dyad.of(AZ, dev.entente.domain.fixtures.Countries.PK),
                LocalDate.of(1992, 6, 9), CITED)).replace("AZ-PK", "AZ-XX");
        String azPk = Relationship.aggregateIdOf(Dyad.of(AZ, dev.entente.domain.fixtures.Countries.PK));
        insert(storage, "bad-country", azPk, lastSequence(storage, azPk) + 1,
                "relationship.diplomatic-relations-established", payload, null);

        assertThat(check(storage).problems()).filteredOn(p -> p.code().equals("check.invalid-payload"))
                .singleElement().satisfies(p -> assertThat(p.sentence()).contains("XX"));
    }

    @Test
    void anAgreementConcludedAsNoKindOfInstrumentIsReported() {
        JdbcStorage storage = reopen();
        Object concluded = dev.entente.domain.agreement.AgreementDecider.INSTANCE.decide(
                dev.entente.domain.agreement.AgreementDecider.INSTANCE.initial(),
                dev.entente.domain.fixtures.AgreementFixture.concludeTreaty()).get(0);
        String payload = json(concluded).replaceAll("\"kind\":\"[^\"]*\",", "");
        String id = ((dev.entente.domain.agreement.AgreementConcluded) concluded).agreementId().aggregateId();
        insert(storage, "kindless", id, lastSequence(storage, id) + 1, "agreement.concluded", payload, null);

        assertThat(payload).doesNotContain("\"kind\"");
        assertThat(check(storage).problems()).filteredOn(p -> p.code().equals("check.invalid-payload"))
                .singleElement().satisfies(p -> assertThat(p.sentence()).contains("kind of instrument"));
    }

    @Test
    void aGapInAnAggregatesSequenceIsReported() {
        JdbcStorage storage = reopen();
        insert(storage, "skipped", AZ_TR_ID, 3, "relationship.diplomatic-relations-established",
                json(new DiplomaticRelationsEstablished(AZ_TR, LocalDate.of(1994, 1, 14), CITED)), null);

        assertThat(check(storage).problems()).extracting(IntegrityProblem::code)
                .contains(IntegrityCheck.SEQUENCE_GAP);
    }

    @Test
    void anAppliedCommandWithoutItsEventsIsReported() {
        JdbcStorage storage = reopen();
        storage.commandLog().record(new AppliedCommand("lost", "lost.json:4:1", "visit:lost", 3));

        assertThat(check(storage).problems()).containsExactly(new IntegrityProblem(IntegrityCheck.COMMAND_EVENTS,
                "applied command lost", "applied command lost (lost.json:4:1) recorded 3 events on visit:lost, but "
                        + "0 carry its digest there"));
    }

    @Test
    void anAppliedCommandWithoutCountsNeedOnlyExist() {
        JdbcStorage storage = reopen();
        storage.commandLog().record(AppliedCommand.of("older", "older.json:1:1"));

        assertThat(check(storage).isWhole()).isTrue();
    }

    @Test
    void anEventWhoseCommandIsNotOnRecordIsReported() {
        JdbcStorage storage = reopen();
        insert(storage, "unrecorded", AZ_TR_ID, 2, "relationship.diplomatic-relations-established",
                json(new DiplomaticRelationsEstablished(AZ_TR, LocalDate.of(1994, 1, 14), CITED)), "nowhere");

        assertThat(check(storage).problems()).extracting(IntegrityProblem::code)
                .containsExactly(IntegrityCheck.UNRECORDED_COMMAND);
    }

    @Test
    void anEventOfAStampedCommandTooManyIsReported() {
        JdbcStorage storage = reopen();
        insert(storage, "third", AZ_TR_ID, 2, "relationship.diplomatic-relations-established",
                json(new DiplomaticRelationsEstablished(AZ_TR, LocalDate.of(1994, 1, 14), CITED)), STAMPED);

        assertThat(check(storage).problems()).extracting(IntegrityProblem::code)
                .contains(IntegrityCheck.COMMAND_EVENTS);
    }

    @Test
    void aReadModelRecordMovedBackToAnEarlierEventIsReported() {
        JdbcStorage storage = reopen();
        // A record is folded from its aggregate's events up to its row's position (ADR 0029): moved back to the
        // visit's first event, it reads as the visit stood then, not as the history makes it.
        int edited = TestRows.update(storage, "UPDATE entente_rm_record SET event_position = (SELECT MIN(e.globalIndex) "
                + "FROM DomainEventEntry e WHERE e.aggregateIdentifier = entente_rm_record.aggregate_id) "
                + "WHERE model = 'visit'");

        assertThat(edited).isEqualTo(1);
        assertThat(check(storage).problems()).containsExactly(new IntegrityProblem(IntegrityCheck.READ_MODEL,
                "read model: visit aliyev-pakistan-2024",
                "the stored record differs from a fresh fold of the history"));
    }

    @Test
    void aMissingOrExtraTimelineEntryIsReported() {
        JdbcStorage storage = reopen();
        long first = TestRows.scalar(storage, "SELECT MIN(event_position) FROM entente_rm_timeline WHERE dyad = 'AZ-TR'");
        TestRows.update(storage, "DELETE FROM entente_rm_timeline WHERE event_position = " + first);
        TestRows.update(storage, "DELETE FROM entente_rm_link WHERE model = 'agreement'");

        assertThat(check(storage).problems()).extracting(IntegrityProblem::where)
                .contains("read model: timeline entry of AZ-TR " + first)
                .anyMatch(where -> where.startsWith("read model: agreement link of AZ-PK "));
    }

    @Test
    void anEventTheReadModelsHaveNotFoldedYetIsADelayNotDamage() {
        JdbcStorage storage = reopen();
        insert(storage, "concluded", ReferenceArticle.VISIT.aggregateId(), lastSequence(storage,
                ReferenceArticle.VISIT.aggregateId()) + 1, "visit.concluded",
                json(new VisitConcluded(ReferenceArticle.VISIT, ReferenceArticle.DAY_TWO, "Islamabad", CITED)), null);

        IntegrityReport report = check(storage);

        assertThat(report.problems()).isEmpty();
        assertThat(report.unfolded()).isEqualTo(1);
    }

    @Test
    void readModelsThatClaimToHaveFoldedAnEventTheyLackAreReported() {
        JdbcStorage storage = reopen();
        insert(storage, "concluded", ReferenceArticle.VISIT.aggregateId(), lastSequence(storage,
                ReferenceArticle.VISIT.aggregateId()) + 1, "visit.concluded",
                json(new VisitConcluded(ReferenceArticle.VISIT, ReferenceArticle.DAY_TWO, "Islamabad", CITED)), null);

        IntegrityReport report = new IntegrityCheck(new JsonSerialization()).run(each -> { }, storage.commandLog(),
                storage.readModels());
        IntegrityReport everything = checkAssumingEverythingFolded(storage);

        assertThat(report.problems()).extracting(IntegrityProblem::sentence)
                .contains("in the stored read models, though nothing in the history makes it");
        assertThat(everything.unfolded()).isZero();
        assertThat(everything.problems()).extracting(IntegrityProblem::code, IntegrityProblem::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IntegrityCheck.READ_MODEL,
                        "read model: visit aliyev-pakistan-2024"), org.assertj.core.groups.Tuple.tuple(
                        IntegrityCheck.READ_MODEL, "read model: timeline entry of AZ-PK " + lastIndex(storage)));
    }

    /** The check as if the tokens said every event was folded, to show what it compares. */
    static IntegrityReport checkAssumingEverythingFolded(JdbcStorage storage) {
        List<dev.entente.application.integrity.RawEvent> raw = new ArrayList<>();
        try (Connection connection = storage.transactionManager().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT globalIndex, eventIdentifier, "
                     + "aggregateIdentifier, sequenceNumber, timeStamp, payloadType, payloadRevision, payload, metaData "
                     + "FROM DomainEventEntry ORDER BY globalIndex");
             var rows = select.executeQuery()) {
            while (rows.next()) {
                raw.add(new dev.entente.application.integrity.RawEvent(rows.getLong(1), rows.getString(2),
                        rows.getString(3), rows.getLong(4), rows.getString(5), rows.getString(6), rows.getString(7),
                        rows.getBytes(8), rows.getBytes(9)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new IntegrityCheck(new JsonSerialization()).run(raw::forEach, storage.commandLog(),
                storage.readModels());
    }

    static String json(Object event) {
        return new String(new StoredNameSerializer().serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);
    }

    static void insert(JdbcStorage storage, String eventId, String aggregateId, long sequence, String name,
                       String payload, String digest) {
        storage.createEventSchema();
        TestRows.update(storage, "INSERT INTO DomainEventEntry (eventIdentifier, type, aggregateIdentifier, "
                        + "sequenceNumber, timeStamp, payloadType, payloadRevision, payload, metaData) "
                        + "VALUES (?, 'Test', ?, ?, '2024-07-11T10:00:00.123Z', ?, '1', ?, ?)", eventId, aggregateId,
                sequence, name, payload.getBytes(StandardCharsets.UTF_8),
                (digest == null ? "{}" : "{\"entente.command\":\"" + digest + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    static long lastIndex(JdbcStorage storage) {
        return TestRows.scalar(storage, "SELECT MAX(globalIndex) FROM DomainEventEntry");
    }

    static long lastSequence(JdbcStorage storage, String aggregateId) {
        return TestRows.scalar(storage, "SELECT MAX(sequenceNumber) FROM DomainEventEntry WHERE aggregateIdentifier = '"
                + aggregateId + "'");
    }

    /** Plain SQL on a store, outside any transaction of Entente's. */
    static final class TestRows {

        static int update(JdbcStorage storage, String sql, Object... parameters) {
            try (Connection connection = storage.transactionManager().getConnection();
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        static long scalar(JdbcStorage storage, String sql) {
            try (Connection connection = storage.transactionManager().getConnection();
                 PreparedStatement statement = connection.prepareStatement(sql);
                 var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        static long count(JdbcStorage storage, String table) {
            return scalar(storage, "SELECT COUNT(*) FROM " + table);
        }
    }
}
