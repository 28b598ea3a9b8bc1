package dev.entente.application.readmodel;

import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Source;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person adds beside a command without changing the fact it records: a note (e.g. that sources disagree) and
 * alternative claims about its fields, each with its sources. They travel as metadata of the events the command
 * produces (ADR 0017), so no stored event changes shape; the read models show them beside the fact.
 */
public record Annotations(String note, List<Alternative> alternatives) {

    /** The metadata key of the note. */
    public static final String NOTE = "entente.note";
    /** The metadata key of the alternative claims. */
    public static final String ALTERNATIVES = "entente.alternatives";

    /** No note, no alternative. */
    public static final Annotations NONE = new Annotations(null, List.of());

    public Annotations {
        note = note == null || note.isBlank() ? null : note.strip();
        alternatives = Folds.list(alternatives);
    }

    public static Annotations of(String note, List<Alternative> alternatives) {
        Annotations annotations = new Annotations(note, alternatives);
        return annotations.isEmpty() ? NONE : annotations;
    }

    public boolean isEmpty() {
        return note == null && alternatives.isEmpty();
    }

    /**
     * Refuses an alternative about a field {@code command} does not have, or about its sources: an alternative
     * names a field of the command's record, e.g. {@code place} of {@code RecordArrival}.
     *
     * @throws InvalidValue {@code annotation.unknown-field}
     */
    public void checkFieldsOf(Object command) {
        if (alternatives.isEmpty()) {
            return;
        }
        Set<String> fields = command.getClass().isRecord()
                ? Arrays.stream(command.getClass().getRecordComponents()).map(c -> c.getName())
                        .filter(name -> !"sources".equals(name))
                        .collect(Collectors.toCollection(LinkedHashSet::new))
                : Set.of();
        for (Alternative alternative : alternatives) {
            if (!fields.contains(alternative.field())) {
                throw new InvalidValue("annotation.unknown-field", "an alternative claim names the field '"
                        + alternative.field() + "', which " + command.getClass().getSimpleName()
                        + " does not have; its fields: " + String.join(", ", fields));
            }
        }
    }

    /**
     * The annotations as event metadata: plain strings, lists and maps only, so that every serializer and the event
     * log carry them as they are. Empty when there is nothing to say.
     */
    public Map<String, Object> toMetadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (note != null) {
            metadata.put(NOTE, note);
        }
        if (!alternatives.isEmpty()) {
            List<Object> claims = new ArrayList<>();
            for (Alternative alternative : alternatives) {
                Map<String, Object> claim = new LinkedHashMap<>();
                claim.put("field", alternative.field());
                claim.put("value", alternative.value());
                List<Object> sources = new ArrayList<>();
                for (Source source : alternative.sources()) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("title", source.title());
                    s.put("publisher", source.publisher());
                    s.put("published", source.published().toString());
                    if (source.url() != null) {
                        s.put("url", source.url().toString());
                    }
                    sources.add(s);
                }
                claim.put("sources", sources);
                claims.add(claim);
            }
            metadata.put(ALTERNATIVES, claims);
        }
        return metadata;
    }

    /**
     * The annotations an event's metadata carries; {@link #NONE} when it carries none (every event recorded before
     * annotations existed).
     *
     * @throws IllegalArgumentException when the metadata under the two keys is not in the shape
     *         {@link #toMetadata()} writes
     */
    public static Annotations fromMetadata(Map<String, ?> metadata) {
        return fromMetadata(metadata, LocalDate::parse);
    }

    /**
     * As {@link #fromMetadata(Map)}, the sources' days of publication read by {@code days} (which reads them as
     * {@link LocalDate#parse} does: a question's reader may avoid setting up a {@code DateTimeFormatter} for them).
     */
    public static Annotations fromMetadata(Map<String, ?> metadata, Function<String, LocalDate> days) {
        if (metadata == null || (!metadata.containsKey(NOTE) && !metadata.containsKey(ALTERNATIVES))) {
            return NONE;
        }
        Object note = metadata.get(NOTE);
        if (note != null && !(note instanceof String)) {
            throw new IllegalArgumentException(NOTE + " must be text, found " + note.getClass().getSimpleName());
        }
        List<Alternative> alternatives = new ArrayList<>();
        Object claims = metadata.get(ALTERNATIVES);
        if (claims != null) {
            for (Object claim : list(claims, ALTERNATIVES)) {
                Map<?, ?> fields = map(claim, ALTERNATIVES + "[]");
                List<Source> sources = new ArrayList<>();
                for (Object source : list(fields.get("sources"), ALTERNATIVES + "[].sources")) {
                    Map<?, ?> s = map(source, ALTERNATIVES + "[].sources[]");
                    Object url = s.get("url");
                    sources.add(new Source(text(s.get("title")), text(s.get("publisher")),
                            days.apply(text(s.get("published"))), url == null ? null : URI.create(text(url))));
                }
                alternatives.add(new Alternative(text(fields.get("field")), text(fields.get("value")), sources));
            }
        }
        return of((String) note, alternatives);
    }

    private static List<?> list(Object value, String where) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException(where + " must be a list, found " + value);
    }

    private static Map<?, ?> map(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(where + " must be an object, found " + value);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
