package dev.entente.domain.correction;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import java.util.List;

/**
 * Earlier events of one aggregate, recorded in error, are withdrawn: they stay in the stream (nothing is ever edited),
 * but the aggregate's rules and the read models no longer count them. Stored in the withdrawn events' own stream, so
 * that loading the aggregate sees it; it belongs to no aggregate's sealed family, because every aggregate takes it
 * alike (ADR 0022).
 *
 * @param aggregateId     the aggregate whose events are withdrawn, e.g. {@code visit:aliyev-pakistan-2024}
 * @param sequenceNumbers the sequence numbers of the withdrawn events in that aggregate's stream, ascending
 * @param key             the stable key of the chronicle entry whose events these were, or {@code null}
 * @param reason          why, in words
 * @param sources         the sources that show the error (for a correction, the corrected command's own)
 * @param replacements    how many of the events right after it, in the same stream, take the withdrawn events'
 *                        place: those of the corrected command (0 for a plain withdrawal). An aggregate is loaded
 *                        with them where the withdrawn events stood, so that later events follow them as before.
 */
@StoredEvent(name = FactWithdrawn.STORED_NAME)
public record FactWithdrawn(String aggregateId, List<Long> sequenceNumbers, String key, String reason,
                            List<Source> sources, int replacements) {

    /** The name it is stored under. */
    public static final String STORED_NAME = "fact.withdrawn";

    public FactWithdrawn {
        aggregateId = Values.text(aggregateId, "aggregate id");
        sequenceNumbers = List.copyOf(sequenceNumbers);
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (replacements < 0) {
            throw new IllegalArgumentException("A withdrawal is replaced by no fewer than 0 events, got "
                    + replacements);
        }
    }

    /** The same withdrawal, followed by {@code count} events that take the withdrawn events' place. */
    public FactWithdrawn replacedBy(int count) {
        return new FactWithdrawn(aggregateId, sequenceNumbers, key, reason, sources, count);
    }
}
