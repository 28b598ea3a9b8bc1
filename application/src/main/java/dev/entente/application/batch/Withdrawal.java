package dev.entente.application.batch;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.util.List;

/**
 * An entry of a batch that withdraws what an earlier entry recorded, found by that entry's stable key (ADR 0022), e.g.
 * {@code visit:aliyev-pakistan-2024/RecordArrival#1}. Applying it records a {@code fact.withdrawn} in that aggregate's
 * stream; the rules refuse it when the key recorded nothing there, or only what is withdrawn already.
 *
 * @param key     the stable key of the entry whose events are withdrawn
 * @param reason  why, in words
 * @param sources what shows the error; at least one
 */
public record Withdrawal(String key, String reason, List<Source> sources) {

    public Withdrawal {
        key = EntryKey.check(key);
        reason = Values.text(reason, "reason");
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The aggregate whose events it withdraws. */
    public String aggregateId() {
        return EntryKey.aggregateOf(key);
    }
}
