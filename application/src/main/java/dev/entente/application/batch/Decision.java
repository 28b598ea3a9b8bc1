package dev.entente.application.batch;

import java.util.List;

/**
 * What the check decided for one command of a batch: the aggregate it goes to, the sequence number its first event
 * takes there, and the events it records, to be written as they are.
 */
public record Decision(PlannedCommand planned, String aggregateType, String aggregateId, long firstSequence,
                       List<Object> events) {

    public Decision {
        events = List.copyOf(events);
    }
}
