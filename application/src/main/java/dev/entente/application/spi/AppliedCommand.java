package dev.entente.application.spi;

import dev.entente.domain.shared.Values;

/**
 * One command applied from a batch: its digest, where it came from, and what it wrote — the aggregate and how many
 * events — so that an integrity check can hold the record against the events. The last two are empty for commands
 * recorded before Entente kept them.
 *
 * @param digest      identifies the command; the same command always gives the same digest
 * @param label       where it came from, e.g. {@code visits.json:12:5}
 * @param aggregateId the aggregate it was sent to, or {@code null} when not recorded
 * @param events      how many events it wrote, or {@code null} when not recorded
 */
public record AppliedCommand(String digest, String label, String aggregateId, Integer events) {

    public AppliedCommand {
        Values.text(digest, "digest");
        Values.text(label, "label");
        if (events != null && events < 0) {
            throw new IllegalArgumentException("A command writes no fewer than 0 events, got " + events);
        }
    }

    /** A command recorded without what it wrote, as earlier versions did. */
    public static AppliedCommand of(String digest, String label) {
        return new AppliedCommand(digest, label, null, null);
    }
}
