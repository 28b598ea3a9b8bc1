package dev.entente.application.projection;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.Describe;
import dev.entente.application.readmodel.RelationshipFact;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitEvent;
import dev.entente.domain.visit.VisitScheduled;

/**
 * Folds one event into the read models: the record of its visit, agreement or relationship, the dyad links, and
 * the timeline. It knows nothing of Axon, so the same code serves the event processor, a replay, and read models
 * built from part of the history. An event at or before a record's position was already folded in and is skipped.
 */
public final class ReadModelProjector {

    private final ReadModelStore store;

    public ReadModelProjector(ReadModelStore store) {
        this.store = store;
    }

    /** Folds {@code event}, stored at global index {@code position}, into the read models. */
    public void project(Object event, long position) {
        project(event, position, Annotations.NONE);
    }

    /**
     * Folds {@code event}, stored at global index {@code position} with the {@code annotations} of the command that
     * produced it (read from its metadata, {@link Annotations#fromMetadata}), into the read models.
     */
    public void project(Object event, long position, Annotations annotations) {
        Annotations annotated = annotations == null ? Annotations.NONE : annotations;
        if (event instanceof VisitEvent visit) {
            project(visit, position, annotated);
        } else if (event instanceof AgreementEvent agreement) {
            project(agreement, position, annotated);
        } else if (event instanceof RelationshipEvent relationship) {
            project(relationship, position, annotated);
        }
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
        store.append(Describe.visit(event, after, position).annotated(annotations));
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
        Describe.agreement(event, after, position).forEach(entry -> store.append(entry.annotated(annotations)));
    }

    private void project(RelationshipEvent event, long position, Annotations annotations) {
        // Appended, not read back: a fact already stored at this position is left as it is, as is its timeline entry.
        store.append(RelationshipFact.of(event, position));
        store.append(Describe.relationship(event, position).annotated(annotations));
    }
}
