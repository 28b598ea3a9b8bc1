package dev.entente.engine;

import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.testing.PostgresDatabases;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import dev.entente.application.projection.ReadModelEventHandler;
import dev.entente.application.spi.Storage;
import dev.entente.domain.fixtures.People;
import dev.entente.domain.shared.Country;
import dev.entente.domain.visit.ScheduleVisit;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine suite on a real PostgreSQL, started by the test from the binaries zonky ships as a Maven artifact (one
 * server for the class, a new database for each test); and several engines sharing one database.
 */
class PostgresEngineTest extends RacingWritersContract {

    private static PostgresDatabases postgres;

    private HikariDataSource pool;

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
        pool = postgres.newDatabase("entente_engine", 12, "");
    }

    @AfterEach
    void closePool() {
        closeEngines();
        postgres.closePools();
    }

    @Override
    protected Storage openStorage() {
        return JdbcStorage.postgres(pool, EntenteJson.mapper());
    }

    @Override
    protected Connection rawConnection() throws SQLException {
        return pool.getConnection();
    }

    @Test
    void two_engines_on_one_database_share_the_read_models_and_handle_every_event_exactly_once() {
        Set<Long> seenByOne = ConcurrentHashMap.newKeySet();
        Set<Long> seenByOther = ConcurrentHashMap.newKeySet();
        List<Long> handledTwiceByOne = new ArrayList<>();
        EntenteEngine one = start(builder -> builder.segments(4).maxClaimedSegments(2)
                .customize(c -> c.eventProcessing(p -> p.registerHandlerInterceptor(
                        ReadModelEventHandler.PROCESSING_GROUP, config -> recording(seenByOne, handledTwiceByOne)))));
        EntenteEngine other = start(builder -> builder.segments(4).maxClaimedSegments(2)
                .customize(c -> c.eventProcessing(p -> p.registerHandlerInterceptor(
                        ReadModelEventHandler.PROCESSING_GROUP, config -> recording(seenByOther, handledTwiceByOne)))));

        List<VisitId> visits = new ArrayList<>();
        String[] hosts = {"PK", "TR", "FR", "DE", "GE", "KZ", "UZ", "IT", "CN", "JP"};
        for (int i = 0; i < 40; i++) {
            VisitId id = VisitId.of("visit-" + i);
            Country host = Country.of(hosts[i % hosts.length]);
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(i * 7L);
            (i % 2 == 0 ? one : other).send(new ScheduleVisit(id, day, People.ALIYEV, host, VisitKind.OFFICIAL, day,
                    day.plusDays(1), CITED));
            visits.add(id);
        }
        one.awaitReadModels();
        other.awaitReadModels();
        Set<Long> all = new HashSet<>();
        try (var history = one.history()) {
            history.forEach(event -> all.add(event.position()));
        }
        awaitUnion(seenByOne, seenByOther, all);

        assertThat(handledTwiceByOne).as("events handled twice by the same engine").isEmpty();
        assertThat(seenByOne).as("events the first engine handled").isNotEmpty();
        assertThat(seenByOther).as("events the second engine handled").isNotEmpty();
        Set<Long> both = new HashSet<>(seenByOne);
        both.retainAll(seenByOther);
        assertThat(both).as("events handled by both engines").isEmpty();
        Set<Long> union = new HashSet<>(seenByOne);
        union.addAll(seenByOther);
        assertThat(union).isEqualTo(all);
        for (VisitId visit : visits) {
            assertThat(one.visit(visit)).as("visit %s in the shared read models", visit).isPresent();
        }
        assertThat(one.dyads()).hasSize(hosts.length);
    }

    private static MessageHandlerInterceptor<EventMessage<?>> recording(Set<Long> seen, List<Long> twice) {
        return (unitOfWork, chain) -> {
            long position = ((TrackedEventMessage<?>) unitOfWork.getMessage()).trackingToken().position().orElseThrow();
            if (!seen.add(position)) {
                synchronized (twice) {
                    twice.add(position);
                }
            }
            return chain.proceed();
        };
    }

    private static void awaitUnion(Set<Long> one, Set<Long> other, Set<Long> all) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Set<Long> union = new HashSet<>(one);
            union.addAll(other);
            if (union.containsAll(all)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
