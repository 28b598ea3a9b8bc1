package dev.entente.application.batch;

import dev.entente.domain.correction.FactWithdrawn;
import java.util.List;

/**
 * What the check decided for one command of a batch: the aggregate it goes to, the sequence number its first event
 * takes there, and the events it records, to be written as they are. A correction's or withdrawal's first event is
 * the {@link FactWithdrawn} of what the entry recorded before, and {@code replaced} holds those earlier events.
 */
public record Decision(PlannedCommand planned, String aggregateType, String aggregateId, long firstSequence,
                       List<Object> events, List<Object> replaced) {

    public Decision {
        events = List.copyOf(events);
        replaced = replaced == null ? List.of() : List.copyOf(replaced);
    }

    /** A decision that withdraws nothing. */
    public Decision(PlannedCommand planned, String aggregateType, String aggregateId, long firstSequence,
                    List<Object> events) {
        this(planned, aggregateType, aggregateId, firstSequence, events, List.of());
    }

    /** The withdrawal it records, if it corrects or withdraws an earlier entry. */
    public FactWithdrawn withdrawal() {
        return events.isEmpty() || !(events.get(0) instanceof FactWithdrawn withdrawal) ? null : withdrawal;
    }

    /** Whether it corrects an entry recorded before: withdraws its events and records the edited command's. */
    public boolean corrects() {
        return withdrawal() != null && !planned.withdraws();
    }
}
