package dev.entente.adapters.jdbc.eventlog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.JdbcTransactionManager;
import dev.entente.adapters.jdbc.Sql;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.spi.AppliedCommand;
import dev.entente.application.spi.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/**
 * A store's history as a JSON Lines event log (its domain events and its applied commands): exported from any store,
 * checked whole and imported into an empty one.
 */
public final class EventLog {

    /** The format this version writes (and reads), named in the header line. */
    public static final String FORMAT = "entente-event-log/2";
    /** The earlier format, without applied commands and end marker, which this version still reads. */
    public static final String FORMAT_1 = "entente-event-log/1";

    static final EventSchema SCHEMA = new EventSchema();

    private static final int FETCH_SIZE = 500;

    private EventLog() {
    }

    /**
     * Writes the header, every domain event of {@code storage} oldest first, every applied command by digest, and the
     * end marker (the counts and the SHA-256 of the lines before it) to {@code out}, which is flushed and left open.
     * Rows are streamed, never all held at once. Snapshots are left out: they are derived from the events.
     *
     * @return the number of events written
     * @throws EventLogException ({@link EventLogException#UNEXPORTABLE}) if a stored payload or metadata is not a
     *                           JSON object
     */
    public static long export(JdbcStorage storage, OutputStream out) {
        Objects.requireNonNull(out, "out");
        storage.createEventSchema();
        JdbcTransactionManager transactions = storage.transactionManager();
        // PostgreSQL honours the fetch size only outside auto-commit; in auto-commit it would load every row at once.
        return transactions.fetchInTransaction(() -> Sql.execute(transactions, "Exporting the event log",
                connection -> write(connection, out, storage.commandLog().entries())));
    }

    /**
     * Reads an event log (format 2 or 1) into {@code storage}, which must hold no events and no applied commands.
     * Every line is checked first, each event read as the event store will read it with Entente's serializer and
     * upcasters; only a log without any problem is then written, in one transaction.
     *
     * @throws EventLogException when the store is not empty or the log is refused; it lists every problem found
     *                           (up to a hundred), each with its code and line
     */
    public static ImportReport importInto(JdbcStorage storage, InputStream in) {
        return importInto(storage, in, new JsonSerialization());
    }

    /** As {@link #importInto(JdbcStorage, InputStream)}, reading events with the given serializer and upcasters. */
    public static ImportReport importInto(JdbcStorage storage, InputStream in, Serialization serialization) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(serialization, "serialization");
        storage.createEventSchema();
        JdbcTransactionManager transactions = storage.transactionManager();
        return transactions.fetchInTransaction(() -> {
            ImportReport report = Sql.execute(transactions, "Importing the event log",
                    connection -> new EventLogImport(connection, serialization).run(in));
            // The rows were written past the event storage, so the key index is filled from them, in the same
            // transaction (ADR 0027).
            storage.refillKeyIndex(serialization.events());
            return report;
        });
    }

    private static long write(Connection connection, OutputStream target, List<AppliedCommand> commands)
            throws SQLException {
        MessageDigest sha256 = LogLines.newSha256();
        OutputStream out = new DigestOutputStream(target, sha256);
        String select = "SELECT " + String.join(", ", SCHEMA.eventIdentifierColumn(), SCHEMA.typeColumn(),
                SCHEMA.aggregateIdentifierColumn(), SCHEMA.sequenceNumberColumn(), SCHEMA.timestampColumn(),
                SCHEMA.payloadTypeColumn(), SCHEMA.payloadRevisionColumn(), SCHEMA.payloadColumn(),
                SCHEMA.metaDataColumn())
                + " FROM " + SCHEMA.domainEventTable() + " ORDER BY " + SCHEMA.globalIndexColumn();
        try (JsonGenerator generator = Json.generator(out);
             PreparedStatement statement = Sql.prepare(connection, select)) {
            generator.writeStartObject();
            generator.writeStringField("format", FORMAT);
            generator.writeEndObject();
            generator.writeRaw('\n');
            statement.setFetchSize(FETCH_SIZE);
            long events = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events++;
                    writeEvent(generator, rows, events + 1);
                }
            }
            // By digest, compared as Java strings: the order must not depend on the database's collation.
            List<AppliedCommand> byDigest = new ArrayList<>(commands);
            byDigest.sort(Comparator.comparing(AppliedCommand::digest));
            for (AppliedCommand command : byDigest) {
                writeCommand(generator, command);
            }
            generator.flush();
            String checksum = HexFormat.of().formatHex(sha256.digest());
            generator.writeStartObject();
            generator.writeStringField("end", FORMAT);
            generator.writeNumberField("events", events);
            generator.writeNumberField("commands", byDigest.size());
            generator.writeStringField("sha256", checksum);
            generator.writeEndObject();
            generator.writeRaw('\n');
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the event log", e);
        }
    }

    private static void writeEvent(JsonGenerator generator, ResultSet row, long line)
            throws SQLException, IOException {
        String eventId = row.getString(1);
        generator.writeStartObject();
        generator.writeStringField(Field.EVENT_ID.jsonName(), eventId);
        generator.writeStringField(Field.AGGREGATE_TYPE.jsonName(), row.getString(2));
        generator.writeStringField(Field.AGGREGATE_ID.jsonName(), row.getString(3));
        generator.writeNumberField(Field.SEQUENCE.jsonName(), row.getLong(4));
        generator.writeStringField(Field.RECORDED_AT.jsonName(), row.getString(5));
        generator.writeStringField(Field.NAME.jsonName(), row.getString(6));
        generator.writeStringField(Field.REVISION.jsonName(), row.getString(7));
        generator.writeFieldName(Field.PAYLOAD.jsonName());
        writeDocument(generator, row.getBytes(8), Field.PAYLOAD, eventId, line);
        generator.writeFieldName(Field.META_DATA.jsonName());
        byte[] metaData = row.getBytes(9);
        if (metaData == null) {
            generator.writeNull();
        } else {
            writeDocument(generator, metaData, Field.META_DATA, eventId, line);
        }
        generator.writeEndObject();
        generator.writeRaw('\n');
    }

    private static void writeCommand(JsonGenerator generator, AppliedCommand command) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("command", command.digest());
        generator.writeStringField("label", command.label());
        generator.writeStringField("aggregateId", command.aggregateId());
        generator.writeFieldName("events");
        if (command.events() == null) {
            generator.writeNull();
        } else {
            generator.writeNumber(command.events());
        }
        generator.writeEndObject();
        generator.writeRaw('\n');
    }

    private static void writeDocument(JsonGenerator generator, byte[] stored, Field field, String eventId, long line)
            throws IOException {
        try (JsonParser parser = Json.FACTORY.createParser(stored)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw unexportable(field, eventId, line, "is not a JSON object");
            }
            Json.copy(parser, generator);
            if (parser.nextToken() != null) {
                throw unexportable(field, eventId, line, "holds more than one JSON value");
            }
        } catch (JsonProcessingException e) {
            throw unexportable(field, eventId, line, "is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static EventLogException unexportable(Field field, String eventId, long line, String problem) {
        return EventLogException.at(EventLogException.UNEXPORTABLE, line,
                "the stored " + field.jsonName() + " of event " + eventId + " " + problem);
    }
}
