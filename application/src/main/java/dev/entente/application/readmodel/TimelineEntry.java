package dev.entente.application.readmodel;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a relationship's timeline: what happened on a date, as a sentence, with the event's stored name as its
 * kind (e.g. {@code agreement.signed}), the id of the aggregate it happened to, and its sources. {@code position} is
 * the event's global index, which orders entries of the same day. {@code annotations} are the note and alternative
 * claims recorded with the command that produced the event ({@link Annotations#NONE} when there are none).
 */
public record TimelineEntry(Dyad dyad, LocalDate occurredOn, long position, String kind, String subject,
                            String summary, List<Source> sources, Annotations annotations) {

    public TimelineEntry {
        sources = Folds.list(sources);
        annotations = annotations == null ? Annotations.NONE : annotations;
    }

    /** An entry with no annotations. */
    public TimelineEntry(Dyad dyad, LocalDate occurredOn, long position, String kind, String subject, String summary,
                         List<Source> sources) {
        this(dyad, occurredOn, position, kind, subject, summary, sources, Annotations.NONE);
    }

    /** This entry with {@code annotations}. */
    public TimelineEntry annotated(Annotations annotations) {
        return new TimelineEntry(dyad, occurredOn, position, kind, subject, summary, sources, annotations);
    }
}
