package dev.entente.adapters.jdbc.eventlog;

import static dev.entente.adapters.jdbc.eventlog.EventLog.SCHEMA;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.adapters.jdbc.Sql;
import dev.entente.application.integrity.CommandTally;
import dev.entente.application.integrity.EventDecoder;
import dev.entente.application.integrity.RawEvent;
import dev.entente.application.spi.AppliedCommand;
import dev.entente.application.spi.Serialization;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;

/**
 * One import on the caller's transaction, in two passes. The first reads the whole log, checks every line (the event
 * read through the real serializer and upcasters, sequences, identifiers, and in format 2 the applied commands and
 * the end marker) and copies it to a temporary file, collecting every problem; only a log without any is read again
 * from that copy and written, in JDBC batches. So a refused log writes nothing at all, not even a rolled-back row.
 */
final class EventLogImport {

    private static final int BATCH_SIZE = 500;
    /** Enough to show what is wrong with a log; a log wrong on every line need not be listed whole. */
    private static final int MAX_PROBLEMS = 100;
    /** Axon's text columns are VARCHAR(255). */
    private static final int MAX_TEXT = 255;
    /** The columns of {@code entente_applied_command}. */
    private static final int MAX_DIGEST = 128;
    private static final int MAX_LABEL = 1024;
    private static final String HEADER = "{\"format\":\"" + EventLog.FORMAT + "\"}";

    private final Connection connection;
    private final EventDecoder decoder;
    /** The sequence number each aggregate's next event must carry. */
    private final Map<String, Long> nextSequence = new HashMap<>();
    /** The line of every event identifier seen, to name the first one when it repeats. */
    private final Map<String, Long> lineOfEvent = new HashMap<>();
    /** The line of every applied command, by digest. */
    private final Map<String, Long> lineOfCommand = new LinkedHashMap<>();
    private final List<AppliedCommand> commands = new ArrayList<>();
    private final CommandTally<Long> tally = new CommandTally<>();
    private final List<EventLogException.Problem> problems = new ArrayList<>();
    private long events;
    /** Lines of each kind before the end marker, whatever is wrong with them, to hold against its counts. */
    private long eventLines;
    private long commandLines;

    EventLogImport(Connection connection, Serialization serialization) {
        this.connection = connection;
        this.decoder = new EventDecoder(serialization);
    }

    ImportReport run(InputStream in) throws SQLException {
        refuseUnlessEmpty();
        Path spool = null;
        try {
            spool = Files.createTempFile("entente-import-", ".jsonl");
            try (OutputStream copy = new BufferedOutputStream(Files.newOutputStream(spool))) {
                validate(new LogLines(in), copy);
            }
            if (!problems.isEmpty()) {
                throw EventLogException.of(problems);
            }
            try (InputStream again = new BufferedInputStream(Files.newInputStream(spool))) {
                write(new LogLines(again));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep a copy of the event log while checking it", e);
        } finally {
            deleteQuietly(spool);
        }
        return new ImportReport(events, nextSequence.size(), commands.size());
    }

    private void refuseUnlessEmpty() throws SQLException {
        for (String table : new String[] {SCHEMA.domainEventTable(), "entente_applied_command"}) {
            // One row is enough to know; setMaxRows says so in every database's dialect.
            try (PreparedStatement statement = Sql.prepare(connection, "SELECT 1 FROM " + table)) {
                statement.setMaxRows(1);
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        throw EventLogException.at(EventLogException.STORE_NOT_EMPTY, 0, "The store already holds "
                                + "events or applied commands; an event log is imported only into an empty store");
                    }
                }
            }
        }
    }

    // --- the first pass: check everything, write nothing ------------------------------------------------------------

    private enum Section { EVENTS, COMMANDS, ENDED }

    private void validate(LogLines lines, OutputStream copy) throws IOException {
        String format = readHeader(lines);
        boolean v2 = EventLog.FORMAT.equals(format);
        Section section = Section.EVENTS;
        EndMarker end = null;
        while (problems.size() < MAX_PROBLEMS) {
            String text;
            try {
                text = lines.next();
            } catch (EventLogException refused) {
                problems.addAll(refused.problems());
                continue;
            }
            if (text == null) {
                break;
            }
            long line = lines.number();
            String kind = v2 ? firstField(text) : Field.EVENT_ID.jsonName();
            if ("end".equals(kind)) {
                if (section == Section.ENDED) {
                    problem(EventLogException.OUT_OF_ORDER, line, "a second end marker; the first is on line "
                            + end.line());
                    continue;
                }
                section = Section.ENDED;
                end = endMarker(text, line, lines.digestBeforeCurrent());
                continue;
            }
            if (section == Section.ENDED) {
                problem(EventLogException.OUT_OF_ORDER, line, "a line after the end marker on line " + end.line());
                continue;
            }
            copy.write(text.getBytes(StandardCharsets.UTF_8));
            copy.write('\n');
            if ("command".equals(kind)) {
                commandLines++;
            } else {
                eventLines++;
            }
            if ("command".equals(kind)) {
                section = Section.COMMANDS;
                command(text, line);
            } else if (section == Section.COMMANDS) {
                problem(EventLogException.OUT_OF_ORDER, line,
                        "an event after the applied commands; every event comes before them");
            } else {
                event(text, line);
            }
        }
        if (problems.size() >= MAX_PROBLEMS) {
            return;
        }
        if (v2) {
            checkEnd(end, lines.number());
            // A log cut short has lost its commands too; the cut is the problem to report, not what it took.
            List<CommandTally.Mismatch<Long>> mismatches = end == null ? List.of() : tally.mismatches(commands);
            for (CommandTally.Mismatch<Long> mismatch : mismatches) {
                long line = mismatch.kind() == CommandTally.Kind.UNRECORDED_COMMAND ? mismatch.firstEvent()
                        : lineOfCommand.get(mismatch.digest());
                problem(EventLogException.COMMAND_MISMATCH, line, mismatch.sentence());
            }
            problems.sort(Comparator.comparingLong(EventLogException.Problem::line));
        }
    }

    /** The header's format, or a refusal: nothing else can be read without it. */
    private static String readHeader(LogLines lines) {
        String header = lines.next();
        if (header == null) {
            throw EventLogException.at(EventLogException.UNSUPPORTED_FORMAT, 1,
                    "the log is empty; its first line must be the header " + HEADER);
        }
        JsonNode node = tree(header);
        JsonNode format = node != null && node.isObject() ? node.get("format") : null;
        if (format == null || !format.isTextual() || node.size() != 1) {
            throw EventLogException.at(EventLogException.UNSUPPORTED_FORMAT, 1,
                    "this is not an Entente event log: its first line must be the header " + HEADER
                            + ", found " + excerpt(header));
        }
        if (!EventLog.FORMAT.equals(format.textValue()) && !EventLog.FORMAT_1.equals(format.textValue())) {
            throw EventLogException.at(EventLogException.UNSUPPORTED_FORMAT, 1,
                    "format " + format.textValue() + " is not supported; this version reads " + EventLog.FORMAT
                            + " and " + EventLog.FORMAT_1);
        }
        return format.textValue();
    }

    private void event(String text, long line) {
        EventLine event;
        try {
            event = parse(text, line);
        } catch (EventLogException refused) {
            problems.addAll(refused.problems());
            return;
        }
        Long first = lineOfEvent.putIfAbsent(event.eventId(), line);
        if (first != null) {
            problem(EventLogException.DUPLICATE_EVENT, line, "event " + event.eventId()
                    + " already appeared on line " + first);
        }
        long due = nextSequence.getOrDefault(event.aggregateId(), 0L);
        if (event.sequence() != due) {
            problem(EventLogException.SEQUENCE_GAP, line, due == 0
                    ? "the history of " + event.aggregateId() + " starts at sequence " + event.sequence()
                    + " instead of 0"
                    : event.aggregateId() + " has sequence " + event.sequence() + " where " + due
                    + " is due; an aggregate's events run 0, 1, 2, … in the order of the lines");
        }
        nextSequence.put(event.aggregateId(), Math.max(due, event.sequence() + 1));
        events++;
        EventDecoder.Decoded decoded = decoder.decode(new RawEvent(line, event.eventId(), event.aggregateId(),
                event.sequence(), event.recordedAt(), event.name(), event.revision(), event.payload(),
                event.metaData()));
        if (!decoded.readable()) {
            problem("eventlog." + decoded.fault().suffix(), line, decoded.reason());
        } else if (decoded.commandDigest() != null) {
            tally.count(decoded.commandDigest(), event.aggregateId(), line);
        }
    }

    private void command(String text, long line) {
        JsonNode node = objectLine(text, line);
        if (node == null) {
            return;
        }
        int before = problems.size();
        String digest = text(node, "command", line, MAX_DIGEST, false);
        String label = text(node, "label", line, MAX_LABEL, false);
        String aggregateId = text(node, "aggregateId", line, MAX_TEXT, true);
        Long written = count(node, "events", line, true);
        unknownFields(node, line, "an applied-command line", "command", "label", "aggregateId", "events");
        if (problems.size() > before) {
            return;
        }
        Long first = lineOfCommand.putIfAbsent(digest, line);
        if (first != null) {
            problem(EventLogException.DUPLICATE_COMMAND, line, "applied command " + digest
                    + " already appeared on line " + first);
            return;
        }
        try {
            commands.add(new AppliedCommand(digest, label, aggregateId, written == null ? null : written.intValue()));
        } catch (IllegalArgumentException invalid) {
            problem(EventLogException.INVALID_LINE, line, invalid.getMessage());
        }
    }

    private EndMarker endMarker(String text, long line, byte[] digest) {
        JsonNode node = objectLine(text, line);
        if (node == null) {
            return new EndMarker(line, null, -1, -1, digest);
        }
        JsonNode format = node.get("end");
        if (format == null || !format.isTextual() || !EventLog.FORMAT.equals(format.textValue())) {
            problems.add(EventLogException.invalidFieldProblem(line, "end", "must be " + EventLog.FORMAT));
        }
        Long events = count(node, "events", line, false);
        Long commands = count(node, "commands", line, false);
        String sha256 = text(node, "sha256", line, 64, false);
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            problems.add(EventLogException.invalidFieldProblem(line, "sha256",
                    "must be 64 lowercase hexadecimal digits"));
        }
        unknownFields(node, line, "the end marker", "end", "events", "commands", "sha256");
        return new EndMarker(line, sha256, events == null ? -1 : events, commands == null ? -1 : commands, digest);
    }

    private void checkEnd(EndMarker end, long lastLine) {
        if (end == null) {
            problem(EventLogException.TRUNCATED, lastLine + 1, "the end marker is missing: the log stops after line "
                    + lastLine + ", so lines may have been cut off; a whole log ends with a line such as "
                    + "{\"end\":\"" + EventLog.FORMAT + "\",\"events\":…,\"commands\":…,\"sha256\":…}");
            return;
        }
        if (end.events() >= 0 && end.events() != eventLines) {
            problem(EventLogException.COUNT_MISMATCH, end.line(), "the end marker counts " + end.events()
                    + " events, but the log holds " + eventLines);
        }
        if (end.commands() >= 0 && end.commands() != commandLines) {
            problem(EventLogException.COUNT_MISMATCH, end.line(), "the end marker counts " + end.commands()
                    + " applied commands, but the log holds " + commandLines);
        }
        String actual = HexFormat.of().formatHex(end.digest());
        if (end.sha256() != null && end.sha256().matches("[0-9a-f]{64}") && !end.sha256().equals(actual)) {
            problem(EventLogException.CHECKSUM_MISMATCH, end.line(), "the lines before the end marker have SHA-256 "
                    + actual + ", not " + end.sha256() + " as the marker says: a line was changed, added or removed");
        }
    }

    /** The end line as it was read, and the digest of every line before it. */
    private record EndMarker(long line, String sha256, long events, long commands, byte[] digest) {
    }

    private void problem(String code, long line, String sentence) {
        problems.add(EventLogException.Problem.of(code, line, null, sentence));
    }

    /** The name of a line's first field, which says what kind of line it is; null if it is not an object. */
    private static String firstField(String text) {
        try (JsonParser parser = Json.FACTORY.createParser(text)) {
            return parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    ? parser.currentName() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private JsonNode objectLine(String text, long line) {
        JsonNode node = tree(text);
        if (node == null || !node.isObject()) {
            problem(EventLogException.MALFORMED, line, "the line is not one JSON object with each field once");
            return null;
        }
        return node;
    }

    private String text(JsonNode node, String field, long line, int max, boolean nullable) {
        JsonNode value = node.get(field);
        if (value == null) {
            problems.add(EventLogException.invalidFieldProblem(line, field, "is missing"));
        } else if (nullable && value.isNull()) {
            return null;
        } else if (!value.isTextual()) {
            problems.add(EventLogException.invalidFieldProblem(line, field,
                    nullable ? "must be a string or null" : "must be a string"));
        } else if (!nullable && value.textValue().isEmpty()) {
            problems.add(EventLogException.invalidFieldProblem(line, field, "must not be empty"));
        } else if (value.textValue().length() > max) {
            problems.add(EventLogException.invalidFieldProblem(line, field, "is longer than " + max + " characters"));
        } else {
            return value.textValue();
        }
        return null;
    }

    private Long count(JsonNode node, String field, long line, boolean nullable) {
        JsonNode value = node.get(field);
        if (value == null) {
            problems.add(EventLogException.invalidFieldProblem(line, field, "is missing"));
        } else if (nullable && value.isNull()) {
            return null;
        } else if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            problems.add(EventLogException.invalidFieldProblem(line, field,
                    "must be a whole number from 0" + (nullable ? " or null" : "")));
        } else {
            return (long) value.intValue();
        }
        return null;
    }

    private void unknownFields(JsonNode node, long line, String kind, String... known) {
        List<String> names = List.of(known);
        node.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name)) {
                problems.add(EventLogException.invalidFieldProblem(line, name, "is not part of " + kind));
            }
        });
    }

    /** One JSON value with no field twice, or null. */
    private static JsonNode tree(String text) {
        try (JsonParser parser = Json.FACTORY.createParser(text)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode node = parser.readValueAsTree();
            return parser.nextToken() == null ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the second pass: write what was checked --------------------------------------------------------------------

    private void write(LogLines lines) throws SQLException {
        String insert = "INSERT INTO " + SCHEMA.domainEventTable() + " (" + String.join(", ",
                SCHEMA.eventIdentifierColumn(), SCHEMA.typeColumn(), SCHEMA.aggregateIdentifierColumn(),
                SCHEMA.sequenceNumberColumn(), SCHEMA.timestampColumn(), SCHEMA.payloadTypeColumn(),
                SCHEMA.payloadRevisionColumn(), SCHEMA.payloadColumn(), SCHEMA.metaDataColumn())
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long written = 0;
        try (PreparedStatement statement = Sql.prepare(connection, insert)) {
            String line;
            while ((line = lines.next()) != null && !"command".equals(firstField(line))) {
                parse(line, lines.number()).bind(statement);
                statement.addBatch();
                if (++written % BATCH_SIZE == 0) {
                    statement.executeBatch();
                }
            }
            if (written % BATCH_SIZE != 0) {
                statement.executeBatch();
            }
        }
        try (PreparedStatement statement = Sql.prepare(connection, "INSERT INTO entente_applied_command "
                + "(digest, label, aggregate_id, event_count) VALUES (?, ?, ?, ?)")) {
            int batched = 0;
            for (AppliedCommand command : commands) {
                statement.setString(1, command.digest());
                statement.setString(2, command.label());
                statement.setString(3, command.aggregateId());
                if (command.events() == null) {
                    statement.setNull(4, Types.INTEGER);
                } else {
                    statement.setInt(4, command.events());
                }
                statement.addBatch();
                if (++batched % BATCH_SIZE == 0) {
                    statement.executeBatch();
                }
            }
            if (batched % BATCH_SIZE != 0) {
                statement.executeBatch();
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
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
                        throw EventLogException.invalidField(line, name, "is not part of an event line");
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
