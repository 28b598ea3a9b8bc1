package dev.entente.application.readmodel;

import dev.entente.domain.shared.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

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

    /** {@code values} and {@code more}, each element once, in first-seen order. */
    static <T> List<T> union(List<T> values, List<T> more) {
        LinkedHashSet<T> all = new LinkedHashSet<>(values);
        all.addAll(more);
        return List.copyOf(all);
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
