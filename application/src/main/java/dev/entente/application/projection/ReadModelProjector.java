package dev.entente.application.projection;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.Describe;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.readmodel.RelationshipFact;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.Aggregates;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.meeting.MeetingEvent;
import dev.entente.domain.meeting.MeetingHeld;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitEvent;
import dev.entente.domain.visit.VisitScheduled;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Folds one event into the read models: the record of its visit, agreement or relationship, the dyad links, and
 * the timeline (a multilateral meeting is linked to, and in the timeline of, every pair of its states). It knows
 * nothing of Axon, so the same code serves the event processor, a replay, and read models built from part of the
 * history. An event at or before a record's position was already folded in and is skipped.
 * Which fold an event goes to is its aggregate's sealed event root: a new event of an aggregate needs no entry here,
 * and a test holds the roots folded equal to those of the registry ({@link Aggregates}).
 */
public final class ReadModelProjector {

    /**
     * The event roots the read models fold, one per aggregate of the registry (a test holds them equal to
     * {@link Aggregates#eventRoots()}): {@link #project(Object, long, Annotations)} dispatches on them, so a question
     * that folds records does not load the registry with its commands, deciders and Axon shells (ADR 0033).
     */
    static final List<Class<?>> FOLDED_ROOTS = List.of(VisitEvent.class, AgreementEvent.class,
            RelationshipEvent.class, MeetingEvent.class);

    private final ReadModelStore store;
    /** Whether the store keeps the entries' text; if not, it is handed where each stands alone (ADR 0029). */
    private final boolean describes;

    public ReadModelProjector(ReadModelStore store) {
        this.store = store;
        this.describes = store.keepsTimelineText();
    }

    /** The event types the read models fold: every event record under the folded roots. */
    public static Set<Class<?>> foldedEventTypes() {
        Set<Class<?>> types = new HashSet<>();
        FOLDED_ROOTS.forEach(root -> addRecords(root, types));
        return Set.copyOf(types);
    }

    private static void addRecords(Class<?> type, Set<Class<?>> records) {
        if (type.isRecord()) {
            records.add(type);
        } else if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                addRecords(permitted, records);
            }
        }
    }

    /** Whether {@code event} is of a type the read models fold. */
    public static boolean folds(Object event) {
        return event instanceof VisitEvent || event instanceof AgreementEvent || event instanceof RelationshipEvent
                || event instanceof MeetingEvent;
    }

    /**
     * Folds {@code event}, stored at global index {@code position}, into the read models.
     *
     * An event of no aggregate of Entente's (an application's own) changes nothing.
     */
    public void project(Object event, long position) {
        project(event, position, Annotations.NONE);
    }

    /**
     * Folds {@code event}, stored at global index {@code position} with the {@code annotations} of the command that
     * produced it (read from its metadata, {@link Annotations#fromMetadata}), into the read models.
     *
     * An event of no aggregate of Entente's (an application's own) changes nothing.
     */
    public void project(Object event, long position, Annotations annotations) {
        Annotations given = annotations == null ? Annotations.NONE : annotations;
        if (event instanceof VisitEvent visit) {
            project(visit, position, given);
        } else if (event instanceof AgreementEvent agreement) {
            project(agreement, position, given);
        } else if (event instanceof RelationshipEvent relationship) {
            project(relationship, position, given);
        } else if (event instanceof MeetingEvent meeting) {
            project(meeting, position, given);
        }
        // Anything else, an event of an application's own aggregate (docs/extending.md), is not the read models'
        // business: the processor, the bulk replay, the integrity check and the as-recorded fold all pass it over.
    }

    private void project(VisitEvent event, long position, Annotations annotations) {
        VisitRecord before = store.visit(event.visitId()).orElse(null);
        if (before != null && before.position() >= position) {
            return;
        }
        VisitRecord after;
        if (event instanceof VisitScheduled scheduled) {
            after = VisitRecord.of(scheduled, position, annotations);
            store.link(after.dyad(), after.id());
        } else if (before == null) {
            throw new IllegalStateException("Event " + Describe.kindOf(event) + " at position " + position
                    + " belongs to visit " + event.visitId() + ", whose scheduling is not in the read models");
        } else {
            after = before.apply(event, position, annotations);
        }
        store.save(after);
        store.append(describes ? Describe.visit(event, after, position).annotated(annotations)
                : TimelineEntry.at(after.dyad(), event.occurredOn(), position));
    }

    private void project(AgreementEvent event, long position, Annotations annotations) {
        AgreementRecord before = store.agreement(event.agreementId()).orElse(null);
        if (before != null && before.position() >= position) {
            return;
        }
        AgreementRecord after;
        if (event instanceof AgreementConcluded concluded) {
            after = AgreementRecord.of(concluded, position, annotations);
            for (Dyad dyad : after.dyads()) {
                store.link(dyad, after.id());
            }
        } else if (before == null) {
            throw new IllegalStateException("Event " + Describe.kindOf(event) + " at position " + position
                    + " belongs to agreement " + event.agreementId() + ", whose conclusion is not in the read models");
        } else {
            after = before.apply(event, position, annotations);
        }
        store.save(after);
        if (describes) {
            Describe.agreement(event, after, position).forEach(entry -> store.append(entry.annotated(annotations)));
        } else {
            after.dyads().forEach(dyad -> store.append(TimelineEntry.at(dyad, event.occurredOn(), position)));
        }
    }

    private void project(RelationshipEvent event, long position, Annotations annotations) {
        // Appended, not read back: a fact already stored at this position is left as it is, as is its timeline entry.
        store.append(RelationshipFact.of(event, position));
        store.append(describes ? Describe.relationship(event, position).annotated(annotations)
                : TimelineEntry.at(event.dyad(), event.occurredOn(), position));
    }

    private void project(MeetingEvent event, long position, Annotations annotations) {
        // Recorded once, linked to every pair of its participants, and an entry in each pair's timeline: saving the
        // record or an entry again at the same position changes nothing (ADR 0020).
        if (event instanceof MeetingHeld held) {
            store.save(MeetingRecord.of(held, position, annotations));
            if (describes) {
                Describe.meeting(held, position).forEach(entry -> store.append(entry.annotated(annotations)));
            } else {
                held.dyads().forEach(dyad -> store.append(TimelineEntry.at(dyad, held.occurredOn(), position)));
            }
        } else {
            throw new IllegalArgumentException("The read models do not know the meeting event "
                    + event.getClass().getName());
        }
    }
}
