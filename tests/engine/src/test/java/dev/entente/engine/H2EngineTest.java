package dev.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import dev.entente.application.ReplayProgress;
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
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine suite on the embedded default: an H2 database in a directory. */
class H2EngineTest extends EngineContract {

    @TempDir
    Path directory;

    @Override
    protected Storage openStorage() {
        return JdbcStorage.h2(directory, EntenteJson.mapper());
    }

    @Override
    protected Connection rawConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("entente"), "sa", "");
    }

    @Test
    void starts_in_one_line_on_a_directory_and_finds_its_history_there_again() {
        Path data = directory.resolve("relations");
        try (EntenteEngine entente = Entente.embedded(data)) {
            playTheReferenceArticle(entente);
        }
        assertThat(data.resolve("entente.mv.db")).exists();

        try (EntenteEngine entente = Entente.embedded(data)) {
            assertThat(entente.stateOf(Countries.AZ_PK, LocalDate.of(2024, 7, 13)).lastHighLevelVisit()).isNotNull();
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
        assertThat(Files.exists(directory.resolve("entente.mv.db"))).isTrue();
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
