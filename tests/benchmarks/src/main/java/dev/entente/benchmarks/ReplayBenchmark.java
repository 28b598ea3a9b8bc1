package dev.entente.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.adapters.json.StoredNameSerializer;
import dev.entente.application.EntenteEngine;
import dev.entente.application.ReplayProgress;
import dev.entente.application.ReplayReport;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.axonframework.serialization.SimpleSerializedType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rebuilding every read model from a history of {@code events} events ({@link #replay}), against its baseline on
 * the same SQLite file: reading every event row with plain JDBC and deserializing each payload with Jackson
 * ({@link #rawRead}). One operation handles the whole history, so events per second is {@code events} divided by
 * the time of one operation.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class ReplayBenchmark {

    static final String REPLAY = "replay";
    static final String RAW_READ = "rawRead";

    private static final String SELECT_EVERY_EVENT =
            "SELECT payloadType, payloadRevision, payload FROM DomainEventEntry ORDER BY globalIndex";

    /** How many events the history holds. */
    @Param("20000")
    public int events;

    private EntenteEngine engine;
    private Connection connection;
    private final StoredNameSerializer serializer = new StoredNameSerializer();
    private final ObjectMapper mapper = EntenteJson.mapper();

    @Setup(Level.Trial)
    public void open(BenchmarkParams params) throws SQLException {
        Path store = Stores.history(events);
        if (params.getBenchmark().endsWith("." + REPLAY)) {
            engine = Stores.engine(store);
            engine.awaitReadModels();
        } else {
            // Kept open across operations, as the engine keeps its pool.
            connection = Stores.connectReadOnly(store);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        if (engine != null) {
            engine.close();
        }
        if (connection != null) {
            connection.close();
        }
    }

    /** For {@link ReplayCpuProbe}: reads through {@code connection} (kept open by the caller) without a trial set-up. */
    void useConnection(Connection connection) {
        this.connection = connection;
    }

    /** Resets the read models and waits until they have folded the whole history again. */
    @Benchmark
    public ReplayReport replay() {
        ReplayReport report = engine.replay(ReplayProgress.silent());
        if (report.events() != events) {
            throw new IllegalStateException("The replay handled " + report.events() + " events, not " + events);
        }
        return report;
    }

    /** Reads every event row in order and turns its payload into its event record. */
    @Benchmark
    public long rawRead(Blackhole blackhole) throws SQLException, IOException {
        long read = 0;
        try (PreparedStatement select = connection.prepareStatement(SELECT_EVERY_EVENT);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Class<?> type = serializer.classForType(new SimpleSerializedType(rows.getString(1), rows.getString(2)));
                blackhole.consume(mapper.readValue(rows.getBytes(3), type));
                read++;
            }
        }
        if (read != events) {
            throw new IllegalStateException("Read " + read + " events, not " + events);
        }
        return read;
    }
}
