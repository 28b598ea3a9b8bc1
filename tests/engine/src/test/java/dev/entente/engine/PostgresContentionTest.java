package dev.entente.engine;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.testing.PostgresDatabases;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EngineBuilder;
import dev.entente.application.EntenteEngine;
import dev.entente.application.RecordedEvent;
import dev.entente.application.batch.BatchContended;
import dev.entente.application.batch.BatchReport;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.domain.fixtures.ReferenceArticle;
import dev.entente.domain.relationship.DeclareSupport;
import dev.entente.domain.relationship.Relationship;
import dev.entente.embedded.Entente;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Two writers applying batches to one PostgreSQL database at once, as two processes would: the same chronicle is
 * applied once, and a batch that another writer keeps overtaking is checked and written again, then given up.
 * The writers are held at the point where each has decided and not yet appended, so the contention is certain.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PostgresContentionTest {

    private static final LocalDate SUMMIT = LocalDate.of(2024, 7, 13);

    private static PostgresDatabases postgres;

    private HikariDataSource pool;
    private final List<EntenteEngine> engines = new ArrayList<>();

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresDatabases.start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @BeforeEach
    void createDatabase() {
        pool = postgres.newDatabase("entente_contention", 12, "");
    }

    @AfterEach
    void closeEngines() {
        engines.forEach(EntenteEngine::close);
        engines.clear();
        postgres.closePools();
    }

    private EntenteEngine start(Consumer<EngineBuilder> settings) {
        return start(() -> { }, settings);
    }

    /** An engine that runs {@code beforeAppend} each time it is about to append events. */
    private EntenteEngine start(Runnable beforeAppend, Consumer<EngineBuilder> settings) {
        EngineBuilder builder = Entente.builder()
                .storage(new BeforeAppend(JdbcStorage.postgres(pool, EntenteJson.mapper()), beforeAppend))
                .consistencyTimeout(Duration.ofSeconds(60));
        settings.accept(builder);
        EntenteEngine engine = builder.start();
        engines.add(engine);
        return engine;
    }

    @Test
    void two_writers_applying_the_same_chronicle_at_once_apply_it_once_and_the_later_one_skips_it() throws Exception {
        List<PlannedCommand> batch = EngineContract.planned(ReferenceArticle.commands());
        CyclicBarrier bothDecided = new CyclicBarrier(2);
        EntenteEngine one = start(holdTheFirstAppend(bothDecided), builder -> { });
        EntenteEngine other = start(holdTheFirstAppend(bothDecided), builder -> { });

        CompletableFuture<BatchReport> byOne = CompletableFuture.supplyAsync(() -> one.apply(batch));
        CompletableFuture<BatchReport> byOther = CompletableFuture.supplyAsync(() -> other.apply(batch));
        List<BatchReport> reports = new ArrayList<>(List.of(byOne.get(120, TimeUnit.SECONDS),
                byOther.get(120, TimeUnit.SECONDS)));
        reports.sort(Comparator.comparingInt(BatchReport::attempts));

        BatchReport first = reports.get(0);
        BatchReport later = reports.get(1);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.applied()).containsExactlyElementsOf(batch);
        assertThat(later.attempts()).as("the later writer lost the race, then checked again").isEqualTo(2);
        assertThat(later.applied()).isEmpty();
        assertThat(later.skipped()).containsExactlyElementsOf(batch);

        List<RecordedEvent> events;
        try (var history = one.history()) {
            events = history.toList();
        }
        assertThat(events).hasSize(batch.size() + 5);
        Set<String> positions = new HashSet<>();
        for (RecordedEvent event : events) {
            assertThat(positions.add(event.aggregateId() + "#" + event.sequence()))
                    .as("event %s of %s once", event.sequence(), event.aggregateId()).isTrue();
        }
        assertThat(count("SELECT COUNT(*) FROM entente_applied_command")).isEqualTo(batch.size());
        assertThat(count("SELECT SUM(event_count) FROM entente_applied_command")).isEqualTo(events.size());
    }

    @Test
    void a_batch_overtaken_once_on_its_aggregate_is_written_at_the_second_attempt() {
        EntenteEngine other = start(builder -> { });
        AtomicInteger overtaken = new AtomicInteger();
        EntenteEngine writer = start(overtakeEachTime(other, overtaken, 1), builder -> { });
        List<PlannedCommand> batch = EngineContract.planned(List.of(support("Kashmir")));

        BatchReport report = writer.apply(batch);

        assertThat(overtaken).hasValue(1);
        assertThat(report.attempts()).isEqualTo(2);
        assertThat(report.applied()).containsExactlyElementsOf(batch);
        try (var history = writer.history()) {
            assertThat(history.map(RecordedEvent::sequence).toList()).containsExactly(0L, 1L);
        }
    }

    @Test
    void a_batch_overtaken_on_every_attempt_is_given_up_naming_the_aggregate() throws SQLException {
        EntenteEngine other = start(builder -> { });
        AtomicInteger overtaken = new AtomicInteger();
        EntenteEngine writer = start(overtakeEachTime(other, overtaken, Integer.MAX_VALUE),
                builder -> builder.batchRetries(3));
        List<PlannedCommand> batch = EngineContract.planned(List.of(support("Kashmir")));

        assertThatThrownBy(() -> writer.apply(batch))
                .isInstanceOfSatisfying(BatchContended.class, contended -> {
                    assertThat(contended.aggregateId()).isEqualTo(Relationship.aggregateIdOf(AZ_PK));
                    assertThat(contended.attempts()).isEqualTo(4);
                    assertThat(contended.getCause()).isInstanceOf(ConcurrencyException.class);
                })
                .hasMessageStartingWith("Another writer kept changing relationship:AZ-PK while this batch was being "
                        + "written (4 attempts); nothing of the batch was written.")
                .hasMessageContaining("Try again");
        assertThat(overtaken).as("one overtaking write before each attempt").hasValue(4);
        try (var history = writer.history()) {
            assertThat(history.count()).as("only the other writer's declarations").isEqualTo(4);
        }
        assertThat(count("SELECT COUNT(*) FROM entente_applied_command")).isZero();
    }

    /**
     * Holds the first append of an engine, when it has checked its batch and decided its events, until the other
     * engine has got as far, so that both append the same aggregates' first events knowing nothing of each other.
     */
    private static Runnable holdTheFirstAppend(CyclicBarrier barrier) {
        AtomicBoolean held = new AtomicBoolean();
        return () -> {
            if (held.compareAndSet(false, true)) {
                await(barrier);
            }
        };
    }

    /**
     * Up to {@code times} times, when the writer has decided its batch and is about to append it, the other engine
     * declares support on the same relationship and commits first. {@code overtaken} counts how often it did.
     */
    private static Runnable overtakeEachTime(EntenteEngine other, AtomicInteger overtaken, int times) {
        return () -> {
            if (overtaken.get() < times) {
                int n = overtaken.incrementAndGet();
                // On another thread: this one is inside the writer's open transaction.
                CompletableFuture.runAsync(() -> other.send(support("Karabakh " + n))).join();
            }
        };
    }

    private static DeclareSupport support(String issue) {
        return new DeclareSupport(AZ_PK, SUMMIT, AZ, PK, issue, "joint press conference", CITED);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("The other writer never got this far", e);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
