package dev.entente.domain.correction;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.util.List;
import java.util.TreeSet;

/**
 * Withdraw the events one command recorded in an aggregate: by their sequence numbers, which the application finds
 * from the chronicle entry's stable key (metadata {@code entente.key}).
 *
 * @param aggregateId     the aggregate
 * @param sequenceNumbers the events to withdraw
 * @param key             the stable key of the entry that recorded them, or {@code null}
 * @param reason          why they are withdrawn
 * @param sources         what shows the error; at least one
 */
public record WithdrawFacts(String aggregateId, List<Long> sequenceNumbers, String key, String reason,
                            List<Source> sources) {

    public WithdrawFacts {
        aggregateId = Values.text(aggregateId, "aggregate id");
        sequenceNumbers = List.copyOf(new TreeSet<>(Values.required(sequenceNumbers, "sequence numbers")));
        reason = Values.text(reason, "reason");
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
