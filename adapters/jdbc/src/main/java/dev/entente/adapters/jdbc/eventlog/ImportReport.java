package dev.entente.adapters.jdbc.eventlog;

/** What an import wrote: the number of events, of the aggregates they belong to, and of applied commands. */
public record ImportReport(long events, long aggregates, long commands) {

    /** A report of events alone, as a log in format 1 (which carries no applied commands) gives. */
    public ImportReport(long events, long aggregates) {
        this(events, aggregates, 0);
    }
}
