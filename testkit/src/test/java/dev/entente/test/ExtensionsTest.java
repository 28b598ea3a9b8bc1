package dev.entente.test;

import static dev.entente.test.Samples.AZ_PK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.eventlog.StoreCheck;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.adapters.json.chronicle.Chronicle;
import dev.entente.adapters.json.chronicle.ChronicleError;
import dev.entente.adapters.json.chronicle.ChronicleException;
import dev.entente.adapters.json.chronicle.ChronicleReader;
import dev.entente.application.EntenteEngine;
import dev.entente.application.EntenteExtension;
import dev.entente.application.RecordedEvent;
import dev.entente.application.ReplayProgress;
import dev.entente.application.batch.BatchRefused;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.integrity.IntegrityReport;
import dev.entente.domain.AggregateRegistry;
import dev.entente.domain.shared.AggregateType;
import dev.entente.domain.shared.RuleViolation;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.embedded.Entente;
import example.exchange.Exchange;
import example.exchange.ProgrammeCommand;
import example.exchange.ProgrammeCommand.LaunchProgramme;
import example.exchange.ProgrammeCommand.SendDelegation;
import example.exchange.ProgrammeEvent;
import example.exchange.ProgrammeEvent.DelegationSent;
import example.exchange.ProgrammeEvent.ProgrammeLaunched;
import example.exchange.Programmes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application's own aggregate (the exchange programmes of docs/extending.md) through the engine: registered at
 * start-up, sent, batched with Entente's commands, read from chronicles, stored under its own names and upcast, and
 * passed over by Entente's read models, their replay and the integrity check.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExtensionsTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    private static final LaunchProgramme LAUNCH = new LaunchProgramme("az-pk-youth", "AZ", "PK", "Youth orchestras",
            MARCH);
    private static final SendDelegation DELEGATION = new SendDelegation("az-pk-youth", 40, LocalDate.of(2025, 6, 2));
    private static final String ESTABLISH = "{\"type\": \"EstablishDiplomaticRelations\", \"dyad\": \"AZ-PK\", "
            + "\"occurredOn\": \"1992-06-09\"}";

    @TempDir
    Path directory;

    @Nested
    class At_start_up {

        @Test
        void an_aggregate_named_as_one_of_Ententes_is_refused() {
            AggregateType<?, ?, ?> visit = AggregateType.of("Visit", ProgrammeCommand.class, ProgrammeEvent.class,
                    new Programmes(), ProgrammeCommand::programmeId, ProgrammeEvent::programmeId);

            assertThatThrownBy(() -> Entente.inMemory(EntenteExtension.of(visit)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Two aggregates are named Visit, which is Entente's own: give yours another name");
        }

        @Test
        void an_event_stored_under_a_name_of_Ententes_is_refused() {
            AggregateType<?, ?, ?> clashing = AggregateType.of("Clash", Launch.class, Scheduled.class,
                    new Single(), Launch::id, Scheduled::id);

            assertThatThrownBy(() -> Entente.inMemory(EntenteExtension.of(clashing)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("The stored name visit.scheduled is taken by both "
                            + "dev.entente.domain.visit.VisitScheduled and " + Scheduled.class.getName());
        }

        @Test
        void two_extensions_storing_under_one_name_are_refused() {
            assertThatThrownBy(() -> Entente.inMemory(new Exchange(), new Exchange()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Two aggregates are named Programme");
            AggregateType<?, ?, ?> copy = AggregateType.of("Copy", Launch.class, Launched.class, new Copy(),
                    Launch::id, Launched::id);

            assertThatThrownBy(() -> Entente.inMemory(new Exchange(), EntenteExtension.of(copy)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("The stored name exchange.programme-launched is taken by both");
        }

        @Test
        void an_event_without_a_stored_name_is_refused() {
            AggregateType<?, ?, ?> unnamed = AggregateType.of("Unnamed", Launch.class, Unnamed.class,
                    new Nameless(), Launch::id, Unnamed::id);

            assertThatThrownBy(() -> Entente.inMemory(EntenteExtension.of(unnamed)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(Unnamed.class.getName() + ", an event of Unnamed, has no @StoredEvent");
        }
    }

    @Test
    void a_command_sent_is_decided_on_its_history_and_refused_by_its_own_rule() {
        try (EntenteEngine entente = Entente.inMemory(new Exchange())) {
            entente.send((Object) LAUNCH);
            entente.send((Object) DELEGATION);

            assertThatThrownBy(() -> entente.send((Object) LAUNCH))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessage("az-pk-youth is launched already")
                    .extracting(refused -> ((RuleViolation) refused).code()).isEqualTo("exchange.already-launched");
            try (Stream<RecordedEvent> history = entente.history()) {
                assertThat(history.toList()).extracting(RecordedEvent::name, RecordedEvent::aggregateId,
                                RecordedEvent::sequence)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("exchange.programme-launched",
                                        "programme:az-pk-youth", 0L),
                                org.assertj.core.groups.Tuple.tuple("exchange.delegation-sent",
                                        "programme:az-pk-youth", 1L));
            }
        }
    }

    @Test
    void a_command_of_no_registered_aggregate_is_refused_by_name() {
        try (EntenteEngine entente = Entente.inMemory()) {
            assertThatThrownBy(() -> entente.send((Object) LAUNCH))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(LaunchProgramme.class.getName() + " is not a command of Entente nor of an"
                            + " aggregate the engine was given");
        }
    }

    @Test
    void a_batch_mixes_Ententes_commands_and_the_applications_and_a_refusal_of_either_writes_nothing()
            throws Exception {
        try (EntenteEngine entente = Entente.inMemory(new Exchange())) {
            ChronicleReader reader = new ChronicleReader(entente.aggregates());
            List<PlannedCommand> refused = reader.read("refused.jsonl", bytes(ESTABLISH,
                    "{\"type\": \"SendDelegation\", \"programmeId\": \"never\", \"participants\": 3, "
                            + "\"on\": \"2025-01-01\"}")).planned();

            assertThatThrownBy(() -> entente.apply(refused))
                    .isInstanceOf(BatchRefused.class)
                    .cause().isInstanceOf(RuleViolation.class).hasMessage("never was never launched");
            assertThat(entente.dyads()).isEmpty();

            Chronicle chronicle = reader.read("mixed.jsonl", bytes(ESTABLISH,
                    "{\"type\": \"LaunchProgramme\", \"programmeId\": \"az-pk-youth\", \"first\": \"AZ\", "
                            + "\"second\": \"PK\", \"title\": \"Youth orchestras\", \"on\": \"2025-03-01\"}",
                    "{\"type\": \"SendDelegation\", \"programmeId\": \"az-pk-youth\", \"participants\": 40, "
                            + "\"on\": \"2025-06-02\"}"));
            assertThat(chronicle.commands().get(1).command()).isEqualTo(LAUNCH);
            assertThat(entente.apply(chronicle.planned()).applied()).hasSize(3);
            assertThat(entente.apply(chronicle.planned()).skipped()).hasSize(3);

            assertThat(entente.stateOf(AZ_PK, LocalDate.of(2025, 12, 31)).relationsSince()).isEqualTo(LocalDate.of(1992, 6, 9));
            try (Stream<RecordedEvent> history = entente.history()) {
                assertThat(history.map(RecordedEvent::payload).toList()).contains(new ProgrammeLaunched(
                        "az-pk-youth", "AZ", "PK", "Youth orchestras", MARCH));
            }
        }
    }

    @Test
    void a_listener_hears_the_applications_events_with_their_metadata() throws Exception {
        java.util.concurrent.BlockingQueue<RecordedEvent> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        try (EntenteEngine entente = Entente.builder().storage(new dev.entente.application.inmemory.InMemoryStorage())
                .extension(new Exchange()).onEvent(heard::add).start()) {
            entente.send((Object) LAUNCH);
            entente.apply(List.of(new PlannedCommand(DELEGATION, "digest-of-the-delegation", "delegations.jsonl:1")));

            RecordedEvent launched = heard.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            RecordedEvent sent = heard.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(launched).isNotNull();
            assertThat(launched.name()).isEqualTo("exchange.programme-launched");
            assertThat(launched.aggregateId()).isEqualTo("programme:az-pk-youth");
            assertThat(launched.commandDigest()).isNull();
            assertThat(sent).isNotNull();
            assertThat(sent.payload()).isEqualTo(new DelegationSent("az-pk-youth", 40, LocalDate.of(2025, 6, 2)));
            assertThat(sent.sequence()).isEqualTo(1);
            assertThat(sent.commandDigest()).isEqualTo("digest-of-the-delegation");
            assertThat(sent.recordedAt()).isAfterOrEqualTo(launched.recordedAt());
        }
    }

    @Test
    void a_chronicle_entry_of_an_unknown_type_is_refused_and_Ententes_commands_keep_their_digests() throws Exception {
        ChronicleReader extended = new ChronicleReader(AggregateRegistry.with(new Exchange().aggregates()));

        assertThat(extended.read("a.jsonl", bytes(ESTABLISH)).commands().get(0).digest())
                .isEqualTo(new ChronicleReader().read("a.jsonl", bytes(ESTABLISH)).commands().get(0).digest());
        assertThatThrownBy(() -> new ChronicleReader().read("b.jsonl", bytes(
                "{\"type\": \"LaunchProgramme\", \"programmeId\": \"x\"}")))
                .isInstanceOfSatisfying(ChronicleException.class, thrown -> assertThat(thrown.errors())
                        .extracting(ChronicleError::code).containsExactly(ChronicleError.UNKNOWN_COMMAND_TYPE));
    }

    @Test
    void on_disk_the_events_keep_their_stored_names_and_the_read_models_replay_and_check_pass_them_over() {
        try (EntenteEngine entente = Entente.embedded(directory, new Exchange())) {
            entente.send(new dev.entente.domain.relationship.EstablishDiplomaticRelations(AZ_PK,
                    LocalDate.of(1992, 6, 9), List.of()));
            entente.send((Object) LAUNCH);
            entente.send((Object) DELEGATION);

            assertThat(entente.replay(ReplayProgress.silent()).events()).isEqualTo(3);
            assertThat(entente.asRecordedBy(Instant.now()).dyads()).containsExactly(AZ_PK);
            assertThat(entente.dyads()).containsExactly(AZ_PK);
        }
        try (EntenteEngine reopened = Entente.embedded(directory, new Exchange());
             Stream<RecordedEvent> history = reopened.history()) {
            List<RecordedEvent> recorded = history.toList();
            assertThat(recorded).extracting(RecordedEvent::name).containsExactly("relationship.diplomatic-relations-established",
                    "exchange.programme-launched", "exchange.delegation-sent");
            assertThat(recorded.subList(1, 3)).extracting(RecordedEvent::payload).containsExactly(
                    new ProgrammeLaunched("az-pk-youth", "AZ", "PK", "Youth orchestras", MARCH),
                    new DelegationSent("az-pk-youth", 40, LocalDate.of(2025, 6, 2)));
        }
        try (JdbcStorage storage = JdbcStorage.sqlite(directory, EntenteJson.mapper())) {
            IntegrityReport report = StoreCheck.run(storage, new JsonSerialization(
                    AggregateRegistry.with(new Exchange().aggregates()), Exchange.UPCASTERS));
            assertThat(report.problems()).isEmpty();
            assertThat(report.events()).isEqualTo(3);
        }
    }

    @Test
    void an_event_stored_at_an_older_revision_is_upcast_when_the_aggregate_is_loaded() throws Exception {
        try (EntenteEngine entente = Entente.embedded(directory, new Exchange())) {
            entente.send((Object) LAUNCH);
        }
        // As an earlier version of the application stored it: revision 1, with "people".
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("entente.db"));
             PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (eventIdentifier,"
                     + " aggregateIdentifier, sequenceNumber, type, timeStamp, payloadType, payloadRevision,"
                     + " payload, metaData) VALUES ('revision-1', 'programme:az-pk-youth', 1, 'Programme',"
                     + " '2025-06-02T10:00:00Z', 'exchange.delegation-sent', '1', ?, ?)")) {
            insert.setBytes(1, "{\"programmeId\":\"az-pk-youth\",\"people\":12,\"on\":\"2025-06-02\"}"
                    .getBytes(StandardCharsets.UTF_8));
            insert.setBytes(2, "{}".getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
        try (EntenteEngine entente = Entente.embedded(directory, new Exchange())) {
            entente.send((Object) new SendDelegation("az-pk-youth", 30, LocalDate.of(2025, 9, 1)));

            try (Stream<RecordedEvent> history = entente.history()) {
                assertThat(history.map(RecordedEvent::payload).filter(DelegationSent.class::isInstance).toList())
                        .containsExactly(new DelegationSent("az-pk-youth", 12, LocalDate.of(2025, 6, 2)),
                                new DelegationSent("az-pk-youth", 30, LocalDate.of(2025, 9, 1)));
            }
        }
    }

    private static byte[] bytes(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    // --- aggregates that clash, for the start-up checks -------------------------------------------------------

    record Launch(String id) {
    }

    @StoredEvent(name = "visit.scheduled")
    record Scheduled(String id) {
    }

    @StoredEvent(name = "exchange.programme-launched")
    record Launched(String id) {
    }

    record Unnamed(String id) {
    }

    private static final class Single extends Fold<Scheduled> {
    }

    private static final class Copy extends Fold<Launched> {
    }

    private static final class Nameless extends Fold<Unnamed> {
    }

    /** Rules that decide nothing: the start-up refuses these aggregates before any command. */
    private abstract static class Fold<E> implements dev.entente.domain.shared.Decider<String, Launch, E> {
        @Override
        public String initial() {
            return "";
        }

        @Override
        public List<E> decide(String state, Launch command) {
            return List.of();
        }

        @Override
        public String evolve(String state, E event) {
            return state;
        }
    }
}
