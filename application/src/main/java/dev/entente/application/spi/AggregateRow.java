package dev.entente.application.spi;

/**
 * One stored event of an aggregate as its row holds it: the aggregate's id and the event's sequence number in it beside
 * the row. Read models that fold their records from the event table when a question reads them (ADR 0029) read an
 * aggregate's rows so.
 */
public record AggregateRow(String aggregateId, long sequence, EventRow row) {
}
