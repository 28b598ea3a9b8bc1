package dev.entente.application.projection;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.readmodel.RelationshipFact;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitId;
import java.util.Optional;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The read models as the projector sees them while an event processor folds a batch of events: a
 * {@link ChangeBuffer} per batch, flushed when the batch's unit of work prepares to commit, in the transaction that
 * also stores the processor's token. Outside a unit of work it reads and writes straight through.
 */
final class BatchBuffer extends QuestionsToTarget {

    private static final String RESOURCE = BatchBuffer.class.getName();

    BatchBuffer(ReadModelStore target) {
        super(target);
    }

    /** The buffer of the current batch, or the target itself outside one. */
    private ReadModelStore current() {
        if (!CurrentUnitOfWork.isStarted()) {
            return target;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(RESOURCE, key -> {
            ChangeBuffer buffer = ChangeBuffer.over(target);
            unitOfWork.onPrepareCommit(u -> buffer.flush());
            return buffer;
        });
    }

    @Override
    public Optional<VisitRecord> visit(VisitId id) {
        return current().visit(id);
    }

    @Override
    public Optional<AgreementRecord> agreement(AgreementId id) {
        return current().agreement(id);
    }

    @Override
    public void save(VisitRecord visit) {
        current().save(visit);
    }

    @Override
    public void save(AgreementRecord agreement) {
        current().save(agreement);
    }

    @Override
    public void save(MeetingRecord meeting) {
        current().save(meeting);
    }

    @Override
    public void append(RelationshipFact fact) {
        current().append(fact);
    }

    @Override
    public void link(Dyad dyad, VisitId visit) {
        current().link(dyad, visit);
    }

    @Override
    public void link(Dyad dyad, AgreementId agreement) {
        current().link(dyad, agreement);
    }

    @Override
    public void append(TimelineEntry entry) {
        current().append(entry);
    }
}
