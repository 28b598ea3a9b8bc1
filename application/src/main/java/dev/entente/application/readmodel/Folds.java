package dev.entente.application.readmodel;

import dev.entente.domain.shared.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Small helpers for the immutable read-model records. */
final class Folds {

    private Folds() {
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static <T> List<T> plus(List<T> values, T value) {
        List<T> more = new ArrayList<>(values);
        more.add(value);
        return List.copyOf(more);
    }

    /** Elements up to which {@link #union} compares each with those it keeps rather than hashing them all. */
    private static final int FEW = 16;

    /**
     * {@code values} (an unmodifiable list) and {@code more}, each element once, in first-seen order; {@code values}
     * itself when that is what it holds already.
     */
    static <T> List<T> union(List<T> values, List<T> more) {
        if (values.size() > FEW || more.size() > FEW) {
            LinkedHashSet<T> all = new LinkedHashSet<>(values);
            all.addAll(more);
            return List.copyOf(all);
        }
        // A record's sources are few, and an event mostly cites one it has: comparing each with those kept spares
        // hashing every source (its title, publisher and address) on every event, which was most of a replay's fold.
        Object[] kept = new Object[values.size() + more.size()];
        int fromValues = keepNew(values, kept, 0);
        int count = keepNew(more, kept, fromValues);
        if (fromValues == values.size() && count == fromValues) {
            return values;
        }
        @SuppressWarnings("unchecked")
        List<T> all = (List<T>) List.copyOf(Arrays.asList(kept).subList(0, count));
        return all;
    }

    /**
     * Adds to {@code kept}, after its first {@code count}, each of {@code values} not equal to one there; returns the
     * new count.
     */
    private static int keepNew(List<?> values, Object[] kept, int count) {
        int total = count;
        for (Object value : values) {
            boolean known = false;
            for (int i = 0; i < total && !known; i++) {
                known = Objects.equals(kept[i], value);
            }
            if (!known) {
                kept[total++] = value;
            }
        }
        return total;
    }

    /** The sources and the position of the facts of one record known on a date, read from its timeline entries. */
    record Known(List<Source> sources, long position) {
    }

    /**
     * What the timeline {@code entries} of the record {@code subject} (events whose kind starts with {@code kindPrefix})
     * dated on or before {@code date} tell: their sources, in the order the record gathered them, and the position of
     * the last of them.
     */
    static Known known(List<TimelineEntry> entries, String kindPrefix, String subject, LocalDate date) {
        List<TimelineEntry> own = entries.stream()
                .filter(e -> e.kind().startsWith(kindPrefix) && e.subject().equals(subject)
                        && !e.occurredOn().isAfter(date))
                .sorted(Comparator.comparingLong(TimelineEntry::position))
                .toList();
        LinkedHashSet<Source> sources = new LinkedHashSet<>();
        long position = -1;
        for (TimelineEntry entry : own) {
            sources.addAll(entry.sources());
            position = entry.position();
        }
        return new Known(List.copyOf(sources), position);
    }

    /** {@code facts} with the annotations of the fact {@code kind} on {@code on}, if there are any. */
    static List<AnnotatedFact> annotated(List<AnnotatedFact> facts, String kind, LocalDate on, long position,
                                         Annotations annotations) {
        return annotations == null || annotations.isEmpty() ? facts
                : plus(facts, new AnnotatedFact(kind, on, position, annotations));
    }

    /** The annotations of the fact {@code kind} on {@code on} among {@code facts}; the last recorded when several. */
    static Annotations annotationsOf(List<AnnotatedFact> facts, String kind, LocalDate on) {
        return facts.stream().filter(a -> a.kind().equals(kind) && a.occurredOn().equals(on))
                .map(AnnotatedFact::annotations).reduce((first, later) -> later).orElse(Annotations.NONE);
    }

    /** The later of two days, either of which may be null. */
    static LocalDate later(LocalDate day, LocalDate other) {
        if (day == null) {
            return other;
        }
        return other == null || !other.isAfter(day) ? day : other;
    }
}
