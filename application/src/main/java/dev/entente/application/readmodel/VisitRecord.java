package dev.entente.application.readmodel;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.GuestArrived;
import dev.entente.domain.visit.JointStatementIssued;
import dev.entente.domain.visit.TalksHeld;
import dev.entente.domain.visit.VisitCancelled;
import dev.entente.domain.visit.VisitConcluded;
import dev.entente.domain.visit.VisitEvent;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitPostponed;
import dev.entente.domain.visit.VisitScheduled;
import dev.entente.domain.visit.VisitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything known about one visit, folded from its events: the read model behind the visit log. {@code position}
 * is the global index of the last event folded in, so that an event is never applied twice.
 */
public record VisitRecord(VisitId id, Dignitary guest, Country host, VisitKind kind, LocalDate scheduledOn,
                          LocalDate plannedFrom, LocalDate plannedTo, List<VisitPostponed> postponements,
                          VisitCancelled cancellation, GuestArrived arrival, List<CeremonyHeld> ceremonies,
                          List<TalksHeld> talks, List<JointStatementIssued> statements, VisitConcluded conclusion,
                          List<Source> sources, long position, List<AnnotatedFact> annotations) {

    public VisitRecord {
        annotations = Folds.list(annotations);
        postponements = Folds.list(postponements);
        ceremonies = Folds.list(ceremonies);
        talks = Folds.list(talks);
        statements = Folds.list(statements);
        sources = Folds.list(sources);
    }

    /** A record with no annotated facts. */
    public VisitRecord(VisitId id, Dignitary guest, Country host, VisitKind kind, LocalDate scheduledOn,
                       LocalDate plannedFrom, LocalDate plannedTo, List<VisitPostponed> postponements,
                       VisitCancelled cancellation, GuestArrived arrival, List<CeremonyHeld> ceremonies,
                       List<TalksHeld> talks, List<JointStatementIssued> statements, VisitConcluded conclusion,
                       List<Source> sources, long position) {
        this(id, guest, host, kind, scheduledOn, plannedFrom, plannedTo, postponements, cancellation, arrival,
                ceremonies, talks, statements, conclusion, sources, position, List.of());
    }

    /** The record a visit starts with. */
    public static VisitRecord of(VisitScheduled event, long position) {
        return of(event, position, Annotations.NONE);
    }

    /** The record a visit starts with, its scheduling recorded with {@code annotations}. */
    public static VisitRecord of(VisitScheduled event, long position, Annotations annotations) {
        return new VisitRecord(event.visitId(), event.guest(), event.host(), event.kind(), event.occurredOn(),
                event.plannedFrom(), event.plannedTo(), List.of(), null, null, List.of(), List.of(), List.of(), null,
                event.sources(), position, annotated(List.of(), event, position, annotations));
    }

    /** {@code facts} with the annotations of {@code event}, if it has any. */
    private static List<AnnotatedFact> annotated(List<AnnotatedFact> facts, VisitEvent event, long position,
                                                 Annotations annotations) {
        return Folds.annotated(facts, Describe.kindOf(event), event.occurredOn(), position, annotations);
    }

    /** The annotations recorded with {@code step}, a fact of this visit; {@link Annotations#NONE} when none. */
    public Annotations annotationsOf(VisitEvent step) {
        return Folds.annotationsOf(annotations, Describe.kindOf(step), step.occurredOn());
    }

    /**
     * The number of documents the sources say were signed in all at the visit's ceremonies, the sum of those stated;
     * null when no ceremony states one (then only the agreements on record are known).
     */
    public Integer documentsSignedInAll() {
        List<Integer> stated = ceremonies.stream().map(CeremonyHeld::documentsSigned).filter(Objects::nonNull)
                .toList();
        return stated.isEmpty() ? null : stated.stream().mapToInt(Integer::intValue).sum();
    }

    /** The dyad of guest's country and host. */
    public Dyad dyad() {
        return Dyad.of(guest.country(), host);
    }

    /** This record with {@code event} folded in. */
    public VisitRecord apply(VisitEvent event, long at) {
        return apply(event, at, Annotations.NONE);
    }

    /** This record with {@code event}, recorded with {@code annotations}, folded in. */
    public VisitRecord apply(VisitEvent event, long at, Annotations annotations) {
        Builder next = new Builder(this, at);
        next.annotations = annotated(this.annotations, event, at, annotations);
        next.sources = Folds.union(sources, event.sources());
        if (event instanceof VisitPostponed postponed) {
            next.plannedFrom = postponed.plannedFrom();
            next.plannedTo = postponed.plannedTo();
            next.postponements = Folds.plus(postponements, postponed);
        } else if (event instanceof VisitCancelled cancelled) {
            next.cancellation = cancelled;
        } else if (event instanceof GuestArrived arrived) {
            next.arrival = arrived;
        } else if (event instanceof CeremonyHeld ceremony) {
            next.ceremonies = Folds.plus(ceremonies, ceremony);
        } else if (event instanceof TalksHeld held) {
            next.talks = Folds.plus(talks, held);
        } else if (event instanceof JointStatementIssued statement) {
            next.statements = Folds.plus(statements, statement);
        } else if (event instanceof VisitConcluded concluded) {
            next.conclusion = concluded;
        }
        // VisitScheduled starts a record (see of); a visit is scheduled only once.
        return next.build();
    }

    /**
     * This visit as a reader knew it on {@code date}: only the steps dated on or before it, with their sources and
     * position, taken from the visit's timeline {@code entries} (read only when something is cut). Null when it was not yet scheduled then; the record
     * itself when nothing in it is dated later. The plan is the last one known on the date, except that the plan a
     * visit was first scheduled with is not kept once it is postponed: a visit postponed after {@code date} shows
     * its later plan.
     */
    public VisitRecord asOf(LocalDate date, Supplier<List<TimelineEntry>> entries) {
        if (scheduledOn.isAfter(date)) {
            return null;
        }
        if (!lastFactOn().isAfter(date)) {
            return this;
        }
        Folds.Known known = Folds.known(entries.get(), "visit.", id.value(), date);
        Builder cut = new Builder(this, known.position());
        cut.postponements = postponements.stream().filter(p -> !p.occurredOn().isAfter(date)).toList();
        if (!cut.postponements.isEmpty()) {
            VisitPostponed last = cut.postponements.get(cut.postponements.size() - 1);
            cut.plannedFrom = last.plannedFrom();
            cut.plannedTo = last.plannedTo();
        }
        cut.cancellation = cancellation == null || cancellation.occurredOn().isAfter(date) ? null : cancellation;
        cut.arrival = arrival == null || arrival.occurredOn().isAfter(date) ? null : arrival;
        cut.ceremonies = ceremonies.stream().filter(c -> !c.occurredOn().isAfter(date)).toList();
        cut.talks = talks.stream().filter(t -> !t.occurredOn().isAfter(date)).toList();
        cut.statements = statements.stream().filter(s -> !s.occurredOn().isAfter(date)).toList();
        cut.conclusion = conclusion == null || conclusion.occurredOn().isAfter(date) ? null : conclusion;
        cut.sources = known.sources();
        cut.annotations = annotations.stream().filter(a -> !a.occurredOn().isAfter(date)).toList();
        return cut.build();
    }

    /** The date of the latest fact folded into this record. */
    private LocalDate lastFactOn() {
        LocalDate last = scheduledOn;
        for (VisitPostponed p : postponements) {
            last = Folds.later(last, p.occurredOn());
        }
        last = Folds.later(last, cancellation == null ? null : cancellation.occurredOn());
        for (VisitEvent step : steps()) {
            last = Folds.later(last, step.occurredOn());
        }
        return last;
    }

    /** Where the visit stood on {@code date}; null when it was not yet scheduled then. */
    public VisitStatus statusOn(LocalDate date) {
        if (cancellation != null && !cancellation.occurredOn().isAfter(date)) {
            return VisitStatus.CANCELLED;
        }
        if (conclusion != null && !conclusion.occurredOn().isAfter(date)) {
            return VisitStatus.CONCLUDED;
        }
        if (arrival != null && !arrival.occurredOn().isAfter(date)) {
            return VisitStatus.IN_PROGRESS;
        }
        return scheduledOn.isAfter(date) ? null : VisitStatus.SCHEDULED;
    }

    /** Whether the guest had arrived by {@code date}: the visit took place (or is taking place). */
    public boolean tookPlaceBy(LocalDate date) {
        return arrival != null && !arrival.occurredOn().isAfter(date);
    }

    /** The steps of the visit in the order they happened, for display. */
    public List<VisitEvent> steps() {
        List<VisitEvent> steps = new ArrayList<>();
        if (arrival != null) {
            steps.add(arrival);
        }
        steps.addAll(ceremonies);
        steps.addAll(talks);
        steps.addAll(statements);
        if (conclusion != null) {
            steps.add(conclusion);
        }
        steps.sort(BY_DAY);
        return List.copyOf(steps);
    }

    /** By the day it occurred; a class rather than a lambda, which a question's start would link (docs/adr/0034). */
    private static final Comparator<VisitEvent> BY_DAY = new Comparator<>() {
        @Override
        public int compare(VisitEvent a, VisitEvent b) {
            return a.occurredOn().compareTo(b.occurredOn());
        }
    };

    /** A mutable copy, so that each fold step names only what changes. */
    private static final class Builder {
        private final VisitRecord from;
        private final long position;
        private LocalDate plannedFrom;
        private LocalDate plannedTo;
        private List<VisitPostponed> postponements;
        private VisitCancelled cancellation;
        private GuestArrived arrival;
        private List<CeremonyHeld> ceremonies;
        private List<TalksHeld> talks;
        private List<JointStatementIssued> statements;
        private VisitConcluded conclusion;
        private List<Source> sources;
        private List<AnnotatedFact> annotations;

        Builder(VisitRecord from, long position) {
            this.from = from;
            this.position = position;
            plannedFrom = from.plannedFrom;
            plannedTo = from.plannedTo;
            postponements = from.postponements;
            cancellation = from.cancellation;
            arrival = from.arrival;
            ceremonies = from.ceremonies;
            talks = from.talks;
            statements = from.statements;
            conclusion = from.conclusion;
            sources = from.sources;
            annotations = from.annotations;
        }

        VisitRecord build() {
            return new VisitRecord(from.id, from.guest, from.host, from.kind, from.scheduledOn, plannedFrom, plannedTo,
                    postponements, cancellation, arrival, ceremonies, talks, statements, conclusion, sources, position,
                    annotations);
        }
    }
}
