package dev.entente.application.readmodel;

import java.util.ArrayList;
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
}
