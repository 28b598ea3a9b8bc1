package dev.entente.engine;

import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import dev.entente.application.ReplayProgress;
import dev.entente.application.ReplayReport;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.spi.EventRow;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.application.spi.Storage;
import dev.entente.domain.fixtures.People;
import dev.entente.domain.meeting.HoldMeeting;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.meeting.MeetingKind;
import dev.entente.domain.relationship.DeclareSupport;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bulk replay of ADR 0013 on the two file stores: it rebuilds exactly what the event processor built, across
 * several pages; it moves the processor's tokens to the head in the same transaction, so nothing is folded twice; and
 * a replay that fails before its commit leaves the read models and the tokens as they were.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BulkReplayTest {

    enum Store {
        SQLITE(directory -> JdbcStorage.sqlite(directory, EntenteJson.mapper()),
                directory -> "jdbc:sqlite:" + directory.resolve(JdbcStorage.SQLITE_FILE)),
        H2(directory -> JdbcStorage.h2(directory, EntenteJson.mapper()),
                directory -> "jdbc:h2:file:" + directory.resolve("entente"));

        private final Function<Path, Storage> open;
        private final Function<Path, String> url;

        Store(Function<Path, Storage> open, Function<Path, String> url) {
            this.open = open;
            this.url = url;
        }
    }

    @TempDir
    Path directory;
    private final List<EntenteEngine> engines = new ArrayList<>();

    @AfterEach
    void closeEngines() {
        engines.forEach(EntenteEngine::close);
    }

    private EntenteEngine start(Storage storage) {
        EntenteEngine engine = Entente.builder().storage(storage).consistencyTimeout(Duration.ofSeconds(60)).start();
        engines.add(engine);
        return engine;
    }

    private void stop(EntenteEngine engine) {
        engines.remove(engine);
        engine.close();
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void rebuilds_row_for_row_what_the_event_processor_built_from_a_history_of_several_pages(Store store)
            throws SQLException {
        EntenteEngine writer = start(store.open.apply(directory));
        EngineContract.playTheReferenceArticle(writer);
        // A multilateral meeting: one record, linked to three dyads, with an entry in each of their timelines.
        writer.send(HoldMeeting.builder(MeetingId.of("az-pk-tr-summit-2024")).on(LocalDate.of(2024, 7, 4))
                .kind(MeetingKind.SUMMIT).place("Astana").participants(AZ_PK.first(), AZ_PK.second(), Country.of("TR"))
                .sources(CITED).build());
        // 5,200 events more: more than one page of the replay.
        writer.apply(visitsScheduledAndCancelled(2_600));
        writer.awaitReadModels();
        stop(writer);
        List<List<String>> builtByTheProcessor = readModelRows(store);
        assertThat(builtByTheProcessor.toString()).as("the meeting's record and its links")
                .contains("meeting|az-pk-tr-summit-2024", "AZ-TR|meeting|az-pk-tr-summit-2024");

        EntenteEngine replaying = start(store.open.apply(directory));
        List<long[]> reports = new ArrayList<>();
        ReplayReport report = replaying.replay((position, head, folded, rate) -> reports.add(
                new long[] {position, head, folded}));
        stop(replaying);

        assertThat(report.events()).isEqualTo(events(store));
        assertThat(readModelRows(store)).isEqualTo(builtByTheProcessor);
        long[] last = reports.get(reports.size() - 1);
        assertThat(last[0]).as("the last position told is the head").isEqualTo(last[1]);
        assertThat(last[2]).isEqualTo(report.events());
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void leaves_the_processor_at_the_head_so_that_afterwards_it_folds_only_what_is_recorded_later(Store store) {
        AtomicBoolean afterReplay = new AtomicBoolean();
        AtomicInteger timelineEntriesWritten = new AtomicInteger();
        Storage jdbc = store.open.apply(directory);
        ReadModelStore watched = watching(jdbc.readModels(), changes -> {
            if (afterReplay.get()) {
                timelineEntriesWritten.addAndGet(changes.timeline().size());
            }
        });
        EntenteEngine engine = start(new ForwardingStorage(jdbc) {
            @Override
            public ReadModelStore readModels() {
                return watched;
            }
        });
        EngineContract.playTheReferenceArticle(engine);
        engine.awaitReadModels();

        engine.replay(ReplayProgress.silent());
        afterReplay.set(true);
        engine.send(new DeclareSupport(AZ_PK, LocalDate.of(2024, 9, 1), AZ_PK.first(), AZ_PK.second(),
                "A later issue", null, CITED));
        engine.awaitReadModels();

        assertThat(timelineEntriesWritten).as("timeline entries the processor wrote after the replay").hasValue(1);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void a_replay_that_fails_before_it_commits_leaves_the_read_models_and_the_tokens_as_they_were(Store store)
            throws SQLException {
        EntenteEngine writer = start(store.open.apply(directory));
        EngineContract.playTheReferenceArticle(writer);
        writer.awaitReadModels();
        stop(writer);
        List<List<String>> before = readModelRows(store);
        List<String> tokensBefore = tokens(store);

        EntenteEngine failing = start(new ForwardingStorage(store.open.apply(directory)) {
            @Override
            public Optional<List<EventRow>> eventRows(long after, long upTo, int limit) {
                // By now the replay has emptied the read models, in its transaction.
                Optional<List<EventRow>> page = storage.eventRows(after, upTo, limit);
                throw new IllegalStateException("the disk is gone after " + page.orElseThrow().size()
                        + " events were read");
            }
        });
        failing.awaitReadModels();
        assertThatThrownBy(() -> failing.replay(ReplayProgress.silent())).hasMessageStartingWith("the disk is gone");
        stop(failing);

        assertThat(readModelRows(store)).isEqualTo(before);
        assertThat(tokens(store)).isEqualTo(tokensBefore);
        EntenteEngine reopened = start(store.open.apply(directory));
        assertThat(reopened.visits(AZ_PK)).isNotEmpty();
    }

    @Test
    void waits_out_the_claim_of_an_engine_that_stopped_without_releasing_it() throws SQLException {
        EntenteEngine writer = start(store(Duration.ofSeconds(1)));
        EngineContract.playTheReferenceArticle(writer);
        writer.awaitReadModels();
        stop(writer);
        // As if that engine had been killed, or its shut-down had run out of time, while it held its segments.
        try (Connection connection = connect(Store.SQLITE); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE TokenEntry SET owner = 'a-killed-engine' WHERE processorName "
                    + "= 'entente-read-models'")).isPositive();
        }

        EntenteEngine replaying = start(store(Duration.ofSeconds(1)));
        ReplayReport report = replaying.replay(ReplayProgress.silent());

        assertThat(report.events()).isEqualTo(events(Store.SQLITE));
        assertThat(tokens(Store.SQLITE)).allSatisfy(token -> assertThat(token).doesNotContain("null"));
        assertThat(replaying.visits(AZ_PK)).isNotEmpty();
    }

    private Storage store(Duration claimTimeout) {
        return JdbcStorage.builder(EntenteJson.mapper()).sqlite(directory).claimTimeout(claimTimeout).build();
    }

    private static List<PlannedCommand> visitsScheduledAndCancelled(int visits) {
        List<PlannedCommand> batch = new ArrayList<>();
        for (int i = 0; i < visits; i++) {
            VisitId visit = VisitId.of("bulk-replay-" + i);
            batch.add(new PlannedCommand(new ScheduleVisit(visit, LocalDate.of(2024, 1, 2), People.ALIYEV, PK,
                    VisitKind.STATE, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 2), CITED), "schedule-" + i,
                    "schedule " + i));
            batch.add(new PlannedCommand(new CancelVisit(visit, LocalDate.of(2024, 1, 5), null, CITED),
                    "cancel-" + i, "cancel " + i));
        }
        return batch;
    }

    /** Every row of every read-model table, each as text. */
    private List<List<String>> readModelRows(Store store) throws SQLException {
        try (Connection connection = connect(store)) {
            return ReadModelRows.of(connection);
        }
    }

    /** The read-model processor's tokens, segment by segment, without their claims. */
    private List<String> tokens(Store store) throws SQLException {
        List<String> tokens = new ArrayList<>();
        try (Connection connection = connect(store); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT segment, tokenType, token FROM TokenEntry WHERE "
                     + "processorName = 'entente-read-models' ORDER BY segment")) {
            while (result.next()) {
                byte[] token = result.getBytes(3);
                tokens.add(result.getInt(1) + " " + result.getString(2) + " "
                        + (token == null ? null : new String(token, StandardCharsets.UTF_8)));
            }
        }
        assertThat(tokens).isNotEmpty();
        return tokens;
    }

    private long events(Store store) throws SQLException {
        try (Connection connection = connect(store); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            result.next();
            return result.getLong(1);
        }
    }

    private Connection connect(Store store) throws SQLException {
        return store == Store.H2 ? DriverManager.getConnection(store.url.apply(directory), "sa", "")
                : DriverManager.getConnection(store.url.apply(directory));
    }

    /** A read-model store that tells {@code onWrite} of every batch of changes written to it. */
    private static ReadModelStore watching(ReadModelStore target,
                                           Consumer<ReadModelStore.Changes> onWrite) {
        return (ReadModelStore) Proxy.newProxyInstance(ReadModelStore.class.getClassLoader(),
                new Class<?>[] {ReadModelStore.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("write")) {
                        onWrite.accept((ReadModelStore.Changes) arguments[0]);
                    }
                    try {
                        return method.invoke(target, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
