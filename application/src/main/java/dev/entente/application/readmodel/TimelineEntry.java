package dev.entente.application.readmodel;

import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a relationship's timeline: what happened on a date, as a sentence, with the event's stored name as its
 * kind (e.g. {@code agreement.signed}), the id of the aggregate it happened to, and its sources. {@code position} is
 * the event's global index, which orders entries of the same day. A fact the sources date only in part is placed on
 * the day it is known from, the end of its interval, and {@code dateAsWritten} keeps the date as written (null for an
 * exact day). {@code annotations} are the note and alternative claims recorded with the command that produced the
 * event ({@link Annotations#NONE} when there are none).
 */
public record TimelineEntry(Dyad dyad, LocalDate occurredOn, long position, String kind, String subject,
                            String summary, List<Source> sources, WrittenDate dateAsWritten,
                            Annotations annotations) {

    public TimelineEntry {
        sources = Folds.list(sources);
        dateAsWritten = dateAsWritten == null || dateAsWritten.isExactDay() ? null : dateAsWritten;
        annotations = annotations == null ? Annotations.NONE : annotations;
    }

    /** An entry dated by an exact day, with no annotations. */
    public TimelineEntry(Dyad dyad, LocalDate occurredOn, long position, String kind, String subject, String summary,
                         List<Source> sources) {
        this(dyad, occurredOn, position, kind, subject, summary, sources, null, Annotations.NONE);
    }

    /** An entry dated as the sources write it, with no annotations. */
    public TimelineEntry(Dyad dyad, LocalDate occurredOn, long position, String kind, String subject, String summary,
                         List<Source> sources, WrittenDate dateAsWritten) {
        this(dyad, occurredOn, position, kind, subject, summary, sources, dateAsWritten, Annotations.NONE);
    }

    /** An entry dated by an exact day, with {@code annotations}. */
    public TimelineEntry(Dyad dyad, LocalDate occurredOn, long position, String kind, String subject, String summary,
                         List<Source> sources, Annotations annotations) {
        this(dyad, occurredOn, position, kind, subject, summary, sources, null, annotations);
    }

    /**
     * Where an entry stands in the dyad's timeline, without its text: what a fold hands a store that keeps only that
     * and makes the entry from its event when a question reads it ({@code ReadModelStore.keepsTimelineText}, ADR 0029).
     */
    public static TimelineEntry at(Dyad dyad, LocalDate occurredOn, long position) {
        return new TimelineEntry(dyad, occurredOn, position, null, null, null, List.of(), null, Annotations.NONE);
    }

    /** This entry with {@code annotations}. */
    public TimelineEntry annotated(Annotations annotations) {
        return new TimelineEntry(dyad, occurredOn, position, kind, subject, summary, sources, dateAsWritten,
                annotations);
    }

    /** The date as the sources write it, or the exact day: what outputs show. */
    public WrittenDate writtenDate() {
        return dateAsWritten == null ? WrittenDate.day(occurredOn) : dateAsWritten;
    }
}
