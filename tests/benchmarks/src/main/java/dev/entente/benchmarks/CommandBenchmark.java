package dev.entente.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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

/**
 * Sending {@code commands} commands to fresh visits through an engine on a fresh SQLite file ({@link #commands}), one
 * at a time as a caller would, each recording one event in its own transaction; against its baseline on another
 * fresh SQLite file: serializing the same events with Jackson and inserting each into a table of the same shape with
 * plain JDBC, one insert and one commit per event ({@link #rawInsert}). One operation sends them all, so commands
 * per second is {@code commands} divided by the time of one operation.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Axon's command path and SQLite's inserts take some 15,000 operations to reach their steady pace on 2 cores.
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class CommandBenchmark {

    static final String COMMANDS = "commands";
    static final String RAW_INSERT = "rawInsert";

    private static final String INSERT_EVENT = "INSERT INTO DomainEventEntry (eventIdentifier, aggregateIdentifier, "
            + "sequenceNumber, type, timeStamp, payloadType, payloadRevision, payload, metaData) "
            + "VALUES (?, ?, ?, 'Visit', ?, ?, ?, ?, ?)";

    /** How many commands one operation sends. */
    @Param("5000")
    public int commands;

    private List<VisitCommands.Step> steps;
    private boolean throughTheEngine;
    private final ObjectMapper mapper = EntenteJson.mapper();

    private Path directory;
    private EntenteEngine engine;
    private Connection connection;
    private PreparedStatement insert;

    @Setup(Level.Trial)
    public void prepare(BenchmarkParams params) {
        steps = VisitCommands.steps(commands);
        throughTheEngine = params.getBenchmark().endsWith("." + COMMANDS);
    }

    /** Each iteration starts on an empty database, as the first iteration did. */
    @Setup(Level.Iteration)
    public void open() throws SQLException {
        directory = Stores.freshDirectory(throughTheEngine ? "commands-" : "raw-insert-");
        if (throughTheEngine) {
            engine = Stores.engine(directory);
        } else {
            connection = Stores.rawEventTable(directory);
            insert = connection.prepareStatement(INSERT_EVENT);
        }
    }

    @TearDown(Level.Iteration)
    public void close() throws SQLException {
        try {
            long recorded = throughTheEngine ? Stores.events(engine) : Stores.rows(connection);
            if (recorded != commands) {
                throw new IllegalStateException("Recorded " + recorded + " events, not " + commands);
            }
        } finally {
            if (engine != null) {
                engine.close();
                engine = null;
            }
            if (connection != null) {
                connection.close();
                connection = null;
            }
            Stores.delete(directory);
        }
    }

    /** Sends each command and waits until its event is recorded, as {@code EntenteEngine.send} does. */
    @Benchmark
    public void commands() {
        for (VisitCommands.Step step : steps) {
            engine.commandGateway().sendAndWait(step.command());
        }
    }

    /** Serializes each event and its metadata with Jackson, inserts it and commits. */
    @Benchmark
    public void rawInsert() throws SQLException, IOException {
        for (VisitCommands.Step step : steps) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, step.aggregateId());
            insert.setLong(3, step.sequenceNumber());
            insert.setString(4, Instant.now().toString());
            insert.setString(5, step.storedName());
            insert.setString(6, step.revision());
            insert.setBytes(7, mapper.writeValueAsBytes(step.event()));
            insert.setBytes(8, mapper.writeValueAsBytes(metaData()));
            insert.executeUpdate();
            connection.commit();
        }
    }

    /** What Axon's correlation interceptor puts in an event's metadata: the ids of the command it answers. */
    private static Map<String, Object> metaData() {
        String commandId = UUID.randomUUID().toString();
        Map<String, Object> metaData = new LinkedHashMap<>();
        metaData.put("traceId", commandId);
        metaData.put("correlationId", commandId);
        return metaData;
    }
}
