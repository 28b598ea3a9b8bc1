package dev.entente.application.integrity;

import dev.entente.application.spi.AppliedCommand;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Holds the record of applied commands against the events: each event stamped with a command's digest is counted on
 * its aggregate, and afterwards every stamped digest must be on record, and every entry that says how many events it
 * wrote must have exactly those, on its aggregate. Entries without counts (made before Entente kept them) need only
 * exist.
 *
 * @param <L> how the caller locates an event: a global index, a line number
 */
public final class CommandTally<L> {

    /** What does not agree. */
    public enum Kind {
        /** Events carry a digest that no applied command has. */
        UNRECORDED_COMMAND,
        /** An applied command's events are not the number, or not on the aggregate, that it recorded. */
        EVENT_COUNT
    }

    /**
     * One disagreement.
     *
     * @param kind       which
     * @param digest     the command's digest
     * @param entry      the applied command, for {@link Kind#EVENT_COUNT}
     * @param firstEvent where the first event stamped with the digest is, for {@link Kind#UNRECORDED_COMMAND}
     * @param sentence   what is wrong, in words
     */
    public record Mismatch<L>(Kind kind, String digest, AppliedCommand entry, L firstEvent, String sentence) {
    }

    /** Per digest: the aggregates its events are on, and how many on each. */
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private final Map<String, L> firstEvent = new HashMap<>();

    /** Counts an event stamped with {@code digest}, on {@code aggregateId}, found at {@code where}. */
    public void count(String digest, String aggregateId, L where) {
        counts.computeIfAbsent(digest, d -> new LinkedHashMap<>()).merge(aggregateId, 1L, Long::sum);
        firstEvent.putIfAbsent(digest, where);
    }

    /** Everything that does not agree with {@code entries}: unrecorded digests first, in the order first seen. */
    public List<Mismatch<L>> mismatches(Collection<AppliedCommand> entries) {
        List<Mismatch<L>> mismatches = new ArrayList<>();
        Set<String> recorded = new HashSet<>();
        for (AppliedCommand entry : entries) {
            recorded.add(entry.digest());
        }
        counts.forEach((digest, byAggregate) -> {
            if (!recorded.contains(digest)) {
                long events = byAggregate.values().stream().mapToLong(Long::longValue).sum();
                mismatches.add(new Mismatch<>(Kind.UNRECORDED_COMMAND, digest, null, firstEvent.get(digest),
                        events + " event" + (events == 1 ? " was" : "s were") + " written by command " + digest
                                + ", which is not in the record of applied commands"));
            }
        });
        for (AppliedCommand entry : entries) {
            if (entry.events() == null) {
                continue;
            }
            Map<String, Long> byAggregate = counts.getOrDefault(entry.digest(), Map.of());
            long total = byAggregate.values().stream().mapToLong(Long::longValue).sum();
            long onItsAggregate = entry.aggregateId() == null ? total
                    : byAggregate.getOrDefault(entry.aggregateId(), 0L);
            if (onItsAggregate != entry.events() || total != onItsAggregate) {
                String elsewhere = byAggregate.keySet().stream()
                        .filter(aggregate -> !Objects.equals(aggregate, entry.aggregateId())).sorted().toList()
                        .toString();
                mismatches.add(new Mismatch<>(Kind.EVENT_COUNT, entry.digest(), entry, null,
                        "applied command " + entry.digest() + " (" + entry.label() + ") recorded " + entry.events()
                                + " event" + (entry.events() == 1 ? "" : "s")
                                + (entry.aggregateId() == null ? "" : " on " + entry.aggregateId()) + ", but "
                                + onItsAggregate + " carry its digest there"
                                + (total != onItsAggregate ? " and " + (total - onItsAggregate) + " on " + elsewhere
                                : "")));
            }
        }
        return mismatches;
    }
}
