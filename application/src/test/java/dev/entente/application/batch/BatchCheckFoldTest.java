package dev.entente.application.batch;

import static dev.entente.application.batch.KeyedVisitEntries.TALKS;
import static dev.entente.application.batch.KeyedVisitEntries.aLongVisit;
import static dev.entente.application.batch.KeyedVisitEntries.entry;
import static dev.entente.application.batch.KeyedVisitEntries.key;
import static dev.entente.application.batch.KeyedVisitEntries.talks;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.VisitFixture.talksWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.application.EntenteEngine;
import dev.entente.application.InMemoryEngineTest;
import dev.entente.application.inmemory.InMemoryStorage;
import dev.entente.domain.AggregateRegistry;
import dev.entente.domain.correction.FactWithdrawn;
import dev.entente.domain.fixtures.People;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A batch checked in parts as it is read ({@link BatchCheck.Fold}) decides what the same batch checked at once
 * decides, in every way of cutting it: also where an entry of a later part needs an aggregate that an earlier part
 * read from its snapshot to be read whole (a key that comes again, a correction, a withdrawal).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BatchCheckFoldTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final EntenteEngine engine = EntenteEngine.builder().storage(storage)
            .serialization(InMemoryEngineTest.UNUSED_SERIALIZATION).snapshotEvery(20).start();

    @AfterEach
    void close() {
        engine.close();
    }

    private static PlannedCommand editedTalks(int n) {
        return entry(talksWith(List.of(People.ALIYEV, People.SHARIF)), "talks-" + n + "-edited", "HoldTalks#" + n);
    }

    private static PlannedCommand withdrawal(int n) {
        return new PlannedCommand(new Withdrawal(key("HoldTalks#" + n), "no talks took place", CITED),
                "withdraw-talks-" + n, "visits.json Withdraw#" + n);
    }

    private AggregateHistory history(boolean withIndex) {
        AggregateHistory real = AggregateHistory.of(storage.eventStorage(null), storage);
        return withIndex ? real : AggregateHistory.of(storage.eventStorage(null), real::withEvents);
    }

    private CheckedBatch atOnce(List<PlannedCommand> batch, AggregateHistory history) {
        return BatchCheck.decide(batch, storage.commandLog(), history);
    }

    private CheckedBatch inParts(List<PlannedCommand> batch, AggregateHistory history, int partSize) {
        BatchCheck.Fold fold = new BatchCheck.Fold(storage.commandLog(), history, AggregateRegistry.entente());
        for (int from = 0; from < batch.size(); from += partSize) {
            fold.add(batch.subList(from, Math.min(batch.size(), from + partSize)));
        }
        return fold.finish();
    }

    /** Every part size from 1 to the whole batch gives what the batch checked at once gives. */
    private void assertEveryCutDecidesAsAtOnce(List<PlannedCommand> batch, boolean withIndex) {
        CheckedBatch expected = atOnce(batch, history(withIndex));
        for (int size = 1; size <= batch.size(); size++) {
            assertThat(inParts(batch, history(withIndex), size)).as("in parts of %d", size).isEqualTo(expected);
        }
    }

    @Nested
    class Given_nothing_stored {

        @Test
        void when_a_long_visit_is_checked_in_parts_then_every_cut_decides_as_at_once() {
            List<PlannedCommand> batch = aLongVisit().subList(0, 12);

            assertEveryCutDecidesAsAtOnce(batch, true);
            assertThat(inParts(batch, history(true), 5).decisions()).hasSize(12);
        }

        @Test
        void when_a_key_comes_again_in_a_later_part_then_it_corrects_the_first_as_at_once() {
            List<PlannedCommand> batch = new ArrayList<>(aLongVisit().subList(0, 6));
            batch.add(editedTalks(2));

            assertEveryCutDecidesAsAtOnce(batch, true);
            assertThat(inParts(batch, history(true), 3).decisions().get(6).corrects()).isTrue();
        }
    }

    @Nested
    class Given_a_long_visit_applied_and_snapshotted {

        private List<PlannedCommand> next() {
            engine.apply(aLongVisit());
            return new ArrayList<>(List.of(talks(TALKS + 1), talks(TALKS + 2), talks(TALKS + 3)));
        }

        @Test
        void when_new_entries_are_checked_in_parts_then_every_cut_decides_as_at_once() {
            assertEveryCutDecidesAsAtOnce(next(), true);
        }

        @Test
        void when_a_new_key_comes_again_after_its_visit_was_read_from_the_snapshot_then_every_cut_decides_as_at_once() {
            List<PlannedCommand> batch = next();
            batch.add(editedTalks(TALKS + 1));

            assertEveryCutDecidesAsAtOnce(batch, true);
            assertThat(inParts(batch, history(true), 1).decisions().get(3).events().get(0))
                    .isInstanceOfSatisfying(FactWithdrawn.class, withdrawn ->
                            assertThat(withdrawn.sequenceNumbers()).containsExactly((long) TALKS + 2));
        }

        @Test
        void when_a_later_part_corrects_a_stored_entry_then_every_cut_decides_as_at_once() {
            List<PlannedCommand> batch = next();
            batch.add(editedTalks(7));

            assertEveryCutDecidesAsAtOnce(batch, true);
            assertThat(inParts(batch, history(true), 2).decisions().get(3).corrects()).isTrue();
        }

        @Test
        void when_a_later_part_withdraws_a_stored_entry_then_every_cut_decides_as_at_once() {
            List<PlannedCommand> batch = next();
            batch.add(withdrawal(9));

            assertEveryCutDecidesAsAtOnce(batch, true);
        }

        @Test
        void when_the_store_keeps_no_index_then_every_cut_decides_as_at_once() {
            List<PlannedCommand> batch = next();
            batch.add(editedTalks(TALKS + 2));

            assertEveryCutDecidesAsAtOnce(batch, false);
        }

        @Test
        void when_entries_applied_before_come_again_then_they_are_skipped_in_any_part() {
            List<PlannedCommand> batch = next();
            batch.add(0, talks(5));
            batch.add(talks(TALKS + 1));

            CheckedBatch checked = inParts(batch, history(true), 2);

            assertThat(checked).isEqualTo(atOnce(batch, history(true)));
            assertThat(checked.report().skipped()).extracting(PlannedCommand::digest)
                    .containsExactly("talks-5", "talks-" + (TALKS + 1));
        }

        @Test
        void when_a_later_part_is_refused_then_the_refusal_names_its_command() {
            List<PlannedCommand> batch = next();
            PlannedCommand refused = new PlannedCommand(new Withdrawal(key("HoldTalks#999"), "never recorded",
                    CITED), "withdraw-never", "visits.json Withdraw#1");
            BatchCheck.Fold fold = new BatchCheck.Fold(storage.commandLog(), history(true),
                    AggregateRegistry.entente());
            fold.add(batch);

            assertThatThrownBy(() -> fold.add(List.of(refused))).isInstanceOfSatisfying(BatchRefused.class,
                    failure -> assertThat(failure.command()).isEqualTo(refused));
        }
    }
}
