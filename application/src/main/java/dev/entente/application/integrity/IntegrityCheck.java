package dev.entente.application.integrity;

import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.projection.ReadModelProjector;
import dev.entente.application.projection.WithdrawnEvents;
import dev.entente.application.spi.AppliedCommand;
import dev.entente.application.spi.CommandLog;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.application.spi.Serialization;
import dev.entente.domain.shared.Dyad;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks that a store is whole, in one pass over its events and without writing to it: (a) every event is readable
 * (a known stored name and revision, a payload the domain accepts, on its own aggregate); (b) each aggregate's
 * sequence numbers run 0, 1, 2, …; (c) the record of applied commands agrees with the events' command digests; (d)
 * the persisted read models equal a fresh fold of the history (of the part they have seen, when an engine has yet to
 * fold the latest events). Needs no engine and no event processor.
 */
public final class IntegrityCheck {

    /** An event that cannot be read; the code ends with the {@link EventDecoder.Fault#suffix()}. */
    public static final String PREFIX = "check.";
    /** An aggregate's sequence numbers skip, repeat or do not start at 0. */
    public static final String SEQUENCE_GAP = "check.sequence-gap";
    /** Events carry the digest of a command that is not in the record of applied commands. */
    public static final String UNRECORDED_COMMAND = "check.unrecorded-command";
    /** An applied command did not write the events it recorded. */
    public static final String COMMAND_EVENTS = "check.command-events";
    /** A readable event cannot be folded into the read models, e.g. an agreement signed before it was concluded. */
    public static final String UNFOLDABLE = "check.unfoldable-event";
    /** A persisted read-model record is missing, extra, or differs from a fresh fold. */
    public static final String READ_MODEL = "check.read-model";

    private final EventDecoder decoder;

    /** A check that reads events with the serializer and upcasters the event store is configured with. */
    public IntegrityCheck(Serialization serialization) {
        this.decoder = new EventDecoder(serialization);
    }

    /**
     * Checks the store made of {@code history}, {@code commands} and {@code readModels}, expecting the read models to
     * reflect every event; writes to none of them.
     */
    public IntegrityReport run(StoredHistory history, CommandLog commands, ReadModelStore readModels) {
        return run(history, commands, readModels, ReadModelProgress.EVERYTHING);
    }

    /**
     * Checks the store, comparing the read models with a fold of the events {@code progress} says they have folded;
     * writes to none of them.
     */
    public IntegrityReport run(StoredHistory history, CommandLog commands, ReadModelStore readModels,
                               ReadModelProgress progress) {
        List<IntegrityProblem> problems = new ArrayList<>();
        Map<String, Long> nextSequence = new HashMap<>();
        CommandTally<String> tally = new CommandTally<>();
        InMemoryReadModelStore fold = new InMemoryReadModelStore();
        ReadModelProjector projector = new ReadModelProjector(fold);
        long[] events = {0};
        long[] unfolded = {0};
        // The read models pass over withdrawn events (ADR 0022), and so does the fold they are held against.
        WithdrawnEvents withdrawn = RecordedReadModels.withdrawn(history, decoder, progress::hasFolded);
        history.forEach(raw -> {
            events[0]++;
            String where = where(raw);
            long due = nextSequence.getOrDefault(raw.aggregateId(), 0L);
            if (raw.sequence() != due) {
                problems.add(new IntegrityProblem(SEQUENCE_GAP, where, due == 0
                        ? "the history of " + raw.aggregateId() + " starts at sequence " + raw.sequence()
                        + " instead of 0"
                        : "sequence " + raw.sequence() + " where " + due + " is due"));
            }
            nextSequence.put(raw.aggregateId(), Math.max(due, raw.sequence() + 1));
            EventDecoder.Decoded decoded = decoder.decode(raw);
            if (!decoded.readable()) {
                problems.add(new IntegrityProblem(PREFIX + decoded.fault().suffix(), where, decoded.reason()));
                return;
            }
            if (decoded.commandDigest() != null) {
                tally.count(decoded.commandDigest(), raw.aggregateId(), where);
            }
            if (!progress.hasFolded(raw)) {
                unfolded[0]++;
                return;
            }
            if (withdrawn.passesOver(decoded.event(), raw.aggregateId(), raw.sequence())) {
                return;
            }
            try {
                projector.project(decoded.event(), raw.position(), decoded.annotations());
            } catch (RuntimeException e) {
                problems.add(new IntegrityProblem(UNFOLDABLE, where, EventDecoder.reason(e)));
            }
        });
        List<AppliedCommand> entries = commands.entries();
        for (CommandTally.Mismatch<String> mismatch : tally.mismatches(entries)) {
            problems.add(mismatch.kind() == CommandTally.Kind.UNRECORDED_COMMAND
                    ? new IntegrityProblem(UNRECORDED_COMMAND, mismatch.firstEvent(), mismatch.sentence())
                    : new IntegrityProblem(COMMAND_EVENTS, "applied command " + mismatch.digest(),
                    mismatch.sentence()));
        }
        compareReadModels(readModels, fold, problems);
        return new IntegrityReport(events[0], nextSequence.size(), entries.size(), unfolded[0], problems);
    }

    private static String where(RawEvent raw) {
        return "event " + raw.aggregateId() + " #" + raw.sequence() + " (global index " + raw.position() + ")";
    }

    /** Record by record; the fold is what the history says, so it names what the stored models lack or add. */
    private static void compareReadModels(ReadModelStore stored, ReadModelStore fold, List<IntegrityProblem> problems) {
        compare("visit", stored.visits(), fold.visits(), visit -> visit.id().value(), problems);
        compare("agreement", stored.agreements(), fold.agreements(), agreement -> agreement.id().value(), problems);
        compare("relationship", stored.relationships(), fold.relationships(),
                relationship -> relationship.dyad().toString(), problems);
        TreeSet<Dyad> dyads = new TreeSet<>(Comparator.comparing(Dyad::toString));
        dyads.addAll(stored.dyads());
        dyads.addAll(fold.dyads());
        for (Dyad dyad : dyads) {
            compare("visit link of " + dyad, stored.visitsOf(dyad), fold.visitsOf(dyad),
                    visit -> visit.id().value(), problems, true);
            compare("agreement link of " + dyad, stored.agreementsOf(dyad), fold.agreementsOf(dyad),
                    agreement -> agreement.id().value(), problems, true);
            // A meeting has no list of its own: its record is compared through each dyad it is linked to.
            compare("meeting of " + dyad, stored.meetingsOf(dyad), fold.meetingsOf(dyad),
                    meeting -> meeting.id().value(), problems);
            compare("timeline entry of " + dyad, stored.timeline(dyad), fold.timeline(dyad),
                    entry -> String.valueOf(entry.position()), problems);
        }
    }

    private static <T> void compare(String model, Collection<T> stored, Collection<T> fold, Function<T, String> key,
                                    List<IntegrityProblem> problems) {
        compare(model, stored, fold, key, problems, false);
    }

    private static <T> void compare(String model, Collection<T> stored, Collection<T> fold, Function<T, String> key,
                                    List<IntegrityProblem> problems, boolean keysOnly) {
        Map<String, T> byKey = new TreeMap<>();
        stored.forEach(record -> byKey.put(key.apply(record), record));
        Map<String, T> folded = new TreeMap<>();
        fold.forEach(record -> folded.put(key.apply(record), record));
        for (Map.Entry<String, T> expected : folded.entrySet()) {
            T actual = byKey.remove(expected.getKey());
            String where = "read model: " + model + " " + expected.getKey();
            if (actual == null) {
                problems.add(new IntegrityProblem(READ_MODEL, where,
                        "missing from the stored read models, though the history has it"));
            } else if (!keysOnly && !Objects.equals(actual, expected.getValue())) {
                problems.add(new IntegrityProblem(READ_MODEL, where,
                        "the stored record differs from a fresh fold of the history"));
            }
        }
        for (String extra : byKey.keySet()) {
            problems.add(new IntegrityProblem(READ_MODEL, "read model: " + model + " " + extra,
                    "in the stored read models, though nothing in the history makes it"));
        }
    }
}
