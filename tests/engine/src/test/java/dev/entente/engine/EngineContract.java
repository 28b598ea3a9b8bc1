package dev.entente.engine;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.application.EngineBuilder;
import dev.entente.application.EventMetadata;
import dev.entente.application.EntenteEngine;
import dev.entente.application.RecordedEvent;
import dev.entente.application.ReplayProgress;
import dev.entente.application.ReplayReport;
import dev.entente.application.batch.BatchRefused;
import dev.entente.application.batch.BatchReport;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.query.AgreementEntry;
import dev.entente.application.query.AgreementQuery;
import dev.entente.application.query.VisitLogEntry;
import dev.entente.application.readmodel.RelationshipState;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.spi.Storage;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementRule;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.agreement.ConcludeAgreement;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.SignAgreement;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.fixtures.People;
import dev.entente.domain.fixtures.ReferenceArticle;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.RuleViolation;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.visit.CancelVisit;
import dev.entente.domain.visit.ConcludeVisit;
import dev.entente.domain.visit.Honours;
import dev.entente.domain.visit.RecordArrival;
import dev.entente.domain.visit.ScheduleVisit;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitRule;
import dev.entente.embedded.Entente;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's behaviour on a real database, run on an SQLite file, an H2 file and PostgreSQL: the reference history
 * survives a restart and a replay, answers for any date, two writers race safely, an old revision loads through its
 * upcaster, snapshots are taken, and a batch is applied all or nothing, once.
 */
abstract class EngineContract {

    private static final LocalDate BEFORE_THE_VISIT = LocalDate.of(2024, 7, 10);
    private static final LocalDate AFTER_THE_VISIT = LocalDate.of(2024, 7, 13);

    private final List<EntenteEngine> engines = new ArrayList<>();

    /** A storage on this test's database; each call opens the same database again. */
    protected abstract Storage openStorage();

    /** A plain JDBC connection to this test's database, for what the engine is not to be used for. */
    protected abstract Connection rawConnection() throws SQLException;

    protected EntenteEngine start() {
        return start(builder -> {
        });
    }

    protected EntenteEngine start(Consumer<EngineBuilder> settings) {
        EngineBuilder builder = Entente.builder()
                .storage(openStorage())
                .snapshotEvery(5)
                .consistencyTimeout(Duration.ofSeconds(60));
        settings.accept(builder);
        EntenteEngine engine = builder.start();
        engines.add(engine);
        return engine;
    }

    protected void stop(EntenteEngine engine) {
        engines.remove(engine);
        engine.close();
    }

    @AfterEach
    protected void closeEngines() {
        engines.forEach(EntenteEngine::close);
        engines.clear();
    }

    static void playTheReferenceArticle(EntenteEngine engine) {
        ReferenceArticle.commands().forEach(command -> engine.commandGateway().sendAndWait(command));
    }

    /** Every answer the read models give about the reference history. */
    private record Answers(RelationshipState before, RelationshipState after, List<TimelineEntry> timeline,
                           List<AgreementEntry> register, List<VisitLogEntry> visits, long events) {

        static Answers of(EntenteEngine engine) {
            try (var history = engine.history()) {
                return new Answers(engine.stateOf(AZ_PK, BEFORE_THE_VISIT), engine.stateOf(AZ_PK, AFTER_THE_VISIT),
                        engine.timeline(AZ_PK, null, null), engine.agreements(AgreementQuery.on(AFTER_THE_VISIT)),
                        engine.visits(AZ_PK), history.count());
            }
        }
    }

    @Test
    void keeps_the_reference_history_and_its_read_models_across_a_restart_and_a_replay() {
        EntenteEngine first = start();
        playTheReferenceArticle(first);
        Answers written = Answers.of(first);
        stop(first);

        EntenteEngine reopened = start();
        Answers afterRestart = Answers.of(reopened);
        ReplayReport replay = reopened.replay(ReplayProgress.silent());
        Answers afterReplay = Answers.of(reopened);

        assertThat(written.events()).isEqualTo(ReferenceArticle.commands().size() + 5);
        assertThat(written.timeline()).hasSize((int) written.events());
        assertSame(afterRestart, written);
        assertSame(afterReplay, written);
        assertThat(replay.events()).isEqualTo(written.events());
    }

    @Test
    void rebuilds_read_models_stored_in_the_layout_of_an_earlier_version_when_it_opens_the_store() throws SQLException {
        EntenteEngine first = start();
        playTheReferenceArticle(first);
        Answers written = Answers.of(first);
        stop(first);
        // The layout before ADR 0010: no version, no relationship facts, no parties; and a timeline the rebuild
        // must fill again.
        try (Connection connection = rawConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE entente_rm_schema");
            statement.execute("DROP TABLE entente_rm_relationship_fact");
            statement.execute("DROP TABLE entente_rm_party");
            statement.execute("DELETE FROM entente_rm_timeline");
        }

        EntenteEngine reopened = start();

        assertSame(Answers.of(reopened), written);
    }

    @Test
    void a_replay_reports_each_event_of_the_history_once_even_when_the_read_models_were_behind() {
        int visits = 600;
        List<PlannedCommand> batch = new ArrayList<>();
        for (int i = 0; i < visits; i++) {
            VisitId visit = VisitId.of("replay-count-" + i);
            batch.add(new PlannedCommand(new ScheduleVisit(visit, LocalDate.of(2024, 1, 2), People.ALIYEV, PK,
                    VisitKind.STATE, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 2), CITED), "schedule-" + i,
                    "schedule " + i));
            batch.add(new PlannedCommand(new CancelVisit(visit, LocalDate.of(2024, 1, 5), null, CITED),
                    "cancel-" + i, "cancel " + i));
        }
        // Batches of 20 on four segments: the 1,200 events span many batches on every segment.
        EntenteEngine writer = start(builder -> builder.batchSize(20));
        writer.apply(batch);
        // Closed at once, with the read models still folding; the next engine finds them behind when it starts.
        stop(writer);

        EntenteEngine reopened = start(builder -> builder.batchSize(20));
        List<long[]> reports = new CopyOnWriteArrayList<>();
        ReplayReport replay = reopened.replay((position, head, folded, rate) -> reports.add(new long[]{position, folded}));

        long history;
        try (Stream<RecordedEvent> events = reopened.history()) {
            history = events.count();
        }
        assertThat(history).isEqualTo(2L * visits);
        assertThat(replay.events()).as("events the replay reports").isEqualTo(history);
        assertThat(reports).isNotEmpty();
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).as("position in report %d", i).isGreaterThanOrEqualTo(reports.get(i - 1)[0]);
            assertThat(reports.get(i)[1]).as("events folded in report %d", i)
                    .isGreaterThanOrEqualTo(reports.get(i - 1)[1]);
        }
        assertThat(reports.get(reports.size() - 1)[1]).isEqualTo(history);
        assertThat(reopened.visits(AZ_PK)).hasSize(visits);
    }

    @Test
    void closing_waits_until_no_thread_of_the_engine_reads_the_storage() {
        ReadAfterClose storage = new ReadAfterClose(openStorage());
        Set<Thread> before = eventStoreThreads();
        EntenteEngine engine = Entente.builder().storage(storage).start();
        // The read models are tailing the empty history: each event recorded now wakes the read-ahead thread.
        playTheReferenceArticle(engine);
        engine.awaitReadModels();
        assertThat(eventStoreThreadsOnceTailing()).as("the event store's threads while the engine runs").isNotEmpty();

        engine.close();

        Set<Thread> after = eventStoreThreads();
        after.removeAll(before);
        assertThat(after).as("the event store's threads still alive once close() returned").isEmpty();
        assertThat(storage.readsAfterClose()).as("events read while the storage closed").isEmpty();
    }

    /** The read-ahead thread starts when a processor tails the head of the history; on a busy machine, later. */
    private static Set<Thread> eventStoreThreadsOnceTailing() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Set<Thread> threads = eventStoreThreads();
        while (threads.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            threads = eventStoreThreads();
        }
        return threads;
    }

    private static Set<Thread> eventStoreThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("EmbeddedEventStore") && thread.isAlive())
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static void assertSame(Answers actual, Answers expected) {
        assertThat(actual.before()).as("state before the visit").isEqualTo(expected.before());
        assertThat(actual.after()).as("state after the visit").isEqualTo(expected.after());
        assertThat(actual.timeline()).as("timeline").isEqualTo(expected.timeline());
        assertThat(actual.register()).as("agreement register").isEqualTo(expected.register());
        assertThat(actual.visits()).as("visit log").isEqualTo(expected.visits());
        assertThat(actual.events()).as("events").isEqualTo(expected.events());
    }

    @Test
    void shows_the_visit_and_the_agreements_signed_on_it_after_but_not_before() {
        EntenteEngine engine = start();
        playTheReferenceArticle(engine);

        RelationshipState before = engine.stateOf(AZ_PK, BEFORE_THE_VISIT);
        RelationshipState after = engine.stateOf(AZ_PK, AFTER_THE_VISIT);

        assertThat(before.lastHighLevelVisit()).isNull();
        assertThat(before.agreementsByStatus().values()).allMatch(count -> count == 0);
        assertThat(before.partnership()).isNull();
        assertThat(before.supports()).isEmpty();

        assertThat(after.lastHighLevelVisit().id()).isEqualTo(ReferenceArticle.VISIT);
        assertThat(after.lastHighLevelVisit().guest()).isEqualTo(People.ALIYEV);
        assertThat(after.visitsByKind()).containsEntry(VisitKind.STATE, 1);
        assertThat(after.agreementsByStatus()).containsEntry(AgreementStatus.IN_FORCE, 5);
        assertThat(after.agreementsInForceBySector()).containsOnlyKeys(Sector.TRADE, Sector.ENERGY, Sector.DEFENCE,
                Sector.EDUCATION, Sector.CULTURE);
        assertThat(after.partnership().level().name()).isEqualTo("strategic partnership");
        assertThat(after.supports()).extracting(s -> s.issue()).containsExactly("Karabakh", "Kashmir");
        assertThat(engine.visits(AZ_PK)).singleElement()
                .satisfies(entry -> assertThat(entry.agreementsSigned()).extracting(a -> a.id())
                        .containsExactlyInAnyOrderElementsOf(ReferenceArticle.agreementIds()));
    }

    static SignAgreement sign(AgreementId id, Country party) {
        return new SignAgreement(id, AFTER_THE_VISIT, "Islamabad", List.of(Signature.forParty(party)), null, CITED);
    }

    @Test
    void reads_an_event_stored_under_an_old_revision_through_its_upcaster() throws SQLException {
        AgreementId old = AgreementId.of("az-pk-old-revision-2019");
        EntenteEngine engine = start();
        engine.send(new ConcludeAgreement(old, LocalDate.of(2019, 3, 1), "Agreement signed under revision 1",
                InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.TRADE), List.of(), null, null, null, CITED));
        // What revision 1 of agreement.signed stored: signatories, each signing for the country they serve.
        String revisionOne = "{\"agreementId\":\"az-pk-old-revision-2019\",\"occurredOn\":\"2019-03-02\","
                + "\"place\":\"Baku\",\"signatories\":[{\"name\":\"Jeyhun Bayramov\",\"office\":\"FOREIGN_MINISTER\","
                + "\"country\":\"AZ\"},{\"name\":\"Ishaq Dar\",\"office\":\"FOREIGN_MINISTER\",\"country\":\"PK\"}],"
                + "\"duringVisit\":null,\"sources\":[]}";
        try (Connection connection = rawConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (eventIdentifier, "
                     + "aggregateIdentifier, sequenceNumber, type, timeStamp, payloadType, payloadRevision, payload, "
                     + "metaData) VALUES (?, ?, 1, 'Agreement', '2019-03-02T12:00:00Z', 'agreement.signed', '1', ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, old.aggregateId());
            insert.setBytes(3, revisionOne.getBytes(StandardCharsets.UTF_8));
            insert.setBytes(4, "{}".getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }

        assertThat(engine.agreement(old).orElseThrow().signings()).singleElement()
                .satisfies(signed -> assertThat(signed.signatures()).containsExactly(
                        Signature.by(People.BAYRAMOV), Signature.by(People.DAR)));
        // The aggregate loads the old event too: Azerbaijan has signed, so it cannot sign again.
        assertThatThrownBy(() -> engine.send(sign(old, AZ)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(AgreementRule.ALREADY_SIGNED_BY_PARTY));
    }

    @Test
    void takes_snapshots_and_still_decides_the_same_from_them() throws SQLException {
        EntenteEngine engine = start();
        playTheReferenceArticle(engine);

        try (Connection connection = rawConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?")) {
            count.setString(1, ReferenceArticle.VISIT.aggregateId());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isPositive();
            }
        }
        stop(engine);
        EntenteEngine reopened = start();
        assertThatThrownBy(() -> reopened.send(new ConcludeVisit(ReferenceArticle.VISIT,
                ReferenceArticle.DAY_TWO, null, CITED)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(VisitRule.ALREADY_CONCLUDED));
    }

    @Test
    void a_command_is_decided_on_what_another_engine_wrote_to_its_aggregate_since_this_engine_last_did() {
        VisitId visit = VisitId.of("kept-by-one-2024");
        EntenteEngine one = start();
        EntenteEngine other = start();
        one.send(scheduleKept(visit));
        one.send(arrivalKept(visit));

        other.send(conclusionKept(visit));

        assertThatThrownBy(() -> one.send(conclusionKept(visit)))
                .as("decided on the visit as stored, not as this engine last committed it")
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(VisitRule.ALREADY_CONCLUDED));
    }

    @Test
    void a_command_is_decided_on_what_a_batch_wrote_to_its_aggregate_since_the_last_command() {
        VisitId visit = VisitId.of("kept-past-a-batch-2024");
        EntenteEngine engine = start();
        engine.send(scheduleKept(visit));
        engine.send(arrivalKept(visit));

        engine.apply(List.of(new PlannedCommand(conclusionKept(visit), "conclusion", "command 1")));

        assertThatThrownBy(() -> engine.send(conclusionKept(visit)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(VisitRule.ALREADY_CONCLUDED));
    }

    @Test
    void a_refused_command_leaves_its_aggregate_as_stored_for_the_next_one() {
        VisitId visit = VisitId.of("kept-after-a-refusal-2024");
        EntenteEngine engine = start();
        engine.send(scheduleKept(visit));
        engine.send(arrivalKept(visit));

        assertThatThrownBy(() -> engine.send(arrivalKept(visit))).isInstanceOf(RuleViolation.class);
        engine.send(conclusionKept(visit));

        try (var history = engine.history()) {
            assertThat(history.filter(e -> e.aggregateId().equals(visit.aggregateId())).map(RecordedEvent::name))
                    .containsExactly("visit.scheduled", "visit.guest-arrived", "visit.concluded");
        }
    }

    private static ScheduleVisit scheduleKept(VisitId visit) {
        return new ScheduleVisit(visit, LocalDate.of(2024, 1, 2), People.ALIYEV, PK, VisitKind.STATE,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 2), CITED);
    }

    private static RecordArrival arrivalKept(VisitId visit) {
        return new RecordArrival(visit, LocalDate.of(2024, 2, 1), "Islamabad", List.of(), Honours.none(), CITED);
    }

    private static ConcludeVisit conclusionKept(VisitId visit) {
        return new ConcludeVisit(visit, LocalDate.of(2024, 2, 2), null, CITED);
    }

    @Test
    void applies_a_batch_whole_and_only_once() {
        EntenteEngine engine = start();
        List<PlannedCommand> batch = planned(ReferenceArticle.commands());

        BatchReport first = engine.apply(batch);
        BatchReport second = engine.apply(batch);

        assertThat(first.applied()).hasSize(batch.size());
        assertThat(first.skipped()).isEmpty();
        assertThat(second.applied()).isEmpty();
        assertThat(second.skipped()).hasSize(batch.size());
        try (var history = engine.history()) {
            assertThat(history.count()).isEqualTo(batch.size() + 5);
        }
    }

    @Test
    void writes_nothing_of_a_batch_refused_in_the_middle() {
        EntenteEngine engine = start();
        List<Object> commands = new ArrayList<>(ReferenceArticle.commands());
        int middle = commands.size() / 2;
        // The guest cannot arrive a second time: a rule refuses this command, in the middle of the batch.
        commands.add(middle, new RecordArrival(ReferenceArticle.VISIT, ReferenceArticle.DAY_TWO,
                "Lahore", List.of(), Honours.none(), CITED));
        List<PlannedCommand> batch = planned(commands);

        assertThatThrownBy(() -> engine.apply(batch))
                .isInstanceOfSatisfying(BatchRefused.class, refused -> {
                    assertThat(refused.command().label()).isEqualTo("command " + (middle + 1));
                    assertThat(refused.getCause()).isInstanceOf(RuleViolation.class);
                });
        try (var history = engine.history()) {
            assertThat(history.count()).isZero();
        }
        assertThat(engine.apply(planned(ReferenceArticle.commands())).applied())
                .as("no command of the refused batch was recorded as applied")
                .hasSize(ReferenceArticle.commands().size());
    }

    @Test
    void records_what_each_applied_command_wrote_and_stamps_its_digest_on_those_events() throws SQLException {
        EntenteEngine engine = start();
        List<PlannedCommand> batch = planned(ReferenceArticle.commands());

        engine.apply(batch);

        Map<String, String> aggregateByDigest = new HashMap<>();
        Map<String, Integer> eventsByDigest = new HashMap<>();
        try (Connection connection = rawConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT digest, aggregate_id, event_count FROM entente_applied_command");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                aggregateByDigest.put(rows.getString(1), rows.getString(2));
                eventsByDigest.put(rows.getString(1), rows.getInt(3));
            }
        }
        Map<String, String> expectedAggregates = new HashMap<>();
        batch.forEach(planned -> expectedAggregates.put(planned.digest(), planned.aggregateId()));
        assertThat(aggregateByDigest).isEqualTo(expectedAggregates);

        // Every event carries the digest of the command that wrote it, and each command wrote as many as recorded.
        Map<String, Integer> stamped = new HashMap<>();
        Set<String> aggregates = new HashSet<>(expectedAggregates.values());
        long events = 0;
        for (String aggregate : aggregates) {
            List<DomainEventMessage<?>> stream = new ArrayList<>();
            // From the first event: a plain read would start at the latest snapshot.
            engine.axonConfiguration().eventStore().readEvents(aggregate, 0).asStream().forEach(stream::add);
            for (DomainEventMessage<?> event : stream) {
                Object digest = event.getMetaData().get(EventMetadata.COMMAND_DIGEST);
                assertThat(aggregateByDigest).as("the digest on %s", event.getPayload()).containsEntry((String) digest,
                        aggregate);
                stamped.merge((String) digest, 1, Integer::sum);
                events++;
            }
        }
        assertThat(stamped).isEqualTo(eventsByDigest);
        try (var history = engine.history()) {
            assertThat(history.count()).isEqualTo(events).isEqualTo(batch.size() + 5);
        }
    }

    @Test
    void refuses_an_id_created_twice_or_never_created_by_a_rule_naming_it() {
        EntenteEngine engine = start();
        AgreementId agreement = AgreementId.of("az-pk-twice-2024");
        ConcludeAgreement conclude = new ConcludeAgreement(agreement, AFTER_THE_VISIT, "Agreement concluded twice",
                InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.TRADE), List.of(), null, null, null, CITED);
        engine.send(conclude);

        assertThatThrownBy(() -> engine.send(conclude))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(AgreementRule.ALREADY_CONCLUDED))
                .hasMessageContaining(agreement.value());
        assertThatThrownBy(() -> engine.send(new RecordArrival(ReferenceArticle.VISIT, ReferenceArticle.DAY_ONE,
                "Nur Khan Airbase", List.of(), Honours.none(), CITED)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(VisitRule.UNKNOWN))
                .hasMessageContaining(ReferenceArticle.VISIT.value());
        List<PlannedCommand> batch = planned(List.of(ReferenceArticle.commands().get(0), conclude));
        assertThatThrownBy(() -> engine.apply(batch))
                .isInstanceOfSatisfying(BatchRefused.class, refused -> {
                    assertThat(refused.command().label()).isEqualTo("command 2");
                    assertThat(refused.getCause()).isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo(AgreementRule.ALREADY_CONCLUDED));
                });
        try (var history = engine.history()) {
            assertThat(history.count()).as("only the agreement concluded once").isEqualTo(1);
        }
    }

    /** Each command labelled by its place, with its text as digest (records print every field). */
    static List<PlannedCommand> planned(List<Object> commands) {
        List<PlannedCommand> batch = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            Object command = commands.get(i);
            batch.add(new PlannedCommand(command, Integer.toHexString(command.toString().hashCode())
                    + "-" + command.toString().length(), "command " + (i + 1)));
        }
        return batch;
    }
}
