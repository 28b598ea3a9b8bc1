package dev.entente.adapters.cli;

import dev.entente.application.batch.Decision;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a correction reads in the dry run and after {@code apply}: the fields of the recorded events that change, old
 * and new ({@code place: Nur Khan Airbase, Rawalpindi → Islamabad International Airport}), or the events as a whole
 * when the correction records events of other kinds.
 */
final class Corrections {

    private Corrections() {
    }

    /** What {@code decision}, a correction, changes. */
    static String change(Decision decision) {
        List<Object> replaced = decision.replaced();
        List<Object> recorded = decision.events().subList(1, decision.events().size());
        if (replaced.size() == recorded.size()) {
            List<String> changes = new ArrayList<>();
            for (int i = 0; i < replaced.size(); i++) {
                List<String> fields = fieldChanges(replaced.get(i), recorded.get(i));
                if (fields == null) {
                    return DryRun.describe(replaced) + " → " + DryRun.describe(recorded);
                }
                changes.addAll(fields);
            }
            return changes.isEmpty() ? "only its note or alternative claims change" : String.join("; ", changes);
        }
        return DryRun.describe(replaced) + " → " + DryRun.describe(recorded);
    }

    /** The components that differ between two events of one record type; null for events of different types. */
    private static List<String> fieldChanges(Object old, Object now) {
        if (old.getClass() != now.getClass() || !old.getClass().isRecord()) {
            return null;
        }
        List<String> changes = new ArrayList<>();
        for (RecordComponent component : old.getClass().getRecordComponents()) {
            Object before = value(component, old);
            Object after = value(component, now);
            if (!Objects.equals(before, after)) {
                changes.add(component.getName() + ": " + before + " → " + after);
            }
        }
        return changes;
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record, unreadable);
        }
    }
}
