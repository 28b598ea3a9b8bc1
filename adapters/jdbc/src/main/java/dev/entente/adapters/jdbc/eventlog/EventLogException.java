package dev.entente.adapters.jdbc.eventlog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An event log refused on import, or a store that cannot be exported, with a stable code and the line at fault. An
 * import that finds several problems reports them all in {@link #problems()}; {@link #code()}, {@link #line()} and
 * {@link #field()} are those of the first.
 */
public final class EventLogException extends RuntimeException {

    /** The store to import into already holds events or applied commands; {@link #line()} is 0. */
    public static final String STORE_NOT_EMPTY = "eventlog.store-not-empty";
    /** The first line is not the header of a format this version reads. */
    public static final String UNSUPPORTED_FORMAT = "eventlog.unsupported-format";
    /** A line is not one JSON object, is not UTF-8, or was cut short. */
    public static final String MALFORMED = "eventlog.malformed";
    /** A line lacks a field, has one of the wrong type, or has one its format does not know; see {@link #field()}. */
    public static final String INVALID_LINE = "eventlog.invalid-line";
    /** An aggregate's sequence numbers do not run 0, 1, 2, … in the order of the lines. */
    public static final String SEQUENCE_GAP = "eventlog.sequence-gap";
    /** An event identifier appears on two lines. */
    public static final String DUPLICATE_EVENT = "eventlog.duplicate-event";
    /** No domain event is stored under the line's name. */
    public static final String UNKNOWN_EVENT = "eventlog.unknown-event";
    /** The event's name is known, but its revision is neither the current one nor one an upcaster reads. */
    public static final String UNKNOWN_REVISION = "eventlog.unknown-revision";
    /** The payload does not make a valid domain event (a country {@code XX}, a date {@code soon}, a missing id). */
    public static final String INVALID_PAYLOAD = "eventlog.invalid-payload";
    /** The metadata is not a map the event store can read. */
    public static final String INVALID_META_DATA = "eventlog.invalid-metadata";
    /** Format 2: lines are not in the order header, events, applied commands, end marker. */
    public static final String OUT_OF_ORDER = "eventlog.out-of-order";
    /** Format 2: an applied command's digest appears on two lines. */
    public static final String DUPLICATE_COMMAND = "eventlog.duplicate-command";
    /** Format 2: the applied commands do not agree with the command digests the events carry. */
    public static final String COMMAND_MISMATCH = "eventlog.command-mismatch";
    /** Format 2: the end marker is missing, so the log was cut at a line boundary. */
    public static final String TRUNCATED = "eventlog.truncated";
    /** Format 2: the end marker's counts are not those of the lines before it. */
    public static final String COUNT_MISMATCH = "eventlog.count-mismatch";
    /** Format 2: the SHA-256 of the lines before the end marker is not the one it carries. */
    public static final String CHECKSUM_MISMATCH = "eventlog.checksum-mismatch";
    /** On export: a stored payload or metadata is not a JSON object, so no importable line can hold it. */
    public static final String UNEXPORTABLE = "eventlog.unexportable";

    /**
     * One problem with an event log.
     *
     * @param code    a stable code such as {@code eventlog.sequence-gap}
     * @param line    the line at fault, the header being line 1; 0 when it concerns the store
     * @param field   the field at fault, for {@link #INVALID_LINE}, or null
     * @param message what is wrong, in words, with the line and code
     */
    public record Problem(String code, long line, String field, String message) {

        static Problem of(String code, long line, String field, String sentence) {
            return new Problem(code, line, field, (line > 0 ? "Line " + line + ": " : "") + sentence + " [" + code
                    + "]");
        }

        @Override
        public String toString() {
            return message;
        }
    }

    private final List<Problem> problems;

    private EventLogException(List<Problem> problems) {
        super(problems.size() == 1 ? problems.get(0).message()
                : "The event log is refused for " + problems.size() + " problems:\n" + problems.stream()
                .map(Problem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    static EventLogException at(String code, long line, String message) {
        return new EventLogException(List.of(Problem.of(code, line, null, message)));
    }

    static EventLogException invalidField(long line, String field, String problem) {
        return new EventLogException(List.of(invalidFieldProblem(line, field, problem)));
    }

    static Problem invalidFieldProblem(long line, String field, String problem) {
        return Problem.of(INVALID_LINE, line, field, "field " + field + " " + problem);
    }

    static EventLogException of(List<Problem> problems) {
        return new EventLogException(problems);
    }

    /** The first problem's stable, machine-readable code, such as {@code eventlog.sequence-gap}. */
    public String code() {
        return problems.get(0).code();
    }

    /** The first problem's line, counting the header as line 1; 0 when the refusal concerns the store. */
    public long line() {
        return problems.get(0).line();
    }

    /** The first problem's field, for {@link #INVALID_LINE}. */
    public Optional<String> field() {
        return Optional.ofNullable(problems.get(0).field());
    }

    /** Every problem found, in the order of the lines; at least one. */
    public List<Problem> problems() {
        return problems;
    }
}
