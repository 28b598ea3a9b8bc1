package dev.entente.application.projection;

import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.spi.AggregateRow;
import dev.entente.application.spi.EventRowDecoder;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.correction.FactWithdrawn;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Read models folded from the stored events of the aggregates a question reads (ADR 0029): the records of visits,
 * agreements and meetings, and the timeline entries, are what the {@link ReadModelProjector} makes of those events, so
 * a store may keep only the rows a question finds them by and fold them when it is asked. Each aggregate's events are
 * folded as a replay folds them: a withdrawn event (ADR 0022) passed over, every other in the order of its global index.
 */
public final class RecordsFromEvents {

    private final EventRowDecoder decoder;

    public RecordsFromEvents(EventRowDecoder decoder) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /**
     * The read models of the aggregates whose rows these are, each aggregate's rows together and in the order of their
     * global index: every event of each.
     */
    public ReadModelStore fold(List<AggregateRow> rows) {
        return fold(rows, aggregate -> Long.MAX_VALUE);
    }

    /**
     * As {@link #fold(List)}, each aggregate's events folded up to the global index {@code foldedUpTo} gives for it
     * (where its read models had got), its withdrawals learned from all of its rows (a replay learns every withdrawal
     * before it folds).
     */
    public ReadModelStore fold(List<AggregateRow> rows, ToLongFunction<String> foldedUpTo) {
        // Its entries are never asked for: not described (a sentence per event, countries' names looked up).
        InMemoryReadModelStore store = InMemoryReadModelStore.withoutTimelineText();
        fold(rows, foldedUpTo, new ReadModelProjector(store), null);
        return store;
    }

    /**
     * The read models of one aggregate folded on from {@code known} (what its rows up to some global index folded to,
     * saved into the store given it) with {@code later}, every row of that aggregate after those, in the order of their
     * global index, each folded up to the global index {@code upTo}; or nothing when a withdrawal is among
     * {@code later}, which a fold must learn before what it withdraws, so that only a fold from the first row gives the
     * answer. Without one, this is what {@link #fold(List, ToLongFunction)} gives for all of the aggregate's rows: a
     * withdrawal only withdraws events before it, so those among the known rows withdrew none of {@code later}.
     */
    public Optional<ReadModelStore> foldOn(Consumer<ReadModelStore> known, List<AggregateRow> later, long upTo) {
        Object[] events = new Object[later.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = decoder.event(later.get(i).row());
            if (events[i] instanceof FactWithdrawn) {
                return Optional.empty();
            }
        }
        InMemoryReadModelStore store = InMemoryReadModelStore.withoutTimelineText();
        known.accept(store);
        ReadModelProjector projector = new ReadModelProjector(store);
        for (int i = 0; i < events.length; i++) {
            AggregateRow row = later.get(i);
            if (row.row().position() <= upTo) {
                projector.project(events[i], row.row().position(), decoder.annotations(row.row()));
            }
        }
        return Optional.of(store);
    }

    /** Whether a withdrawal is among {@code rows}. */
    public boolean withdrawsAny(List<AggregateRow> rows) {
        for (AggregateRow row : rows) {
            if (decoder.event(row.row()) instanceof FactWithdrawn) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #fold(List, ToLongFunction)}, into {@code projector}; {@code decoded} (or null) holds events decoded
     * before, by global index.
     */
    private void fold(List<AggregateRow> rows, ToLongFunction<String> foldedUpTo, ReadModelProjector projector,
                      Map<Long, Object> decoded) {
        int from = 0;
        while (from < rows.size()) {
            String aggregate = rows.get(from).aggregateId();
            int to = from + 1;
            while (to < rows.size() && rows.get(to).aggregateId().equals(aggregate)) {
                to++;
            }
            // A withdrawal comes after what it withdraws: learn them all before folding any.
            List<AggregateRow> stream = rows.subList(from, to);
            Object[] events = new Object[stream.size()];
            WithdrawnEvents withdrawn = new WithdrawnEvents();
            for (int i = 0; i < events.length; i++) {
                Object known = decoded == null ? null : decoded.get(stream.get(i).row().position());
                events[i] = known != null ? known : decoder.event(stream.get(i).row());
                if (events[i] instanceof FactWithdrawn withdrawal) {
                    withdrawn.add(withdrawal);
                }
            }
            long upTo = foldedUpTo.applyAsLong(aggregate);
            for (int i = 0; i < events.length; i++) {
                AggregateRow row = stream.get(i);
                if (row.row().position() <= upTo && !withdrawn.passesOver(events[i], aggregate, row.sequence())) {
                    projector.project(events[i], row.row().position(), decoder.annotations(row.row()));
                }
            }
            from = to;
        }
    }

    /**
     * The timeline entries of {@code dyad} at {@code hits} (the rows of the events its timeline index names), in their
     * order. The entry of a visit's or an agreement's event is written from the record as it stood after the event, so
     * those aggregates are read whole ({@code aggregates} gives the rows of the aggregates named, as {@link #fold}
     * takes them); the entry of a relationship's or a meeting's event is its event's alone. A hit whose event no longer
     * makes an entry (withdrawn since the index was written) gives none.
     */
    public List<TimelineEntry> entries(Dyad dyad, List<AggregateRow> hits,
                                       Function<Collection<String>, List<AggregateRow>> aggregates) {
        InMemoryReadModelStore store = new InMemoryReadModelStore();
        ReadModelProjector projector = new ReadModelProjector(store);
        Set<String> whole = new LinkedHashSet<>();
        // A visit's or agreement's hit is folded again with its whole aggregate: decoded once, here.
        Map<Long, Object> decoded = new HashMap<>();
        for (AggregateRow hit : hits) {
            Object event = decoder.event(hit.row());
            if (event instanceof VisitEvent || event instanceof AgreementEvent) {
                whole.add(hit.aggregateId());
                decoded.put(hit.row().position(), event);
            } else {
                projector.project(event, hit.row().position(), decoder.annotations(hit.row()));
            }
        }
        if (!whole.isEmpty()) {
            fold(aggregates.apply(whole), aggregate -> Long.MAX_VALUE, projector, decoded);
        }
        Map<Long, TimelineEntry> byPosition = new HashMap<>();
        store.timeline(dyad).forEach(entry -> byPosition.put(entry.position(), entry));
        List<TimelineEntry> entries = new ArrayList<>(hits.size());
        for (AggregateRow hit : hits) {
            TimelineEntry entry = byPosition.get(hit.row().position());
            if (entry != null) {
                entries.add(entry);
            }
        }
        return List.copyOf(entries);
    }
}
