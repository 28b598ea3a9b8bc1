package dev.entente.adapters.jdbc.eventlog;

import java.util.Optional;

/** An event log refused on import, or a store that cannot be exported, with a stable code and the line at fault. */
public final class EventLogException extends RuntimeException {

    /** The store to import into already holds events; {@link #line()} is 0. */
    public static final String STORE_NOT_EMPTY = "eventlog.store-not-empty";
    /** The first line is not the header of a format this version reads. */
    public static final String UNSUPPORTED_FORMAT = "eventlog.unsupported-format";
    /** A line is not one JSON object, is not UTF-8, or was cut short. */
    public static final String MALFORMED = "eventlog.malformed";
    /** A line lacks a field, has one of the wrong type, or has one format 1 does not know; see {@link #field()}. */
    public static final String INVALID_LINE = "eventlog.invalid-line";
    /** An aggregate's sequence numbers do not run 0, 1, 2, … in the order of the lines. */
    public static final String SEQUENCE_GAP = "eventlog.sequence-gap";
    /** An event identifier appears on two lines. */
    public static final String DUPLICATE_EVENT = "eventlog.duplicate-event";
    /** On export: a stored payload or metadata is not a JSON object, so no importable line can hold it. */
    public static final String UNEXPORTABLE = "eventlog.unexportable";

    private final String code;
    private final long line;
    private final String field;

    EventLogException(String code, long line, String field, String message) {
        super((line > 0 ? "Line " + line + ": " : "") + message + " [" + code + "]");
        this.code = code;
        this.line = line;
        this.field = field;
    }

    static EventLogException at(String code, long line, String message) {
        return new EventLogException(code, line, null, message);
    }

    static EventLogException invalidField(long line, String field, String problem) {
        return new EventLogException(INVALID_LINE, line, field, "field " + field + " " + problem);
    }

    /** A stable, machine-readable code such as {@code eventlog.sequence-gap}. */
    public String code() {
        return code;
    }

    /** The line at fault, counting the header as line 1; 0 when the refusal concerns the store, not a line. */
    public long line() {
        return line;
    }

    /** The field at fault, for {@link #INVALID_LINE}. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
