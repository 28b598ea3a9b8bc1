package dev.entente.application.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.fixtures.VisitFixture;
import dev.entente.domain.visit.VisitScheduled;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BatchBufferTest {

    private final InMemoryReadModelStore memory = new InMemoryReadModelStore();
    private final List<String> calls = new ArrayList<>();
    /** The store behind the buffer, noting which of its methods that read or write the buffer calls. */
    private final ReadModelStore store = (ReadModelStore) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ReadModelStore.class}, (proxy, method, args) -> {
                if (method.getName().equals("write")) {
                    ReadModelStore.Changes changes = (ReadModelStore.Changes) args[0];
                    calls.add("write " + changes.visits().size() + " visits, " + changes.timeline().size() + " entries");
                } else if (!method.getName().equals("keepsTimelineText")) {
                    // What the store keeps is asked once, when the projector is made; it reads and writes nothing.
                    calls.add(method.getName());
                }
                try {
                    return method.invoke(memory, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    private final ReadModelProjector projector = new ReadModelProjector(new BatchBuffer(store));
    private final VisitScheduled scheduled = new VisitScheduled(VisitFixture.VISIT, VisitFixture.ANNOUNCED,
            dev.entente.domain.fixtures.People.ALIYEV, dev.entente.domain.fixtures.Countries.PK,
            dev.entente.domain.visit.VisitKind.STATE, VisitFixture.FIRST_DAY, VisitFixture.LAST_DAY, List.of());

    @Test
    void inside_a_unit_of_work_reads_a_record_once_and_writes_the_batch_when_it_commits() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        projector.project(scheduled, 1);
        projector.project(new dev.entente.domain.visit.VisitPostponed(VisitFixture.VISIT, LocalDate.of(2024, 7, 9),
                LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 2), null, List.of()), 2);

        assertThat(memory.visit(VisitFixture.VISIT)).as("nothing written before the commit").isEmpty();
        batch.commit();

        assertThat(calls).as("one read per record, one write per batch").containsExactly("visit",
                "write 1 visits, 2 entries");
        assertThat(memory.visit(VisitFixture.VISIT)).get().extracting(VisitRecord::position).isEqualTo(2L);
    }

    @Test
    void a_batch_rolled_back_writes_nothing() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        projector.project(scheduled, 1);
        batch.rollback();

        assertThat(memory.visit(VisitFixture.VISIT)).isEmpty();
        assertThat(memory.timeline(dev.entente.domain.fixtures.Countries.AZ_PK, LocalDate.MIN, LocalDate.MAX)).isEmpty();
    }

    @Test
    void outside_a_unit_of_work_writes_straight_through() {
        projector.project(scheduled, 1);

        assertThat(memory.visit(VisitFixture.VISIT)).isPresent();
        assertThat(calls).containsExactly("visit", "link", "save", "append");
    }
}
