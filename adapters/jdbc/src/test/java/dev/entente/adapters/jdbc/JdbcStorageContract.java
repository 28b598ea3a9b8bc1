package dev.entente.adapters.jdbc;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.FR_DE;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.Sources.SEED_ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.readmodel.Alternative;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.readmodel.RelationshipFact;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.AppliedCommand;
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
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.WrittenDate;
import java.net.URI;
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
import java.util.List;
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

    static VisitRecord visitRecord(VisitId visit) {
        return VisitRecord.of(scheduled(visit), 1);
    }

    static AgreementRecord agreementRecord(AgreementId id, List<dev.entente.domain.shared.Country> parties) {
        return AgreementRecord.of(new AgreementConcluded(id, LocalDate.of(2024, 7, 10), "Preferential trade",
                InstrumentKind.AGREEMENT, parties, List.of(Sector.TRADE),
                List.of(Area.of("agriculture"), Area.of("textiles")),
                EntryIntoForceRule.daysAfterLastRatification(30), Period.ofYears(5), null, CITED), 2);
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

    static TimelineEntry entry(Dyad dyad, LocalDate on, long position, String summary) {
        return new TimelineEntry(dyad, on, position, "visit.scheduled", VISIT.value(), summary, CITED);
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

            transactions().executeInTransaction(() -> {
                tokens.fetchToken("visits", 0);
                storage().readModels().save(visitRecord(VISIT));
                tokens.storeToken(new GlobalSequenceTrackingToken(7), "visits", 0);
            });

            assertThat(transactions().fetchInTransaction(() -> tokens.fetchToken("visits", 0)))
                    .isEqualTo(new GlobalSequenceTrackingToken(7));
            assertThat(storage().readModels().visit(VISIT)).contains(visitRecord(VISIT));
        }

        @Test
        void aTokenAndReadModelRowsWrittenInOneTransactionRollBackTogether() {
            TokenStore tokens = storage().tokenStore(serializer());
            transactions().executeInTransaction(() -> tokens.initializeTokenSegments("visits", 1));

            assertThatThrownBy(() -> transactions().executeInTransaction(() -> {
                tokens.fetchToken("visits", 0);
                storage().readModels().save(visitRecord(VISIT));
                tokens.storeToken(new GlobalSequenceTrackingToken(7), "visits", 0);
                throw new IllegalStateException("the projection failed after writing");
            })).hasMessageContaining("the projection failed");

            assertThat(transactions().fetchInTransaction(() -> tokens.fetchToken("visits", 0))).isNull();
            assertThat(storage().readModels().visit(VISIT)).isEmpty();
        }
    }

    @Nested
    class ReadModels {

        private JdbcReadModelStore store() {
            return storage().readModels();
        }

        @Test
        void writesTheChangesOfABatchInOneGoAndTakesATimelineEntryOnlyOnce() {
            VisitRecord visit = visitRecord(VISIT);
            AgreementRecord agreement = agreementRecord(TREATY, List.of(AZ, PK));
            RelationshipRecord relationship = relationshipRecord(AZ_PK);
            List<RelationshipFact> facts = relationshipFacts(AZ_PK);
            TimelineEntry first = entry(AZ_PK, DAY, 1, "first");
            TimelineEntry second = entry(AZ_PK, DAY, 2, "second");
            ReadModelStore.Changes changes = new ReadModelStore.Changes(List.of(visit), List.of(agreement),
                    facts, List.of(new ReadModelStore.VisitLink(AZ_PK, VISIT)),
                    List.of(new ReadModelStore.AgreementLink(AZ_PK, TREATY)), List.of(first, second));

            store().write(changes);
            store().write(new ReadModelStore.Changes(List.of(), List.of(), List.of(facts.get(1)), List.of(), List.of(),
                    List.of(entry(AZ_PK, DAY, 2, "second, again"))));

            assertThat(store().visit(VISIT)).contains(visit);
            assertThat(store().agreement(TREATY)).contains(agreement);
            assertThat(store().relationship(AZ_PK)).contains(relationship);
            assertThat(store().visitsOf(AZ_PK)).containsExactly(visit);
            assertThat(store().agreementsOf(AZ_PK)).containsExactly(agreement);
            assertThat(store().timeline(AZ_PK, DAY, DAY)).containsExactly(first, second);
        }

        @Test
        void aTimelineEntryReadsBackWholeThoughItsRowKeepsDyadDayAndPositionOnlyInColumns() throws Exception {
            Source withAddress = new Source("Joint statement", "Ministry of Foreign Affairs", DAY,
                    URI.create("https://mfa.example/statement"));
            TimelineEntry partlyDated = new TimelineEntry(AZ_PK, LocalDate.of(1995, 3, 31), 7, "agreement.signed",
                    TREATY.value(), "Signed \"quoted\" in March", List.of(withAddress, SEED_ARTICLE),
                    WrittenDate.parse("1995-03"), Annotations.of("a note", List.of(
                            new Alternative("place", "Lahore", CITED))));
            TimelineEntry exact = entry(AZ_PK, DAY, 8, "exact");
            TimelineEntry appended = entry(AZ_PK, DAY, 9, "appended alone");

            store().write(new ReadModelStore.Changes(List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(partlyDated, exact)));
            store().append(appended);

            assertThat(store().timeline(AZ_PK)).containsExactly(partlyDated, exact, appended);
            assertThat(store().timeline(AZ_PK, LONG_AGO, FAR_AHEAD)).containsExactly(partlyDated, exact, appended);
            assertThat(store().timeline(AZ_PK, DAY, DAY)).containsExactly(exact, appended);
            String body = bodyOfTimelineRow(8);
            assertThat(body).startsWith("{\"kind\":\"visit.scheduled\"")
                    .doesNotContain("\"dyad\"", "\"occurredOn\"", "\"position\"", "null", "annotations");
        }

        @Test
        void aRecordCitingASourceOthersCiteTooIsStoredAsTheMapperWritesIt() throws Exception {
            VisitRecord visit = visitRecord(VISIT).apply(arrived(VISIT, DAY), 2);
            VisitId other = VisitId.of("aliyev-pakistan-2025");
            VisitRecord second = visitRecord(other);

            store().save(visit);
            store().write(new ReadModelStore.Changes(List.of(second), List.of(), List.of(), List.of(), List.of(),
                    List.of()));

            ObjectMapper plain = EntenteJson.mapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
            assertThat(documentBody(VISIT.value())).isEqualTo(plain.writeValueAsString(visit));
            assertThat(documentBody(other.value())).isEqualTo(plain.writeValueAsString(second));
            assertThat(store().visit(VISIT)).contains(visit);
            assertThat(store().visit(other)).contains(second);
        }

        private String bodyOfTimelineRow(long position) throws SQLException {
            return text("SELECT body FROM entente_rm_timeline WHERE event_position = " + position);
        }

        private String documentBody(String key) throws SQLException {
            return text("SELECT body FROM entente_rm_document WHERE doc_key = '" + key + "'");
        }

        private String text(String sql) throws SQLException {
            try (Connection connection = storage().transactionManager().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(sql)) {
                assertThat(rows.next()).as(sql).isTrue();
                return rows.getString(1);
            }
        }

        @Test
        void savesAMeetingOnceAndLinksItToEveryPairOfItsStates() {
            MeetingRecord summit = MeetingRecord.of(new MeetingHeld(MeetingId.of("az-pk-tr-summit-2024"), DAY,
                    MeetingKind.SUMMIT, "Trilateral summit", "Astana", null, List.of(AZ, PK, TR), List.of(ALIYEV),
                    "Declaration", CITED), 7, Annotations.NONE);

            store().save(summit);
            store().write(new ReadModelStore.Changes(List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(summit)));

            assertThat(store().meetingsOf(AZ_PK)).containsExactly(summit);
            assertThat(store().meetingsOf(Dyad.of(PK, TR))).containsExactly(summit);
            assertThat(store().meetingsOf(Dyad.of(AZ, TR))).containsExactly(summit);
            assertThat(store().meetingsOf(FR_DE)).isEmpty();
            assertThat(store().dyads()).containsExactly(AZ_PK, Dyad.of(AZ, TR), Dyad.of(PK, TR));
            store().clear();
            assertThat(store().meetingsOf(AZ_PK)).isEmpty();
            assertThat(store().dyads()).isEmpty();
        }

        @Test
        void savesFindsAndReplacesVisits() {
            VisitRecord scheduled = visitRecord(VISIT);
            store().save(scheduled);
            assertThat(store().visit(VISIT)).contains(scheduled);

            VisitRecord arrived = scheduled.apply(arrived(VISIT, DAY), 5);
            store().save(arrived);

            assertThat(store().visit(VISIT)).contains(arrived);
            assertThat(store().visit(VisitId.of("unknown"))).isEmpty();
        }

        @Test
        void savesFindsAndReplacesAgreements() {
            AgreementRecord concluded = agreementRecord(TREATY, List.of(AZ, PK));
            store().save(concluded);
            assertThat(store().agreement(TREATY)).contains(concluded);

            AgreementRecord signed = concluded.apply(new AgreementSigned(TREATY, DAY, "Islamabad",
                    List.of(Signature.by(ALIYEV), Signature.forParty(PK)), VISIT, CITED), 6);
            store().save(signed);

            assertThat(store().agreement(TREATY)).contains(signed);
            assertThat(store().agreements()).containsExactly(signed);
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
            AgreementId tr = AgreementId.of("az-tr-agreement");
            store().save(agreementRecord(TREATY, List.of(AZ, PK)));
            store().save(agreementRecord(tr, List.of(AZ, TR)));
            LocalDate concluded = agreementRecord(tr, List.of(AZ, TR)).concludedOn();

            assertThat(store().agreementsWith(AZ, concluded)).containsExactlyInAnyOrder(
                    agreementRecord(TREATY, List.of(AZ, PK)), agreementRecord(tr, List.of(AZ, TR)));
            assertThat(store().agreementsWith(TR, concluded)).containsExactly(agreementRecord(tr, List.of(AZ, TR)));
            assertThat(store().agreementsWith(AZ, concluded.minusDays(1))).isEmpty();
            assertThat(store().agreementsWith(FR_DE.first(), concluded)).isEmpty();
        }

        @Test
        void linksAreIdempotentAndListTheRecordsOfADyad() {
            VisitId other = VisitId.of("other-visit");
            AgreementId tr = AgreementId.of("az-tr-agreement");
            store().save(visitRecord(VISIT));
            store().save(visitRecord(other));
            store().save(agreementRecord(TREATY, List.of(AZ, PK)));
            store().save(agreementRecord(tr, List.of(AZ, TR)));

            store().link(AZ_PK, VISIT);
            store().link(AZ_PK, VISIT);
            store().link(AZ_PK, TREATY);
            store().link(AZ_PK, TREATY);
            store().link(Dyad.of(AZ, TR), tr);
            store().link(AZ_PK, VisitId.of("not-yet-recorded"));

            assertThat(store().visitsOf(AZ_PK)).containsExactly(visitRecord(VISIT));
            assertThat(store().agreementsOf(AZ_PK)).containsExactly(agreementRecord(TREATY, List.of(AZ, PK)));
            assertThat(store().agreementsOf(Dyad.of(AZ, TR))).containsExactly(agreementRecord(tr, List.of(AZ, TR)));
            assertThat(store().visitsOf(FR_DE)).isEmpty();
            assertThat(store().agreements()).containsExactlyInAnyOrder(agreementRecord(TREATY, List.of(AZ, PK)),
                    agreementRecord(tr, List.of(AZ, TR)));
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
            LocalDate first = LocalDate.of(2024, 7, 11);
            LocalDate second = first.plusDays(1);
            store().append(entry(AZ_PK, second, 3, "second day, first event"));
            store().append(entry(AZ_PK, first, 9, "first day, late position"));
            store().append(entry(AZ_PK, first, 4, "first day, early position"));
            store().append(entry(AZ_PK, second, 3, "the same position again"));
            store().append(entry(AZ_PK, first.minusDays(1), 1, "the day before"));
            store().append(entry(AZ_PK, second.plusDays(1), 12, "the day after"));
            store().append(entry(FR_DE, first, 5, "another dyad"));

            assertThat(store().timeline(AZ_PK, first, second)).extracting(TimelineEntry::summary).containsExactly(
                    "first day, early position", "first day, late position", "second day, first event");
            assertThat(store().timeline(AZ_PK, LONG_AGO, FAR_AHEAD)).hasSize(5);
            assertThat(store().timeline(AZ_PK, first, first)).first().isEqualTo(entry(AZ_PK, first, 4,
                    "first day, early position"));
            assertThat(store().timeline(FR_DE, second, second.plusDays(5))).isEmpty();
        }

        @Test
        void clearRemovesEveryReadModel() {
            store().save(visitRecord(VISIT));
            store().save(agreementRecord(TREATY, List.of(AZ, PK)));
            relationshipFacts(AZ_PK).forEach(store()::append);
            store().link(AZ_PK, VISIT);
            store().link(AZ_PK, TREATY);
            store().append(entry(AZ_PK, DAY, 1, "scheduled"));

            store().clear();

            assertThat(store().agreementsWith(AZ, FAR_AHEAD)).isEmpty();
            assertThat(store().visit(VISIT)).isEmpty();
            assertThat(store().agreement(TREATY)).isEmpty();
            assertThat(store().relationship(AZ_PK)).isEmpty();
            assertThat(store().agreements()).isEmpty();
            assertThat(store().dyads()).isEmpty();
            assertThat(store().visitsOf(AZ_PK)).isEmpty();
            assertThat(store().timeline(AZ_PK, LONG_AGO, FAR_AHEAD)).isEmpty();
        }

        @Test
        void writesJoinTheTransactionOpenOnTheThread() {
            JdbcTransactionManager transactions = storage().transactionManager();
            Transaction transaction = transactions.startTransaction();
            store().save(visitRecord(VISIT));
            store().link(AZ_PK, VISIT);
            store().append(entry(AZ_PK, DAY, 1, "scheduled"));
            assertThat(store().visitsOf(AZ_PK)).containsExactly(visitRecord(VISIT));
            transaction.rollback();

            assertThat(store().visit(VISIT)).isEmpty();
            assertThat(store().dyads()).isEmpty();
            assertThat(store().timeline(AZ_PK, LONG_AGO, FAR_AHEAD)).isEmpty();
        }
    }

    @Nested
    class Restart {

        @Test
        void aSecondStorageOnTheSameDatabasePicksUpWhereTheFirstLeftOff() {
            JdbcStorage first = open();
            first.eventStorage(settings()).appendEvents(event(VISIT, 0, scheduled(VISIT)));
            first.readModels().save(visitRecord(VISIT));
            first.readModels().link(AZ_PK, VISIT);
            first.readModels().append(entry(AZ_PK, DAY, 1, "scheduled"));
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

            assertThat(payloads(history(second.eventStorage(settings()), VISIT))).containsExactly(scheduled(VISIT));
            assertThat(second.readModels().visitsOf(AZ_PK)).containsExactly(visitRecord(VISIT));
            assertThat(second.readModels().timeline(AZ_PK, DAY, DAY)).hasSize(1);
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
}
