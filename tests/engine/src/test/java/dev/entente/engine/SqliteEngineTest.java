package dev.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.StoreUnavailable;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import dev.entente.application.RecordedEvent;
import dev.entente.application.ReplayProgress;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.ConcludeAgreement;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.SignAgreement;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.fixtures.Sources;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Sector;
import dev.entente.application.query.StoreReadModels;
import dev.entente.application.spi.Storage;
import dev.entente.domain.fixtures.Countries;
import dev.entente.embedded.Entente;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.common.transaction.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine suite on the embedded default: an SQLite database in a directory (WAL, synchronous FULL). */
class SqliteEngineTest extends EngineContract {

    @TempDir
    Path directory;

    @Override
    protected Storage openStorage() {
        return JdbcStorage.sqlite(directory, EntenteJson.mapper());
    }

    @Override
    protected Connection rawConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("entente.db"));
    }

    @Test
    void starts_in_one_line_on_a_directory_and_finds_its_history_there_again() {
        Path data = directory.resolve("relations");
        try (EntenteEngine entente = Entente.embedded(data)) {
            playTheReferenceArticle(entente);
        }
        assertThat(data.resolve("entente.db")).isRegularFile();
        assertThat(data.resolve("entente.mv.db")).doesNotExist();

        try (EntenteEngine entente = Entente.embedded(data)) {
            assertThat(entente.stateOf(Countries.AZ_PK, LocalDate.of(2024, 7, 13)).lastHighLevelVisit()).isNotNull();
        }
    }

    @Test
    void two_writers_on_one_agreement_take_turns_and_the_second_decides_on_what_the_first_wrote() throws Exception {
        AgreementId turns = AgreementId.of("az-pk-turns-2024");
        EntenteEngine one = start();
        EntenteEngine other = start();
        one.send(new ConcludeAgreement(turns, LocalDate.of(2024, 7, 13), "Agreement on taking turns",
                InstrumentKind.AGREEMENT, List.of(Countries.AZ, Countries.PK), List.of(Sector.TRADE), List.of(),
                null, null, null, Sources.CITED));

        CompletableFuture<Void> byAzerbaijan = CompletableFuture.runAsync(() -> one.send(sign(turns, Countries.AZ)));
        CompletableFuture<Void> byPakistan = CompletableFuture.runAsync(() -> other.send(sign(turns, Countries.PK)));
        byAzerbaijan.get(60, TimeUnit.SECONDS);
        byPakistan.get(60, TimeUnit.SECONDS);

        try (var history = one.history()) {
            List<Long> sequences = history.filter(e -> e.aggregateId().equals(turns.aggregateId()))
                    .map(RecordedEvent::sequence).toList();
            assertThat(sequences).as("one history, no conflict, no gap").hasSizeGreaterThanOrEqualTo(3)
                    .isEqualTo(LongStream.range(0, sequences.size()).boxed().toList());
        }
        assertThat(one.agreement(turns).orElseThrow().signings()).hasSize(2);
    }

    @Test
    void a_second_engine_on_the_same_file_reads_alongside_and_its_writer_waits_its_turn_then_says_the_store_is_busy() {
        Path data = directory.resolve("shared");
        try (EntenteEngine first = Entente.embedded(data)) {
            playTheReferenceArticle(first);
            first.awaitReadModels();
            JdbcStorage writing = JdbcStorage.sqlite(data, EntenteJson.mapper());
            JdbcStorage waiting = JdbcStorage.builder(EntenteJson.mapper()).sqlite(data)
                    .busyTimeout(Duration.ofMillis(300)).build();
            try (writing; waiting) {
                Transaction holding = writing.transactionManager().startTransaction();
                try {
                    assertThat(new StoreReadModels(waiting.readModels()).stateOf(Countries.AZ_PK,
                            LocalDate.of(2024, 7, 13)).lastHighLevelVisit())
                            .as("the read models are read while another writes").isNotNull();
                    assertThatThrownBy(() -> waiting.transactionManager().executeInTransaction(() -> { }))
                            .isInstanceOf(StoreUnavailable.class)
                            .hasMessage("The store is busy: another process is writing to it");
                } finally {
                    holding.rollback();
                }
                waiting.transactionManager().executeInTransaction(() -> { });
            }
        }
    }

    @Test
    void makes_no_network_connection_and_has_no_axon_server_or_update_checker_to_make_one() throws UnknownHostException {
        assertThatThrownBy(() -> Class.forName("org.axonframework.axonserver.connector.AxonServerConfiguration"))
                .isInstanceOf(ClassNotFoundException.class);
        List<String> attempts = new CopyOnWriteArrayList<>();
        SecurityManager before = System.getSecurityManager();
        System.setSecurityManager(new NoConnections(attempts));
        try {
            EntenteEngine engine = start();
            playTheReferenceArticle(engine);
            engine.stateOf(Countries.AZ_PK, LocalDate.of(2024, 7, 13));
            engine.replay(ReplayProgress.silent());
            stop(engine);
        } finally {
            System.setSecurityManager(before);
        }
        assertThat(attempts).as("outgoing connections or look-ups").isEmpty();
        assertThat(Files.exists(directory.resolve("entente.db"))).isTrue();
    }

    /** Records, and refuses, every socket connection and host look-up; allows everything else. */
    @SuppressWarnings("removal")
    private static final class NoConnections extends SecurityManager {

        private final List<String> attempts;
        private final String ownHostName;

        NoConnections(List<String> attempts) throws UnknownHostException {
            this.attempts = attempts;
            this.ownHostName = InetAddress.getLocalHost().getHostName();
        }

        @Override
        public void checkConnect(String host, int port) {
            if (port == -1 && host.equals(ownHostName)) {
                // Axon's JdbcTokenStore builder names the node after the JVM ("pid@host"), which asks the
                // machine its own name: a local look-up, not a connection.
                return;
            }
            attempts.add(host + ":" + port);
            throw new SecurityException("Entente must not connect to " + host + ":" + port);
        }

        @Override
        public void checkConnect(String host, int port, Object context) {
            checkConnect(host, port);
        }

        @Override
        public void checkPermission(java.security.Permission permission) {
            // Everything but connections is allowed.
        }

        @Override
        public void checkPermission(java.security.Permission permission, Object context) {
            // Everything but connections is allowed.
        }
    }
}
