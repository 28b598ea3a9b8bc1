package dev.entente.adapters.jdbc;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.FR_DE;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.adapters.json.EntenteJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.shared.Country;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.CeremonyKind;
import dev.entente.domain.visit.TalksFormat;
import dev.entente.domain.visit.TalksHeld;
import java.sql.PreparedStatement;
import java.util.TreeSet;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import dev.entente.application.readmodel.Alternative;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.readmodel.RelationshipFact;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.AppliedCommand;
import dev.entente.application.spi.EventRow;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.meeting.MeetingHeld;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.meeting.MeetingKind;
import dev.entente.application.spi.StorageSettings;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.PartnershipDeclared;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.visit.GuestArrived;
import dev.entente.domain.visit.GunSalute;
import dev.entente.domain.visit.Honours;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitScheduled;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What {@link JdbcStorage} promises on every database it supports; each database runs it in a subclass that says
 * where the test's (empty) database is.
 */
abstract class JdbcStorageContract {

    private static final VisitId VISIT = VisitId.of("aliyev-pakistan-2024");
    private static final VisitId OTHER_VISIT = VisitId.of("aliyev-pakistan-2025");
    private static final AgreementId AZ_TR_TREATY = AgreementId.of("az-tr-agreement");
    private static final MeetingId SUMMIT = MeetingId.of("az-pk-tr-summit-2024");
    private static final AgreementId TREATY = AgreementId.of("az-pk-preferential-trade-2024");
    private static final LocalDate DAY = LocalDate.of(2024, 7, 11);
    private static final LocalDate LONG_AGO = LocalDate.of(1, 1, 1);
    private static final LocalDate FAR_AHEAD = LocalDate.of(9999, 12, 31);

    private final List<JdbcStorage> opened = new ArrayList<>();
    private final ExecutorService elsewhere = Executors.newSingleThreadExecutor();
    private JdbcStorage storage;

    /** A storage on this test's database through the public factory; each call opens another one on it. */
    protected abstract JdbcStorage openWithFactory();

    /** A builder pointed at this test's database. */
    protected abstract JdbcStorage.Builder builder();

    @AfterEach
    void closeStorages() {
        elsewhere.shutdownNow();
        opened.forEach(JdbcStorage::close);
    }

    JdbcStorage open() {
        return track(openWithFactory());
    }

    JdbcStorage track(JdbcStorage opening) {
        opened.add(opening);
        return opening;
    }

    JdbcStorage storage() {
        if (storage == null) {
            storage = open();
        }
        return storage;
    }

    static Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(EntenteJson.mapper()).build();
    }

    static StorageSettings settings() {
        return new StorageSettings(serializer(), serializer(), new EventUpcasterChain(), SnapshotFilter.allowAll());
    }

    static DomainEventMessage<?> event(VisitId visit, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Visit", visit.aggregateId(), sequence, payload);
    }

    static VisitScheduled scheduled(VisitId visit) {
        return new VisitScheduled(visit, LocalDate.of(2024, 7, 8), ALIYEV, PK, VisitKind.STATE, DAY,
                DAY.plusDays(1), CITED);
    }

    static GuestArrived arrived(VisitId visit, LocalDate on) {
        return new GuestArrived(visit, on, "Nur Khan Airbase", List.of(SHARIF),
                new Honours(true, GunSalute.of(21), true, List.of("flypast")), CITED);
    }

    static RelationshipRecord relationshipRecord(Dyad dyad) {
        return RelationshipRecord.empty(dyad)
                .apply(new DiplomaticRelationsEstablished(dyad, LocalDate.of(1992, 6, 9), CITED), 3)
                .apply(new PartnershipDeclared(dyad, LocalDate.of(2017, 9, 1), PartnershipLevel.STRATEGIC, CITED), 4);
    }

    /** The facts {@link #relationshipRecord} is folded from. */
    static List<RelationshipFact> relationshipFacts(Dyad dyad) {
        return List.of(RelationshipFact.of(new DiplomaticRelationsEstablished(dyad, LocalDate.of(1992, 6, 9), CITED), 3),
                RelationshipFact.of(new PartnershipDeclared(dyad, LocalDate.of(2017, 9, 1), PartnershipLevel.STRATEGIC,
                        CITED), 4));
    }

    static List<Object> payloads(List<? extends DomainEventMessage<?>> events) {
        return events.stream().map(DomainEventMessage::getPayload).collect(Collectors.toList());
    }

    static List<DomainEventMessage<?>> history(EventStorageEngine engine, VisitId visit) {
        return engine.readEvents(visit.aggregateId()).asStream().collect(Collectors.toList());
    }

    static List<TrackedEventMessage<?>> everything(EventStorageEngine engine) {
        return engine.readEvents(null, false).collect(Collectors.toList());
    }

    @Nested
    class EventStorage {

        @Test
        void appendsDomainEventsAndReadsThemBackByAggregateAndInGlobalOrder() {
            EventStorageEngine engine = storage().eventStorage(settings());
            VisitId other = VisitId.of("other-visit");

            engine.appendEvents(event(VISIT, 0, scheduled(VISIT)), event(VISIT, 1, arrived(VISIT, DAY)));
            engine.appendEvents(event(other, 0, scheduled(other)));

            List<DomainEventMessage<?>> history = history(engine, VISIT);
            assertThat(payloads(history)).containsExactly(scheduled(VISIT), arrived(VISIT, DAY));
            assertThat(history).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
            List<TrackedEventMessage<?>> all = everything(engine);
            assertThat(all).<Object>extracting(TrackedEventMessage::getPayload)
                    .containsExactly(scheduled(VISIT), arrived(VISIT, DAY), scheduled(other));
            assertThat(all).extracting(event -> event.trackingToken().position().orElseThrow())
                    .isSorted().doesNotHaveDuplicates();
        }

        @Test
        void aSecondAppendAtTheSameSequenceNumberIsAConcurrencyConflictAndStoresNothing() {
            EventStorageEngine engine = storage().eventStorage(settings());
            engine.appendEvents(event(VISIT, 0, scheduled(VISIT)), event(VISIT, 1, arrived(VISIT, DAY)));

            assertThatThrownBy(() -> engine.appendEvents(event(VISIT, 1, arrived(VISIT, DAY.plusDays(1)))))
                    .isInstanceOf(ConcurrencyException.class);
            // Axon reports a conflict on the first event as a failed creation, which is not a ConcurrencyException.
            assertThatThrownBy(() -> engine.appendEvents(event(VISIT, 0, scheduled(VISIT))))
                    .isInstanceOf(AggregateStreamCreationException.class);

            assertThat(payloads(history(engine, VISIT))).containsExactly(scheduled(VISIT), arrived(VISIT, DAY));
            assertThat(everything(engine)).hasSize(2);
        }

        @Test
        void aBatchWhoseLastEventConflictsStoresNoneOfItsEvents() {
            EventStorageEngine engine = storage().eventStorage(settings());
            engine.appendEvents(event(VISIT, 0, scheduled(VISIT)), event(VISIT, 1, arrived(VISIT, DAY)));

            assertThatThrownBy(() -> engine.appendEvents(
                    event(VISIT, 2, arrived(VISIT, DAY.plusDays(1))),
                    event(VISIT, 3, arrived(VISIT, DAY.plusDays(2))),
                    event(VISIT, 1, arrived(VISIT, DAY.plusDays(3)))))
                    .isInstanceOf(ConcurrencyException.class);

            assertThat(history(engine, VISIT)).hasSize(2);
            assertThat(everything(engine)).hasSize(2);
            // The failed batch left no transaction or broken connection behind.
            assertThat(storage().transactionManager().inTransaction()).isFalse();
            engine.appendEvents(event(VISIT, 2, arrived(VISIT, DAY.plusDays(1))));
            assertThat(history(engine, VISIT)).hasSize(3);
        }

        @Test
        void theSchemaIsCreatedOnlyOnce() {
            EventStorageEngine first = storage().eventStorage(settings());
            first.appendEvents(event(VISIT, 0, scheduled(VISIT)));

            EventStorageEngine second = storage().eventStorage(settings());

            assertThat(payloads(history(second, VISIT))).containsExactly(scheduled(VISIT));
        }
    }

    @Nested
    class Transactions {

        private JdbcTransactionManager transactions;

        private JdbcTransactionManager transactions() {
            if (transactions == null) {
                transactions = storage().transactionManager();
                execute("CREATE TABLE probe (id INT PRIMARY KEY)");
            }
            return transactions;
        }

        private void execute(String sql) {
            try (Connection connection = transactions().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private void insert(int id) {
            execute("INSERT INTO probe (id) VALUES (" + id + ")");
        }

        /** The rows another connection sees, read on another thread, where no transaction is open. */
        private int rowsSeenElsewhere() throws Exception {
            JdbcTransactionManager manager = transactions();
            return elsewhere.submit(() -> {
                try (Connection connection = manager.getConnection();
                     Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM probe")) {
                    rows.next();
                    return rows.getInt(1);
                }
            }).get();
        }

        @Test
        void rowsWrittenInATransactionAreInvisibleElsewhereUntilCommitted() throws Exception {
            Transaction transaction = transactions().startTransaction();
            insert(1);
            insert(2);

            assertThat(rowsSeenElsewhere()).isZero();
            transaction.commit();

            assertThat(rowsSeenElsewhere()).isEqualTo(2);
            assertThat(transactions().inTransaction()).isFalse();
        }

        @Test
        void rowsWrittenInATransactionAreGoneAfterRollback() throws Exception {
            Transaction transaction = transactions().startTransaction();
            insert(1);
            transaction.rollback();

            assertThat(rowsSeenElsewhere()).isZero();
            assertThat(transactions().inTransaction()).isFalse();
        }

        @Test
        void closingTheConnectionHandedOutInATransactionDoesNotEndIt() throws Exception {
            Transaction transaction = transactions().startTransaction();
            Connection first = transactions().getConnection();
            first.close();
            insert(1);

            assertThat(transactions().getConnection()).isSameAs(first);
            assertThat(first.isClosed()).isFalse();
            assertThat(first.getAutoCommit()).isFalse();
            transaction.rollback();
            assertThat(rowsSeenElsewhere()).isZero();
        }

        @Test
        void aNestedTransactionJoinsTheOuterOneAndCommitsWithIt() throws Exception {
            Transaction outer = transactions().startTransaction();
            Connection outerConnection = transactions().getConnection();
            insert(1);
            Transaction inner = transactions().startTransaction();
            assertThat(transactions().getConnection()).isSameAs(outerConnection);
            insert(2);
            inner.commit();

            assertThat(transactions().inTransaction()).isTrue();
            assertThat(rowsSeenElsewhere()).isZero();
            outer.commit();
            assertThat(rowsSeenElsewhere()).isEqualTo(2);
        }

        @Test
        void theOuterTransactionRollsBackWhatANestedOneWroteBeforeItsCommit() throws Exception {
            Transaction outer = transactions().startTransaction();
            Transaction inner = transactions().startTransaction();
            insert(1);
            inner.commit();
            outer.rollback();

            assertThat(rowsSeenElsewhere()).isZero();
        }

        @Test
        void aNestedRollbackRollsBackTheOuterTransactionInsteadOfCommittingIt() throws Exception {
            Transaction outer = transactions().startTransaction();
            insert(1);
            Transaction inner = transactions().startTransaction();
            insert(2);
            inner.rollback();

            assertThatThrownBy(outer::commit).isInstanceOf(JdbcException.class);
            assertThat(rowsSeenElsewhere()).isZero();
            assertThat(transactions().inTransaction()).isFalse();
        }

        @Test
        void outsideATransactionEachConnectionIsFreshAndCommitsAutomatically() throws Exception {
            try (Connection connection = transactions().getConnection()) {
                assertThat(connection.getAutoCommit()).isTrue();
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("INSERT INTO probe (id) VALUES (1)");
                }
                assertThat(rowsSeenElsewhere()).isEqualTo(1);
            }
        }

        @Test
        void aTokenAndReadModelRowsWrittenInOneTransactionCommitTogether() {
            TokenStore tokens = storage().tokenStore(serializer());
            transactions().executeInTransaction(() -> tokens.initializeTokenSegments("visits", 1));
            EventHistory history = new EventHistory(storage(), storedNames());
            history.visit(VISIT, scheduled(VISIT));
            history.visit(VISIT, arrived(VISIT, DAY));

            transactions().executeInTransaction(() -> {
                tokens.fetchToken("visits", 0);
                history.foldInto(storage().readModels());
                tokens.storeToken(new GlobalSequenceTrackingToken(7), "visits", 0);
            });

            assertThat(transactions().fetchInTransaction(() -> tokens.fetchToken("visits", 0)))
                    .isEqualTo(new GlobalSequenceTrackingToken(7));
            assertThat(storage().readModels().visit(VISIT)).isPresent().isEqualTo(history.inMemory().visit(VISIT));
            assertThat(storage().readModels().timeline(AZ_PK)).hasSize(2);
        }

        @Test
        void aTokenAndReadModelRowsWrittenInOneTransactionRollBackTogether() {
            TokenStore tokens = storage().tokenStore(serializer());
            transactions().executeInTransaction(() -> tokens.initializeTokenSegments("visits", 1));
            EventHistory history = new EventHistory(storage(), storedNames());
            history.visit(VISIT, scheduled(VISIT));

            assertThatThrownBy(() -> transactions().executeInTransaction(() -> {
                tokens.fetchToken("visits", 0);
                history.foldInto(storage().readModels());
                assertThat(storage().readModels().visit(VISIT)).isPresent();
                tokens.storeToken(new GlobalSequenceTrackingToken(7), "visits", 0);
                throw new IllegalStateException("the projection failed after writing");
            })).hasMessageContaining("the projection failed");

            assertThat(transactions().fetchInTransaction(() -> tokens.fetchToken("visits", 0))).isNull();
            assertThat(storage().readModels().visit(VISIT)).isEmpty();
            assertThat(storage().readModels().dyads()).isEmpty();
            assertThat(storage().readModels().timeline(AZ_PK)).isEmpty();
            // The events were committed before; only the read models' rows went with the rollback.
            assertThat(history(history.engine(), VISIT)).hasSize(1);
        }
    }

    /** Settings that store events under their stored names, with Entente's upcasters, as the engine configures them. */
    static StorageSettings storedNames() {
        JsonSerialization json = new JsonSerialization();
        return new StorageSettings(json.events(), json.snapshots(), new EventUpcasterChain(json.upcasters()),
                SnapshotFilter.allowAll());
    }

    static AgreementConcluded concluded(AgreementId id, List<Country> parties) {
        return new AgreementConcluded(id, LocalDate.of(2024, 7, 10), "Preferential trade", InstrumentKind.AGREEMENT,
                parties, List.of(Sector.TRADE), List.of(Area.of("agriculture"), Area.of("textiles")),
                EntryIntoForceRule.daysAfterLastRatification(30), Period.ofYears(5), null, CITED);
    }

    static AgreementSigned signed(AgreementId id, LocalDate on) {
        return new AgreementSigned(id, on, "Islamabad", List.of(Signature.by(ALIYEV), Signature.by(SHARIF)), VISIT,
                CITED);
    }

    static DiplomaticRelationsEstablished established(Dyad dyad, LocalDate on) {
        return new DiplomaticRelationsEstablished(dyad, on, CITED);
    }

    static PartnershipDeclared partnership(Dyad dyad, LocalDate on) {
        return new PartnershipDeclared(dyad, on, PartnershipLevel.STRATEGIC, CITED);
    }

    static MeetingHeld summit() {
        return new MeetingHeld(SUMMIT, DAY, MeetingKind.SUMMIT, "Trilateral summit", "Astana", null,
                List.of(AZ, PK, TR), List.of(ALIYEV), "Declaration", CITED);
    }

    static final Annotations ANNOTATED = Annotations.of("a note", List.of(new Alternative("place", "Lahore", CITED)));

    /**
     * Visits, agreements, relationships and a multilateral meeting of four dyads, two events annotated, in an order
     * where the dates of the events and their positions disagree.
     */
    static EventHistory everything(EventHistory history) {
        history.relationship(AZ_PK, established(AZ_PK, LocalDate.of(1992, 6, 9)));
        history.visit(VISIT, scheduled(VISIT));
        history.agreement(TREATY, concluded(TREATY, List.of(AZ, PK)));
        history.visit(VISIT, arrived(VISIT, DAY), ANNOTATED);
        history.agreement(TREATY, signed(TREATY, DAY));
        history.visit(OTHER_VISIT, scheduled(OTHER_VISIT));
        history.agreement(AZ_TR_TREATY, concluded(AZ_TR_TREATY, List.of(AZ, TR)));
        history.relationship(FR_DE, established(FR_DE, LocalDate.of(1963, 1, 22)));
        history.relationship(AZ_PK, partnership(AZ_PK, LocalDate.of(2017, 9, 1)));
        history.meeting(SUMMIT, summit(), ANNOTATED);
        return history;
    }

    /**
     * Every question of {@link ReadModelStore} gives the same answer from {@code actual} as from {@code expected},
     * asked of every dyad, record and party {@code expected} knows (and of some it does not).
     */
    static void assertSameAnswers(ReadModelStore actual, ReadModelStore expected) {
        assertThat(actual.dyads()).isEqualTo(expected.dyads());
        assertThat(actual.visits()).containsExactlyInAnyOrderElementsOf(expected.visits());
        assertThat(actual.agreements()).containsExactlyInAnyOrderElementsOf(expected.agreements());
        assertThat(actual.relationships()).isEqualTo(expected.relationships());
        for (VisitRecord visit : expected.visits()) {
            assertThat(actual.visit(visit.id())).as("visit %s", visit.id()).contains(visit);
        }
        assertThat(actual.visit(VisitId.of("unknown"))).isEmpty();
        Set<Country> parties = new TreeSet<>(Comparator.comparing(Country::code));
        for (AgreementRecord agreement : expected.agreements()) {
            assertThat(actual.agreement(agreement.id())).as("agreement %s", agreement.id()).contains(agreement);
            parties.addAll(agreement.parties());
        }
        assertThat(actual.agreement(AgreementId.of("unknown"))).isEmpty();
        parties.add(FR_DE.first());
        for (Country party : parties) {
            for (LocalDate by : List.of(LONG_AGO, LocalDate.of(2024, 7, 9), LocalDate.of(2024, 7, 10), FAR_AHEAD)) {
                assertThat(actual.agreementsWith(party, by)).as("agreements with %s by %s", party, by)
                        .containsExactlyInAnyOrderElementsOf(expected.agreementsWith(party, by));
            }
        }
        List<Dyad> dyads = new ArrayList<>(expected.dyads());
        dyads.add(Dyad.of(FR_DE.first(), TR));
        for (Dyad dyad : dyads) {
            assertThat(actual.relationship(dyad)).as("relationship of %s", dyad).isEqualTo(expected.relationship(dyad));
            assertThat(actual.visitsOf(dyad)).as("visits of %s", dyad)
                    .containsExactlyInAnyOrderElementsOf(expected.visitsOf(dyad));
            assertThat(actual.agreementsOf(dyad)).as("agreements of %s", dyad)
                    .containsExactlyInAnyOrderElementsOf(expected.agreementsOf(dyad));
            assertThat(actual.meetingsOf(dyad)).as("meetings of %s", dyad)
                    .containsExactlyInAnyOrderElementsOf(expected.meetingsOf(dyad));
            assertThat(actual.timeline(dyad)).as("timeline of %s", dyad).isEqualTo(expected.timeline(dyad));
            for (LocalDate[] range : List.of(new LocalDate[] {LONG_AGO, FAR_AHEAD}, new LocalDate[] {DAY, DAY},
                    new LocalDate[] {LocalDate.of(2000, 1, 1), LocalDate.of(2024, 7, 10)})) {
                assertThat(actual.timeline(dyad, range[0], range[1]))
                        .as("timeline of %s from %s to %s", dyad, range[0], range[1])
                        .isEqualTo(expected.timeline(dyad, range[0], range[1]));
            }
        }
    }

    @Nested
    class ReadModels {

        private JdbcReadModelStore store() {
            return storage().readModels();
        }

        private EventHistory history() {
            return new EventHistory(storage(), storedNames());
        }

        @Test
        void aStoreWhoseEventTableWasNeverMadeAnswersEveryQuestionWithNothing() {
            // What a kill during the first start of `entente import` can leave (StoreCheckTest): the read-model tables
            // are made when the storage opens, the event table only when an engine asks for it. Nothing was folded,
            // so there is nothing to read from the events either.
            assertSameAnswers(store(), new InMemoryReadModelStore());
            assertThat(store().visit(VISIT)).isEmpty();
            assertThat(store().visitsOf(AZ_PK)).isEmpty();
            assertThat(store().timeline(AZ_PK)).isEmpty();
            assertThat(store().timeline(AZ_PK, LONG_AGO, FAR_AHEAD)).isEmpty();
        }

        @Test
        void everyQuestionIsAnsweredAsTheProjectorsFoldOfTheSameEventsInMemoryAnswersIt() {
            EventHistory history = everything(history());

            history.foldInto(store());

            InMemoryReadModelStore expected = history.inMemory();
            assertSameAnswers(store(), expected);
            // Not two empty answers alike: the fold made records and whole, annotated entries.
            assertThat(store().dyads()).containsExactly(AZ_PK, Dyad.of(AZ, TR), FR_DE, Dyad.of(PK, TR));
            assertThat(store().visitsOf(AZ_PK)).hasSize(2);
            assertThat(store().agreement(TREATY).orElseThrow().position()).isEqualTo(history.all().get(4).position());
            assertThat(store().timeline(AZ_PK)).hasSize(8).allSatisfy(entry -> assertThat(entry.summary()).isNotBlank());
            assertThat(store().timeline(AZ_PK)).filteredOn(entry -> !entry.annotations().isEmpty())
                    .extracting(TimelineEntry::position)
                    .containsExactly(history.all().get(3).position(), history.all().get(9).position());
        }

        @Test
        void aRecordRowNamesItsAggregateAndTheLastPositionFoldedAndATimelineRowIsItsKeyAlone() throws Exception {
            EventHistory history = everything(history());
            List<EventHistory.Stored> events = history.all();

            history.foldInto(store());

            assertThat(rows("SELECT model, doc_key, aggregate_id, event_position FROM entente_rm_record"))
                    .containsExactlyInAnyOrder(
                            List.of("visit", VISIT.value(), VISIT.aggregateId(), events.get(3).position()),
                            List.of("agreement", TREATY.value(), TREATY.aggregateId(), events.get(4).position()),
                            List.of("visit", OTHER_VISIT.value(), OTHER_VISIT.aggregateId(), events.get(5).position()),
                            List.of("agreement", AZ_TR_TREATY.value(), AZ_TR_TREATY.aggregateId(),
                                    events.get(6).position()),
                            List.of("meeting", SUMMIT.value(), SUMMIT.aggregateId(), events.get(9).position()));
            assertThat(columns("entente_rm_timeline")).containsExactlyInAnyOrder("dyad", "occurred_on",
                    "event_position");
            assertThat(columns("entente_rm_record")).containsExactlyInAnyOrder("model", "doc_key", "aggregate_id",
                    "event_position");
            assertThat(rows("SELECT event_position FROM entente_rm_timeline WHERE dyad = '" + AZ_PK + "'"))
                    .extracting(row -> row.get(0)).containsExactlyInAnyOrderElementsOf(
                            history.inMemory().timeline(AZ_PK).stream().map(TimelineEntry::position).toList());
            assertThat(tableExists("entente_rm_document")).isFalse();
        }

        @Test
        void writesTheChangesOfABatchInOneGoAndTakesEachRowOnlyOnce() throws Exception {
            EventHistory history = everything(history());
            InMemoryReadModelStore folded = history.inMemory();
            List<RelationshipFact> facts = new ArrayList<>();
            for (EventHistory.Stored event : history.all()) {
                if (event.payload() instanceof RelationshipEvent relationship) {
                    facts.add(RelationshipFact.of(relationship, event.position()));
                }
            }
            List<ReadModelStore.VisitLink> visitLinks = new ArrayList<>();
            List<ReadModelStore.AgreementLink> agreementLinks = new ArrayList<>();
            List<MeetingRecord> meetings = new ArrayList<>();
            List<TimelineEntry> entries = new ArrayList<>();
            for (Dyad dyad : folded.dyads()) {
                folded.visitsOf(dyad).forEach(v -> visitLinks.add(new ReadModelStore.VisitLink(dyad, v.id())));
                folded.agreementsOf(dyad).forEach(a -> agreementLinks.add(
                        new ReadModelStore.AgreementLink(dyad, a.id())));
                folded.meetingsOf(dyad).stream().filter(m -> !meetings.contains(m)).forEach(meetings::add);
                folded.timeline(dyad).forEach(e -> entries.add(TimelineEntry.at(dyad, e.occurredOn(), e.position())));
            }
            ReadModelStore.Changes changes = new ReadModelStore.Changes(folded.visits(), folded.agreements(), facts,
                    visitLinks, agreementLinks, entries, meetings);

            store().write(changes);
            store().write(changes);

            assertSameAnswers(store(), folded);
            assertThat(count("entente_rm_timeline")).isEqualTo(entries.size());
            assertThat(count("entente_rm_record")).isEqualTo(5);
            assertThat(count("entente_rm_relationship_fact")).isEqualTo(3);
        }

        @Test
        void savesAMeetingOnceAndLinksItToEveryPairOfItsStates() {
            EventHistory history = history();
            EventHistory.Stored held = history.meeting(SUMMIT, summit(), Annotations.NONE);
            MeetingRecord record = MeetingRecord.of(summit(), held.position(), Annotations.NONE);

            history.foldInto(store());
            store().save(record);
            store().write(new ReadModelStore.Changes(List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(record)));

            assertSameAnswers(store(), history.inMemory());
            assertThat(store().meetingsOf(AZ_PK)).containsExactly(record);
            assertThat(store().meetingsOf(Dyad.of(PK, TR))).containsExactly(record);
            assertThat(store().meetingsOf(Dyad.of(AZ, TR))).containsExactly(record);
            assertThat(store().meetingsOf(FR_DE)).isEmpty();
            assertThat(store().dyads()).containsExactly(AZ_PK, Dyad.of(AZ, TR), Dyad.of(PK, TR));
            store().clear();
            assertThat(store().meetingsOf(AZ_PK)).isEmpty();
            assertThat(store().dyads()).isEmpty();
            assertThat(store().timeline(AZ_PK)).isEmpty();
        }

        @Test
        void savesFindsAndReplacesVisits() {
            EventHistory history = history();
            EventHistory.Stored scheduled = history.visit(VISIT, scheduled(VISIT));
            history.foldInto(store());
            assertThat(store().visit(VISIT)).contains(VisitRecord.of(scheduled(VISIT), scheduled.position()));

            EventHistory.Stored arrived = history.visit(VISIT, arrived(VISIT, DAY));
            EventHistory.foldInto(store(), List.of(arrived));

            assertThat(store().visit(VISIT)).contains(VisitRecord.of(scheduled(VISIT), scheduled.position())
                    .apply(arrived(VISIT, DAY), arrived.position()));
            assertThat(store().visit(VISIT)).isEqualTo(history.inMemory().visit(VISIT));
            assertThat(store().visits()).hasSize(1);
            assertThat(store().visit(VisitId.of("unknown"))).isEmpty();
        }

        @Test
        void savesFindsAndReplacesAgreements() {
            EventHistory history = history();
            EventHistory.Stored concluded = history.agreement(TREATY, concluded(TREATY, List.of(AZ, PK)));
            history.foldInto(store());
            AgreementRecord first = AgreementRecord.of(concluded(TREATY, List.of(AZ, PK)), concluded.position());
            assertThat(store().agreement(TREATY)).contains(first);

            EventHistory.Stored signed = history.agreement(TREATY, signed(TREATY, DAY));
            EventHistory.foldInto(store(), List.of(signed));

            AgreementRecord second = first.apply(signed(TREATY, DAY), signed.position());
            assertThat(store().agreement(TREATY)).contains(second);
            assertThat(store().agreements()).containsExactly(second);
            assertThat(store().agreement(AgreementId.of("unknown"))).isEmpty();
        }

        @Test
        void foldsARelationshipFromItsFactsAndTakesEachFactOnlyOnce() {
            List<RelationshipFact> facts = relationshipFacts(AZ_PK);
            store().append(facts.get(1));
            store().append(facts.get(0));
            store().append(facts.get(1));

            assertThat(store().relationship(AZ_PK)).contains(relationshipRecord(AZ_PK));
            assertThat(store().relationships()).containsExactly(relationshipRecord(AZ_PK));
            assertThat(store().relationship(FR_DE)).isEmpty();
        }

        @Test
        void findsTheAgreementsOfAPartyConcludedByADate() {
            EventHistory history = history();
            EventHistory.Stored pk = history.agreement(TREATY, concluded(TREATY, List.of(AZ, PK)));
            EventHistory.Stored tr = history.agreement(AZ_TR_TREATY, concluded(AZ_TR_TREATY, List.of(AZ, TR)));
            history.foldInto(store());
            AgreementRecord withPk = AgreementRecord.of(concluded(TREATY, List.of(AZ, PK)), pk.position());
            AgreementRecord withTr = AgreementRecord.of(concluded(AZ_TR_TREATY, List.of(AZ, TR)), tr.position());
            LocalDate on = withTr.concludedOn();

            assertThat(store().agreementsWith(AZ, on)).containsExactlyInAnyOrder(withPk, withTr);
            assertThat(store().agreementsWith(TR, on)).containsExactly(withTr);
            assertThat(store().agreementsWith(AZ, on.minusDays(1))).isEmpty();
            assertThat(store().agreementsWith(FR_DE.first(), on)).isEmpty();
        }

        @Test
        void linksAreIdempotentAndListTheRecordsOfADyad() {
            EventHistory history = everything(history());
            history.foldInto(store());
            InMemoryReadModelStore expected = history.inMemory();

            store().link(AZ_PK, VISIT);
            store().link(AZ_PK, VISIT);
            store().link(AZ_PK, TREATY);
            store().link(AZ_PK, TREATY);
            store().link(Dyad.of(AZ, TR), AZ_TR_TREATY);
            store().link(AZ_PK, VisitId.of("not-yet-recorded"));
            store().link(AZ_PK, AgreementId.of("not-yet-recorded"));

            assertThat(store().visitsOf(AZ_PK)).hasSize(2).containsExactlyInAnyOrderElementsOf(expected.visitsOf(AZ_PK));
            assertThat(store().agreementsOf(AZ_PK)).containsExactlyElementsOf(expected.agreementsOf(AZ_PK))
                    .extracting(AgreementRecord::id).containsExactly(TREATY);
            assertThat(store().agreementsOf(Dyad.of(AZ, TR))).extracting(AgreementRecord::id)
                    .containsExactly(AZ_TR_TREATY);
            assertThat(store().visitsOf(FR_DE)).isEmpty();
            assertSameAnswers(store(), expected);
        }

        @Test
        void listsEveryDyadWithARelationshipAVisitOrAnAgreementInCanonicalOrder() {
            relationshipFacts(FR_DE).forEach(store()::append);
            store().link(Dyad.of(TR, AZ), AgreementId.of("az-tr-agreement"));
            store().link(AZ_PK, VISIT);
            relationshipFacts(AZ_PK).forEach(store()::append);

            assertThat(store().dyads()).containsExactly(AZ_PK, Dyad.of(AZ, TR), FR_DE);
        }

        @Test
        void timelineEntriesAreAddedOnceAndReadByDateThenPositionWithinAnInclusiveRange() {
            LocalDate first = DAY;
            LocalDate second = first.plusDays(1);
            EventHistory history = history();
            EventHistory.Stored secondDay = history.relationship(AZ_PK, established(AZ_PK, second));
            history.visit(VISIT, scheduled(VISIT));
            EventHistory.Stored early = history.visit(VISIT, arrived(VISIT, first));
            history.agreement(TREATY, concluded(TREATY, List.of(AZ, PK)));
            EventHistory.Stored late = history.agreement(TREATY, signed(TREATY, first));
            history.relationship(FR_DE, established(FR_DE, first));
            history.relationship(AZ_PK, partnership(AZ_PK, second.plusDays(1)));
            history.foldInto(store());
            InMemoryReadModelStore expected = history.inMemory();

            store().append(TimelineEntry.at(AZ_PK, second, secondDay.position()));
            store().write(new ReadModelStore.Changes(List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(TimelineEntry.at(AZ_PK, first, early.position()))));

            assertThat(store().timeline(AZ_PK, first, second)).extracting(TimelineEntry::position)
                    .containsExactly(early.position(), late.position(), secondDay.position());
            assertThat(store().timeline(AZ_PK, first, second)).isEqualTo(expected.timeline(AZ_PK, first, second));
            assertThat(store().timeline(AZ_PK, LONG_AGO, FAR_AHEAD)).hasSize(6)
                    .isEqualTo(expected.timeline(AZ_PK, LONG_AGO, FAR_AHEAD));
            assertThat(store().timeline(AZ_PK, first, first)).first().isEqualTo(expected.timeline(AZ_PK).stream()
                    .filter(entry -> entry.position() == early.position()).findFirst().orElseThrow());
            assertThat(store().timeline(FR_DE, second, second.plusDays(5))).isEmpty();
            assertThat(store().timeline(FR_DE, first, first)).hasSize(1);
        }

        @Test
        void clearRemovesEveryReadModel() {
            EventHistory history = everything(history());
            history.foldInto(store());

            store().clear();

            assertThat(store().agreementsWith(AZ, FAR_AHEAD)).isEmpty();
            assertThat(store().visit(VISIT)).isEmpty();
            assertThat(store().agreement(TREATY)).isEmpty();
            assertThat(store().relationship(AZ_PK)).isEmpty();
            assertThat(store().agreements()).isEmpty();
            assertThat(store().visits()).isEmpty();
            assertThat(store().relationships()).isEmpty();
            assertThat(store().dyads()).isEmpty();
            assertThat(store().visitsOf(AZ_PK)).isEmpty();
            assertThat(store().meetingsOf(AZ_PK)).isEmpty();
            assertThat(store().timeline(AZ_PK, LONG_AGO, FAR_AHEAD)).isEmpty();
            assertThat(store().timeline(AZ_PK)).isEmpty();
            // The events are the history, not read models: they stay.
            assertThat(everything(history.engine())).hasSize(history.all().size());
        }

        @Test
        void writesJoinTheTransactionOpenOnTheThread() {
            EventHistory history = history();
            history.visit(VISIT, scheduled(VISIT));
            JdbcTransactionManager transactions = storage().transactionManager();
            Transaction transaction = transactions.startTransaction();
            history.foldInto(store());
            store().link(AZ_PK, VISIT);
            assertThat(store().visitsOf(AZ_PK)).isEqualTo(history.inMemory().visitsOf(AZ_PK)).hasSize(1);
            assertThat(store().timeline(AZ_PK)).hasSize(1);
            transaction.rollback();

            assertThat(store().visit(VISIT)).isEmpty();
            assertThat(store().dyads()).isEmpty();
            assertThat(store().timeline(AZ_PK, LONG_AGO, FAR_AHEAD)).isEmpty();
        }

        @Test
        void aRecordIsReadUpToThePositionTheReadModelsFoldedAndNotBeyondEvenWhenLaterEventsAreStored() {
            EventHistory history = history();
            history.visit(VISIT, scheduled(VISIT));
            history.agreement(TREATY, concluded(TREATY, List.of(AZ, PK)));
            history.foldInto(store());
            InMemoryReadModelStore folded = history.inMemory();

            history.visit(VISIT, arrived(VISIT, DAY));
            history.agreement(TREATY, signed(TREATY, DAY));
            history.relationship(AZ_PK, established(AZ_PK, DAY));

            assertSameAnswers(store(), folded);
            assertThat(store().visit(VISIT).orElseThrow().position()).isEqualTo(history.all().get(0).position());
            assertThat(store().agreement(TREATY).orElseThrow().position()).isEqualTo(history.all().get(1).position());
            assertThat(store().timeline(AZ_PK)).hasSize(2);

            EventHistory.foldInto(store(), history.all().subList(2, 5));
            assertSameAnswers(store(), history.inMemory());
            assertThat(store().timeline(AZ_PK)).hasSize(5);
        }

        @Test
        void aRecordReadAgainIsFoldedOnFromWhereItWasReadWithOnlyTheEventsStoredSince() {
            // Given a visit the read models folded and read once, as the event processor reads a record per batch
            EventHistory history = history();
            history.visit(VISIT, scheduled(VISIT));
            history.visit(VISIT, arrived(VISIT, DAY));
            history.foldInto(store());
            assertThat(store().visit(VISIT)).isPresent();
            Counting counting = new Counting(storedNames());
            store().decodeWith(counting);
            assertThat(store().visit(VISIT)).isPresent();
            int before = counting.events.get();

            // When two more batches of its events are stored and folded, each reading the record first
            history.visit(VISIT, ceremony(VISIT));
            EventHistory.foldInto(store(), history.all().subList(2, 3));
            history.visit(VISIT, talks(VISIT));
            EventHistory.foldInto(store(), history.all().subList(3, 4));

            // Then each read decoded only the events stored after those folded when it was last read (the ceremony,
            // then the ceremony and the talks: 3, where folding from the first event would have decoded 3 and 4), and
            // the record is the whole fold's, as another storage on the same database, which read nothing before,
            // folds it
            assertThat(counting.events.get() - before).isEqualTo(3);
            assertSameAnswers(store(), history.inMemory());
            assertThat(store().visit(VISIT)).isEqualTo(open().readModels().visit(VISIT))
                    .contains(history.inMemory().visit(VISIT).orElseThrow());
            assertThat(store().visit(VISIT).orElseThrow().position()).isEqualTo(history.all().get(3).position());
        }

        @Test
        void aRecordReadBeforeAWithdrawalIsFoldedAgainFromItsFirstEventAfterIt() {
            // Given a visit read, and a withdrawal of one of its events stored before the read models fold it
            EventHistory history = history();
            history.visit(VISIT, scheduled(VISIT));
            EventHistory.Stored ceremony = history.visit(VISIT, ceremony(VISIT));
            history.foldInto(store());
            assertThat(store().visit(VISIT).orElseThrow().ceremonies()).isNotEmpty();
            EventHistory.Stored talks = history.visit(VISIT, talks(VISIT));
            history.withdraw(ceremony);

            // When the read models fold the next event, reading the record first
            EventHistory.foldInto(store(), List.of(talks));

            // Then the withdrawn ceremony is passed over, as a storage that read nothing before gives it
            VisitRecord expected = VisitRecord.of(scheduled(VISIT), history.all().get(0).position())
                    .apply(talks(VISIT), talks.position());
            assertThat(store().visit(VISIT)).contains(expected);
            assertThat(open().readModels().visit(VISIT)).contains(expected);
            assertSameAnswers(store(), history.inMemory());
        }

        @Test
        void aRecordAnotherStorageFoldedFurtherOrRebuiltEarlierIsReadAsItsRowNowSays() {
            // Given an agreement read here, and a second storage on the same database (another process)
            EventHistory history = history();
            history.agreement(TREATY, concluded(TREATY, List.of(AZ, PK)));
            history.foldInto(store());
            AgreementRecord concludedOnly = store().agreement(TREATY).orElseThrow();
            JdbcStorage other = open();

            // When the other one folds a later event of it
            history.agreement(TREATY, signed(TREATY, DAY));
            EventHistory.foldInto(other.readModels(), history.all().subList(1, 2));

            // Then this one reads the record the other one's row names
            assertThat(store().agreement(TREATY)).contains(history.inMemory().agreement(TREATY).orElseThrow())
                    .isNotEqualTo(Optional.of(concludedOnly));

            // And when the other one rebuilds the read models up to the first event only (a replay under way)
            other.transactionManager().executeInTransaction(() -> {
                other.readModels().clear();
                EventHistory.foldInto(other.readModels(), history.all().subList(0, 1));
            });

            // Then this one reads the record of the first event again, not the one it read last
            assertThat(store().agreement(TREATY)).contains(concludedOnly);

            // And after a clear with nothing folded, nothing
            other.readModels().clear();
            assertThat(store().agreement(TREATY)).isEmpty();
            assertThat(store().visit(VISIT)).isEmpty();
        }

        @Test
        void aWithdrawnEventIsPassedOverWhereverItsWithdrawalStands() {
            EventHistory history = history();
            history.visit(VISIT, scheduled(VISIT));
            EventHistory.Stored ceremony = history.visit(VISIT, ceremony(VISIT));
            history.withdraw(ceremony);
            history.visit(VISIT, talks(VISIT));
            history.foldInto(store());

            assertSameAnswers(store(), history.inMemory());
            assertThat(store().visit(VISIT).orElseThrow().position()).isEqualTo(history.all().get(3).position());
            assertThat(store().timeline(AZ_PK)).extracting(TimelineEntry::position)
                    .doesNotContain(ceremony.position()).hasSize(2);
        }

        @Test
        void anEventWithdrawnAfterTheReadModelsFoldedItIsPassedOverAndItsEntryGone() {
            EventHistory history = history();
            history.visit(VISIT, scheduled(VISIT));
            EventHistory.Stored ceremony = history.visit(VISIT, ceremony(VISIT));
            history.foldInto(store());
            assertThat(store().timeline(AZ_PK)).extracting(TimelineEntry::position).contains(ceremony.position());

            EventHistory.Stored talks = history.visit(VISIT, talks(VISIT));
            history.withdraw(ceremony);
            EventHistory.foldInto(store(), List.of(talks));

            assertSameAnswers(store(), history.inMemory());
            assertThat(store().visit(VISIT)).contains(VisitRecord.of(scheduled(VISIT), history.all().get(0).position())
                    .apply(talks(VISIT), talks.position()));
            assertThat(store().timeline(AZ_PK)).extracting(TimelineEntry::position)
                    .doesNotContain(ceremony.position()).hasSize(2);
        }

        @Test
        void eventsStoredByAnotherConfiguredSerializerAreReadAsThatSerializerReadsThem() {
            // settings(): Axon's Jackson serializer, which stores each event under its class name, not Entente's names.
            EventHistory history = everything(new EventHistory(storage(), settings()));
            assertThat(storage().eventRows(-1, Long.MAX_VALUE, 100).orElseThrow())
                    .extracting(EventRow::payloadType).contains(VisitScheduled.class.getName());

            history.foldInto(store());

            assertSameAnswers(store(), history.inMemory());
        }

        @Test
        void anEventWithdrawnAfterTheReadModelsFoldedItIsPassedOverWhateverSerializerStoredTheWithdrawal() {
            EventHistory history = new EventHistory(storage(), settings());
            history.visit(VISIT, scheduled(VISIT));
            EventHistory.Stored ceremony = history.visit(VISIT, ceremony(VISIT));
            history.foldInto(store());

            EventHistory.Stored talks = history.visit(VISIT, talks(VISIT));
            history.withdraw(ceremony);
            EventHistory.foldInto(store(), List.of(talks));

            assertSameAnswers(store(), history.inMemory());
        }

        @Test
        void anEventOfANewerShapeAndAnOlderRevisionAreReadThroughTheConfiguredSerializerAndUpcasters()
                throws Exception {
            EventHistory history = everything(history());
            history.foldInto(store());
            InMemoryReadModelStore expected = history.inMemory();
            EventHistory.Stored arrival = history.all().get(3);
            EventHistory.Stored signing = history.all().get(4);
            ObjectMapper json = new ObjectMapper();

            ObjectNode newer = (ObjectNode) json.readTree(payloadOf(arrival.position()));
            newer.put("aFieldOfALaterVersion", "passed over by the serializer");
            ObjectNode older = (ObjectNode) json.readTree(payloadOf(signing.position()));
            ArrayNode signatories = older.putArray("signatories");
            older.remove("signatures").forEach(signature -> signatories.add(signature.get("signatory")));
            rewrite(arrival.position(), json.writeValueAsBytes(newer), null);
            rewrite(signing.position(), json.writeValueAsBytes(older), "1");

            assertSameAnswers(store(), expected);
            assertThat(store().agreement(TREATY).orElseThrow().signings()).singleElement()
                    .isEqualTo(signed(TREATY, DAY));
        }

        private byte[] payloadOf(long position) throws SQLException {
            EventSchema schema = new EventSchema();
            try (Connection connection = storage().transactionManager().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT " + schema.payloadColumn() + " FROM "
                         + schema.domainEventTable() + " WHERE " + schema.globalIndexColumn() + " = " + position)) {
                assertThat(rows.next()).isTrue();
                return rows.getBytes(1);
            }
        }

        /** Rewrites the stored payload (and, unless null, the revision) of the event at {@code position}. */
        private void rewrite(long position, byte[] payload, String revision) throws SQLException {
            EventSchema schema = new EventSchema();
            try (Connection connection = storage().transactionManager().getConnection();
                 PreparedStatement update = connection.prepareStatement("UPDATE " + schema.domainEventTable()
                         + " SET " + schema.payloadColumn() + " = ?"
                         + (revision == null ? "" : ", " + schema.payloadRevisionColumn() + " = '" + revision + "'")
                         + " WHERE " + schema.globalIndexColumn() + " = ?")) {
                update.setBytes(1, payload);
                update.setLong(2, position);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
        }

        private List<List<Object>> rows(String sql) throws SQLException {
            try (Connection connection = storage().transactionManager().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery(sql)) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = result.getObject(i);
                        row.add(value instanceof Number number ? (Object) number.longValue() : value);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }

        private long count(String table) throws SQLException {
            return (Long) rows("SELECT COUNT(*) FROM " + table).get(0).get(0);
        }

        private List<String> columns(String table) throws SQLException {
            try (Connection connection = storage().transactionManager().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    names.add(result.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
                }
                return names;
            }
        }

        private boolean tableExists(String table) throws SQLException {
            try (Connection connection = storage().transactionManager().getConnection()) {
                return Sql.tableExists(connection, table);
            }
        }
    }

    static CeremonyHeld ceremony(VisitId visit) {
        return new CeremonyHeld(visit, DAY, CeremonyKind.WREATH_LAYING, "Wreath laid at the National Monument",
                "Pakistan Monument, Islamabad", CITED);
    }

    static TalksHeld talks(VisitId visit) {
        return new TalksHeld(visit, DAY.plusDays(1), TalksFormat.DELEGATION_LEVEL, List.of(ALIYEV, SHARIF),
                List.of(Sector.TRADE), CITED);
    }

    @Nested
    class Restart {

        @Test
        void aSecondStorageOnTheSameDatabasePicksUpWhereTheFirstLeftOff() {
            JdbcStorage first = open();
            EventHistory history = new EventHistory(first, storedNames());
            history.visit(VISIT, scheduled(VISIT));
            history.visit(VISIT, arrived(VISIT, DAY));
            history.relationship(AZ_PK, established(AZ_PK, DAY));
            history.foldInto(first.readModels());
            TokenStore firstTokens = first.tokenStore(serializer());
            first.transactionManager().executeInTransaction(() -> {
                firstTokens.initializeTokenSegments("visits", 1);
                firstTokens.fetchToken("visits", 0);
                firstTokens.storeToken(new GlobalSequenceTrackingToken(1), "visits", 0);
                firstTokens.releaseClaim("visits", 0);
            });
            first.close();

            JdbcStorage second = open();
            second.readModels().createSchema();
            TokenStore secondTokens = second.tokenStore(serializer());

            assertThat(payloads(history(second.eventStorage(storedNames()), VISIT)))
                    .containsExactly(scheduled(VISIT), arrived(VISIT, DAY));
            assertSameAnswers(second.readModels(), history.inMemory());
            assertThat(second.readModels().timeline(AZ_PK, DAY, DAY)).hasSize(2);
            assertThat(second.transactionManager().fetchInTransaction(() -> secondTokens.fetchToken("visits", 0)))
                    .isEqualTo(new GlobalSequenceTrackingToken(1));
        }
    }

    @Nested
    class TokenClaims {

        @Test
        void aSegmentClaimedByOneNodeCannotBeClaimedByAnotherUntilReleased() {
            // A claim timeout far longer than the test, so that no claim lapses however slow the machine.
            JdbcStorage one = track(builder().claimTimeout(Duration.ofHours(1)).build());
            JdbcStorage other = track(builder().claimTimeout(Duration.ofHours(1)).build());
            assertThat(one.nodeId()).isNotEqualTo(other.nodeId());
            TokenStore first = one.tokenStore(serializer());
            TokenStore second = other.tokenStore(serializer());
            one.transactionManager().executeInTransaction(() -> first.initializeTokenSegments("visits", 2));

            one.transactionManager().executeInTransaction(() -> first.fetchToken("visits", 0));

            assertThatThrownBy(() -> other.transactionManager()
                    .executeInTransaction(() -> second.fetchToken("visits", 0)))
                    .isInstanceOf(UnableToClaimTokenException.class);
            assertThat(other.transactionManager().fetchInTransaction(() -> second.fetchAvailableSegments("visits")))
                    .extracting(Segment::getSegmentId).containsExactly(1);
            other.transactionManager().executeInTransaction(() -> second.fetchToken("visits", 1));
            assertThat(one.transactionManager().fetchInTransaction(() -> first.fetchAvailableSegments("visits")))
                    .extracting(Segment::getSegmentId).containsExactly(0);

            one.transactionManager().executeInTransaction(() -> first.releaseClaim("visits", 0));

            other.transactionManager().executeInTransaction(() -> second.fetchToken("visits", 0));
            assertThatThrownBy(() -> one.transactionManager()
                    .executeInTransaction(() -> first.fetchToken("visits", 0)))
                    .isInstanceOf(UnableToClaimTokenException.class);
        }
    }

    @Nested
    class AppliedCommands {

        @Test
        void saysInBulkWhichAggregatesHaveEvents() {
            EventStorageEngine engine = storage().eventStorage(settings());
            VisitId other = VisitId.of("other-visit");
            engine.appendEvents(event(VISIT, 0, scheduled(VISIT)), event(VISIT, 1, arrived(VISIT, DAY)));
            engine.appendEvents(event(other, 0, scheduled(other)));
            List<String> asked = new ArrayList<>(List.of(VISIT.aggregateId(), other.aggregateId()));
            for (int i = 0; i < 600; i++) {
                asked.add("visit:never-" + i);
            }

            assertThat(storage().aggregatesWithEvents(asked))
                    .contains(Set.of(VISIT.aggregateId(), other.aggregateId()));
            assertThat(storage().aggregatesWithEvents(List.of("visit:never"))).contains(Set.of());
        }

        @Test
        void saysAnAggregateWhoseHistoryDoesNotBeginAtSequenceZeroHasEvents() {
            // Axon begins an aggregate at 0, but a history stored otherwise (imported, say) has events all the same.
            EventStorageEngine engine = storage().eventStorage(settings());
            VisitId late = VisitId.of("late-visit");
            engine.appendEvents(event(late, 3, scheduled(late)), event(late, 4, arrived(late, DAY)));
            engine.appendEvents(event(VISIT, 0, scheduled(VISIT)));

            assertThat(storage().aggregatesWithEvents(List.of(late.aggregateId(), VISIT.aggregateId(), "visit:never")))
                    .contains(Set.of(late.aggregateId(), VISIT.aggregateId()));
        }

        @Test
        void recordsManyCommandsInBatchesOnceEachAndAnswersForManyDigestsAtOnce() {
            List<AppliedCommand> commands = new ArrayList<>();
            for (int i = 0; i < 1_201; i++) {
                commands.add(new AppliedCommand("digest-" + i, "chronicle.json:" + i + ":1", "visit:v-" + i, i % 3));
            }
            JdbcCommandLog log = storage().commandLog();
            Transaction transaction = storage().transactionManager().startTransaction();
            log.recordAll(commands.subList(0, 1_000));
            // Recording a digest again changes nothing, even in the same batch as new ones.
            log.recordAll(commands.subList(900, 1_201));
            transaction.commit();

            assertThat(log.entries()).hasSize(1_201).contains(commands.get(0), commands.get(1_200));
            List<String> asked = new ArrayList<>(List.of("digest-0", "digest-777", "digest-1200", "never-applied"));
            for (int i = 0; i < 1_000; i++) {
                asked.add("unknown-" + i);
            }
            assertThat(log.containing(asked)).containsExactlyInAnyOrder("digest-0", "digest-777", "digest-1200");
            assertThat(log.containing(List.of())).isEmpty();
        }

        @Test
        void aBatchOfCommandsRolledBackLeavesNoneRecorded() {
            JdbcCommandLog log = storage().commandLog();
            Transaction transaction = storage().transactionManager().startTransaction();
            log.recordAll(List.of(AppliedCommand.of("digest-1", "a"), AppliedCommand.of("digest-2", "b")));
            transaction.rollback();

            assertThat(log.entries()).isEmpty();
            assertThat(log.containing(List.of("digest-1", "digest-2"))).isEmpty();
        }
    }

    /** Entente's decoder over {@code settings}, counting the events it decodes. */
    static final class Counting implements dev.entente.application.spi.EventRowDecoder {
        final java.util.concurrent.atomic.AtomicInteger events = new java.util.concurrent.atomic.AtomicInteger();
        private final dev.entente.application.spi.EventRowDecoder decoder;

        Counting(StorageSettings settings) {
            this.decoder = new dev.entente.adapters.json.StreamingEventDecoder(() ->
                    new dev.entente.application.projection.SerializedEvents(settings.eventSerializer(),
                            settings.upcasterChain()));
        }

        @Override
        public Object event(dev.entente.application.spi.EventRow row) {
            events.incrementAndGet();
            return decoder.event(row);
        }

        @Override
        public Annotations annotations(dev.entente.application.spi.EventRow row) {
            return decoder.annotations(row);
        }
    }
}
