package dev.entente.application.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.fixtures.Countries;
import dev.entente.domain.fixtures.People;
import dev.entente.domain.fixtures.VisitFixture;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitPostponed;
import dev.entente.domain.visit.VisitScheduled;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The buffer a bulk replay folds into: changes taken and not yet written (their JSON is being made elsewhere, ADR 0028)
 * stay readable from the buffer even when it starts its cache again, so the next page folds onto them.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeBufferTest {

    private final InMemoryReadModelStore target = new InMemoryReadModelStore();
    private final ChangeBuffer buffer = ChangeBuffer.overEmptied(target);
    private final ReadModelProjector projector = new ReadModelProjector(buffer);

    @Test
    void records_taken_but_not_yet_written_are_still_folded_onto_after_the_cache_starts_again() {
        int visits = 20_001;
        for (int i = 1; i <= visits; i++) {
            projector.project(scheduled(VisitId.of("visit-" + i)), i);
        }
        ReadModelStore.Changes first = buffer.take();
        VisitId last = VisitId.of("visit-" + visits);
        projector.project(new VisitPostponed(last, LocalDate.of(2024, 7, 9), LocalDate.of(2024, 8, 1),
                LocalDate.of(2024, 8, 2), null, List.of()), visits + 1);
        ReadModelStore.Changes second = buffer.take();

        assertThat(first.visits()).hasSize(visits);
        assertThat(target.visit(last)).as("nothing written yet").isEmpty();
        assertThat(second.visits()).singleElement().satisfies(visit -> {
            assertThat(visit.id()).isEqualTo(last);
            assertThat(visit.position()).isEqualTo(visits + 1L);
            assertThat(visit.plannedFrom()).isEqualTo(LocalDate.of(2024, 8, 1));
        });
    }

    @Test
    void a_take_hands_over_each_change_once() {
        projector.project(scheduled(VisitFixture.VISIT), 1);

        assertThat(buffer.take().visits()).extracting(VisitRecord::id).containsExactly(VisitFixture.VISIT);
        assertThat(buffer.take().isEmpty()).isTrue();
    }

    private static VisitScheduled scheduled(VisitId visit) {
        return new VisitScheduled(visit, VisitFixture.ANNOUNCED, People.ALIYEV, Countries.PK, VisitKind.STATE,
                VisitFixture.FIRST_DAY, VisitFixture.LAST_DAY, List.of());
    }
}
