package dev.entente.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.adapters.json.StoredNameSerializer;
import dev.entente.adapters.json.chronicle.Chronicle;
import dev.entente.adapters.json.chronicle.ChronicleException;
import dev.entente.adapters.json.chronicle.ChronicleReader;
import dev.entente.application.EntenteEngine;
import dev.entente.application.batch.BatchReport;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.chronicles.GeneratedChronicle;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Applying a chronicle of {@code applyCommands} commands, as {@code entente apply FILE} does, on a fresh SQLite file
 * store ({@link #apply}): reading the JSON Lines file with {@link ChronicleReader}, then
 * {@link EntenteEngine#apply}, which plays the whole batch in memory and then writes it in one transaction. Against
 * its baseline on another fresh SQLite file: inserting the events that apply records (the same records, serialized to
 * the same bytes) into a table of the same shape with plain JDBC batches of {@value #JDBC_BATCH}, in one
 * transaction ({@link #rawBatchInsert}). One operation handles the whole chronicle, so commands per second is
 * {@code applyCommands} divided by the time of one operation, and events per second the events recorded divided by
 * it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
// One operation of 100,000 commands takes one to two minutes on 2 cores; JMH's default limit is 10 minutes.
@Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
@Fork(1)
@State(Scope.Benchmark)
public class ApplyBenchmark {

    static final String APPLY = "apply";
    static final String RAW_BATCH_INSERT = "rawBatchInsert";
    static final String APPLY_READ_CHRONICLE = "applyReadChronicle";

    /** Rows per JDBC batch in the baseline. */
    static final int JDBC_BATCH = 1_000;

    static final String INSERT_EVENT = "INSERT INTO DomainEventEntry (eventIdentifier, aggregateIdentifier, "
            + "sequenceNumber, type, timeStamp, payloadType, payloadRevision, payload, metaData) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_EVERY_EVENT = "SELECT aggregateIdentifier, sequenceNumber, type, payloadType, "
            + "payloadRevision, payload, metaData FROM DomainEventEntry ORDER BY globalIndex";

    /** How many commands the chronicle holds. */
    @Param("100000")
    public int applyCommands;

    private boolean throughTheEngine;
    private boolean chronicleReadBefore;
    private List<PlannedCommand> planned;
    private Path chronicleDirectory;
    private GeneratedChronicle.Written chronicle;
    /** The baseline's rows: the events the engine recorded when it applied the chronicle. */
    private List<Recorded> recorded;
    private final ObjectMapper mapper = EntenteJson.mapper();

    private Path directory;
    private EntenteEngine engine;
    private Connection connection;
    private PreparedStatement insert;

    /** One event as the engine recorded it: its aggregate, its place there, its record and its metadata. */
    record Recorded(String aggregateId, long sequenceNumber, String aggregateType, String payloadType,
                            String payloadRevision, Object event, Map<String, Object> metaData) {
    }

    /** Writes the chronicle; the baseline also applies it once, on a scratch store, to learn what it records. */
    @Setup(Level.Trial)
    public void prepare(BenchmarkParams params) throws Exception {
        throughTheEngine = params.getBenchmark().endsWith("." + APPLY)
                || params.getBenchmark().endsWith("." + APPLY_READ_CHRONICLE);
        chronicleReadBefore = params.getBenchmark().endsWith("." + APPLY_READ_CHRONICLE);
        chronicleDirectory = Stores.freshDirectory("chronicle-");
        long started = System.nanoTime();
        chronicle = GeneratedChronicle.write(chronicleDirectory.resolve("chronicle.jsonl"), applyCommands);
        System.out.printf("%n(wrote a chronicle of %,d commands, %,d sources, %,d bytes, recording %,d events, in"
                        + " %.1f s)%n", chronicle.commands(), chronicle.sources(), chronicle.bytes(), chronicle.events(),
                (System.nanoTime() - started) / 1e9);
        if (!throughTheEngine) {
            recorded = recordedByApplying(chronicle);
        }
    }

    @TearDown(Level.Trial)
    public void deleteChronicle() {
        recorded = null;
        Stores.delete(chronicleDirectory);
    }

    /** Each iteration starts on an empty database, outside the timed part. */
    @Setup(Level.Iteration)
    public void open() throws SQLException, IOException, ChronicleException {
        directory = Stores.freshDirectory(throughTheEngine ? "apply-" : "raw-batch-insert-");
        if (chronicleReadBefore) {
            planned = new ChronicleReader().read(chronicle.file()).planned();
        }
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
            long events = throughTheEngine ? Stores.events(engine) : Stores.rows(connection);
            if (events != chronicle.events()) {
                throw new IllegalStateException("The store holds " + events + " events, not " + chronicle.events());
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
            planned = null;
            Stores.delete(directory);
        }
    }

    /** Reads the chronicle and applies it whole: checked in memory, then written in one transaction. */
    @Benchmark
    public BatchReport apply() throws IOException, ChronicleException {
        Chronicle read = new ChronicleReader().read(chronicle.file());
        BatchReport report = engine.apply(read.planned());
        if (report.applied().size() != chronicle.commands()) {
            throw new IllegalStateException("Applied " + report.applied().size() + " commands, not "
                    + chronicle.commands() + " (" + report.skipped().size() + " skipped)");
        }
        return report;
    }

    /** The engine's part alone: the chronicle was read before the timed part, only {@code apply} is timed. */
    @Benchmark
    public BatchReport applyReadChronicle() {
        BatchReport report = engine.apply(planned);
        if (report.applied().size() != chronicle.commands()) {
            throw new IllegalStateException("Applied " + report.applied().size() + " commands, not "
                    + chronicle.commands());
        }
        return report;
    }

    /** Serializes each event and its metadata with Jackson and inserts them in JDBC batches, in one transaction. */
    @Benchmark
    public void rawBatchInsert() throws SQLException, IOException {
        rawBatchInsert(recorded, connection, insert, mapper);
    }

    /** The baseline's work, shared with {@link ApplyCpuProbe}: {@code recorded} inserted through {@code insert}. */
    static void rawBatchInsert(List<Recorded> recorded, Connection connection, PreparedStatement insert,
                               ObjectMapper mapper) throws SQLException, IOException {
        int pending = 0;
        for (Recorded event : recorded) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, event.aggregateId());
            insert.setLong(3, event.sequenceNumber());
            insert.setString(4, event.aggregateType());
            insert.setString(5, Instant.now().toString());
            insert.setString(6, event.payloadType());
            insert.setString(7, event.payloadRevision());
            insert.setBytes(8, mapper.writeValueAsBytes(event.event()));
            insert.setBytes(9, mapper.writeValueAsBytes(event.metaData()));
            insert.addBatch();
            if (++pending == JDBC_BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            insert.executeBatch();
        }
        connection.commit();
    }

    /**
     * Applies the chronicle once through an engine on a scratch store and reads back every event row: its payload
     * turned into its event record, which must serialize to the very bytes the engine stored, and its metadata.
     */
    static List<Recorded> recordedByApplying(GeneratedChronicle.Written chronicle) throws Exception {
        ObjectMapper mapper = EntenteJson.mapper();
        long started = System.nanoTime();
        Path scratch = Stores.freshDirectory("apply-scratch-");
        List<Recorded> rows = new ArrayList<>(chronicle.events());
        try {
            try (EntenteEngine scratchEngine = Stores.engine(scratch)) {
                scratchEngine.apply(new ChronicleReader().read(chronicle.file()).planned());
            }
            StoredNameSerializer serializer = new StoredNameSerializer();
            TypeReference<Map<String, Object>> metaDataType = new TypeReference<>() {
            };
            try (Connection stored = Stores.connect(scratch);
                 PreparedStatement select = stored.prepareStatement(SELECT_EVERY_EVENT);
                 ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String payloadType = result.getString(4);
                    String revision = result.getString(5);
                    byte[] payload = result.getBytes(6);
                    byte[] metaData = result.getBytes(7);
                    Class<?> type = serializer.classForType(new SimpleSerializedType(payloadType, revision));
                    Object event = mapper.readValue(payload, type);
                    Map<String, Object> metaDataMap = mapper.readValue(metaData, metaDataType);
                    if (!Arrays.equals(mapper.writeValueAsBytes(event), payload)
                            || !Arrays.equals(mapper.writeValueAsBytes(metaDataMap), metaData)) {
                        throw new IllegalStateException("Jackson does not write " + payloadType + " of "
                                + result.getString(1) + " to the bytes the engine stored");
                    }
                    rows.add(new Recorded(result.getString(1), result.getLong(2), result.getString(3), payloadType,
                            revision, event, metaDataMap));
                }
            }
        } finally {
            Stores.delete(scratch);
        }
        if (rows.size() != chronicle.events()) {
            throw new IllegalStateException("Applying the chronicle recorded " + rows.size() + " events, not "
                    + chronicle.events());
        }
        System.out.printf("(applied the chronicle once to learn its %,d events, in %.1f s)%n", rows.size(),
                (System.nanoTime() - started) / 1e9);
        return List.copyOf(rows);
    }
}
