package dev.entente.adapters.jdbc.eventlog;

/** What an import wrote: the number of events, and of the aggregates they belong to. */
public record ImportReport(long events, long aggregates) {
}
