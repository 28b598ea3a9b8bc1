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
 * @param sources         the sources that show the error; at least one
 */
@StoredEvent(name = FactWithdrawn.STORED_NAME)
public record FactWithdrawn(String aggregateId, List<Long> sequenceNumbers, String key, String reason,
                            List<Source> sources) {

    /** The name it is stored under. */
    public static final String STORED_NAME = "fact.withdrawn";

    public FactWithdrawn {
        aggregateId = Values.text(aggregateId, "aggregate id");
        sequenceNumbers = List.copyOf(sequenceNumbers);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
