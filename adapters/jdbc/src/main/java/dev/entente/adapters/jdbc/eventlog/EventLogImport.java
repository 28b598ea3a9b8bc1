package dev.entente.adapters.jdbc.eventlog;

import static dev.entente.adapters.jdbc.eventlog.EventLog.SCHEMA;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.adapters.jdbc.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;

/**
 * One import on the caller's transaction: checks each line as it is read and inserts the events in JDBC batches; a
 * refusal on a later line is undone by the caller rolling back.
 */
final class EventLogImport {

    private static final int BATCH_SIZE = 500;
    /** Axon's text columns are VARCHAR(255). */
    private static final int MAX_TEXT = 255;
    private static final String HEADER = "{\"format\":\"" + EventLog.FORMAT + "\"}";

    private final Connection connection;
    /** The sequence number each aggregate's next event must carry. */
    private final Map<String, Long> nextSequence = new HashMap<>();
    /** The line of every event identifier seen, to name the first one when it repeats. */
    private final Map<String, Long> lineOfEvent = new HashMap<>();

    EventLogImport(Connection connection) {
        this.connection = connection;
    }

    ImportReport run(LogLines lines) throws SQLException {
        refuseUnlessEmpty();
        readHeader(lines);
        String insert = "INSERT INTO " + SCHEMA.domainEventTable() + " (" + String.join(", ",
                SCHEMA.eventIdentifierColumn(), SCHEMA.typeColumn(), SCHEMA.aggregateIdentifierColumn(),
                SCHEMA.sequenceNumberColumn(), SCHEMA.timestampColumn(), SCHEMA.payloadTypeColumn(),
                SCHEMA.payloadRevisionColumn(), SCHEMA.payloadColumn(), SCHEMA.metaDataColumn())
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long events = 0;
        try (PreparedStatement statement = Sql.prepare(connection, insert)) {
            String line;
            while ((line = lines.next()) != null) {
                EventLine event = parse(line, lines.number());
                check(event, lines.number());
                event.bind(statement);
                statement.addBatch();
                events++;
                if (events % BATCH_SIZE == 0) {
                    statement.executeBatch();
                }
            }
            if (events % BATCH_SIZE != 0) {
                statement.executeBatch();
            }
        }
        return new ImportReport(events, nextSequence.size());
    }

    private void refuseUnlessEmpty() throws SQLException {
        try (PreparedStatement statement = Sql.prepare(connection,
                "SELECT 1 FROM " + SCHEMA.domainEventTable() + " LIMIT 1");
             ResultSet rows = statement.executeQuery()) {
            if (rows.next()) {
                throw EventLogException.at(EventLogException.STORE_NOT_EMPTY, 0,
                        "The store already holds events; an event log is imported only into an empty store");
            }
        }
    }

    private static void readHeader(LogLines lines) {
        String header = lines.next();
        if (header == null) {
            throw EventLogException.at(EventLogException.UNSUPPORTED_FORMAT, 1,
                    "the log is empty; its first line must be the header " + HEADER);
        }
        JsonNode node;
        try (JsonParser parser = Json.FACTORY.createParser(header)) {
            node = parser.readValueAsTree();
            if (parser.nextToken() != null) {
                node = null;
            }
        } catch (JsonProcessingException e) {
            node = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode format = node != null && node.isObject() ? node.get("format") : null;
        if (format == null || !format.isTextual() || node.size() != 1) {
            throw EventLogException.at(EventLogException.UNSUPPORTED_FORMAT, 1,
                    "this is not an Entente event log: its first line must be the header " + HEADER
                            + ", found " + excerpt(header));
        }
        if (!EventLog.FORMAT.equals(format.textValue())) {
            throw EventLogException.at(EventLogException.UNSUPPORTED_FORMAT, 1,
                    "format " + format.textValue() + " is not supported; this version reads " + EventLog.FORMAT);
        }
    }

    private void check(EventLine event, long line) {
        Long first = lineOfEvent.putIfAbsent(event.eventId(), line);
        if (first != null) {
            throw EventLogException.at(EventLogException.DUPLICATE_EVENT, line,
                    "event " + event.eventId() + " already appeared on line " + first);
        }
        long due = nextSequence.getOrDefault(event.aggregateId(), 0L);
        if (event.sequence() != due) {
            throw EventLogException.at(EventLogException.SEQUENCE_GAP, line, due == 0
                    ? "the history of " + event.aggregateId() + " starts at sequence " + event.sequence()
                    + " instead of 0"
                    : event.aggregateId() + " has sequence " + event.sequence() + " where " + due
                    + " is due; an aggregate's events run 0, 1, 2, … in the order of the lines");
        }
        nextSequence.put(event.aggregateId(), due + 1);
    }

    /**
     * The event on a line. A line that is not JSON is refused as malformed even if a field before the break was
     * already wrong, since the break is the more basic fault; otherwise the first wrong field, then the first missing
     * one, is reported.
     */
    private static EventLine parse(String text, long line) {
        Map<Field, Object> values = new EnumMap<>(Field.class);
        EventLogException problem = null;
        try (JsonParser parser = Json.FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(line, "the line is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                Field field = Field.named(name);
                try {
                    if (field == null) {
                        throw EventLogException.invalidField(line, name, "is not part of " + EventLog.FORMAT);
                    }
                    if (values.containsKey(field)) {
                        throw EventLogException.invalidField(line, name, "appears twice");
                    }
                    values.put(field, value(field, parser, line));
                } catch (EventLogException refused) {
                    parser.skipChildren();
                    problem = problem != null ? problem : refused;
                }
            }
            if (parser.nextToken() != null) {
                throw malformed(line, "the line holds more than one JSON value");
            }
        } catch (JsonProcessingException e) {
            throw malformed(line, "the line is not valid JSON (" + e.getOriginalMessage()
                    + "); it may have been cut short");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (problem != null) {
            throw problem;
        }
        for (Field field : Field.values()) {
            if (!values.containsKey(field)) {
                throw EventLogException.invalidField(line, field.jsonName(), "is missing");
            }
        }
        return new EventLine((String) values.get(Field.EVENT_ID), (String) values.get(Field.AGGREGATE_TYPE),
                (String) values.get(Field.AGGREGATE_ID), (Long) values.get(Field.SEQUENCE),
                (String) values.get(Field.RECORDED_AT), (String) values.get(Field.NAME),
                (String) values.get(Field.REVISION), (byte[]) values.get(Field.PAYLOAD),
                (byte[]) values.get(Field.META_DATA));
    }

    private static Object value(Field field, JsonParser parser, long line) throws IOException {
        return switch (field) {
            case EVENT_ID, AGGREGATE_ID, NAME -> text(parser, field, line, false);
            case AGGREGATE_TYPE, REVISION -> text(parser, field, line, true);
            case SEQUENCE -> sequence(parser, line);
            case RECORDED_AT -> instant(parser, line);
            case PAYLOAD -> document(parser, field, line, false);
            case META_DATA -> document(parser, field, line, true);
        };
    }

    private static String text(JsonParser parser, Field field, long line, boolean nullable) throws IOException {
        if (nullable && parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw EventLogException.invalidField(line, field.jsonName(),
                    nullable ? "must be a string or null" : "must be a string");
        }
        String text = parser.getText();
        if (!nullable && text.isEmpty()) {
            throw EventLogException.invalidField(line, field.jsonName(), "must not be empty");
        }
        if (text.length() > MAX_TEXT) {
            throw EventLogException.invalidField(line, field.jsonName(),
                    "is longer than " + MAX_TEXT + " characters, which the event table cannot hold");
        }
        return text;
    }

    private static long sequence(JsonParser parser, long line) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
                || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER || parser.getLongValue() < 0) {
            throw EventLogException.invalidField(line, Field.SEQUENCE.jsonName(), "must be a whole number from 0");
        }
        return parser.getLongValue();
    }

    /** Kept as written, since it is stored as text, but it must be an instant Axon can read back. */
    private static String instant(JsonParser parser, long line) throws IOException {
        String text = text(parser, Field.RECORDED_AT, line, false);
        try {
            DateTimeUtils.parseInstant(text);
        } catch (DateTimeParseException e) {
            throw EventLogException.invalidField(line, Field.RECORDED_AT.jsonName(),
                    "must be an ISO-8601 instant such as 2024-07-11T10:00:00.123Z, got " + text);
        }
        return text;
    }

    private static byte[] document(JsonParser parser, Field field, long line, boolean nullable) throws IOException {
        if (nullable && parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw EventLogException.invalidField(line, field.jsonName(),
                    nullable ? "must be a JSON object or null" : "must be a JSON object");
        }
        return Json.compact(parser);
    }

    private static EventLogException malformed(long line, String message) {
        return EventLogException.at(EventLogException.MALFORMED, line, message);
    }

    private static String excerpt(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    /** An event as a line gives it, ready for the event table. */
    private record EventLine(String eventId, String aggregateType, String aggregateId, long sequence,
                             String recordedAt, String name, String revision, byte[] payload, byte[] metaData) {

        void bind(PreparedStatement insert) throws SQLException {
            insert.setString(1, eventId);
            insert.setString(2, aggregateType);
            insert.setString(3, aggregateId);
            insert.setLong(4, sequence);
            insert.setString(5, recordedAt);
            insert.setString(6, name);
            insert.setString(7, revision);
            insert.setBytes(8, payload);
            insert.setBytes(9, metaData);
        }
    }
}
