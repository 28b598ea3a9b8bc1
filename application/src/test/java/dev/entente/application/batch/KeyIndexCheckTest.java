package dev.entente.application.batch;

import static dev.entente.application.batch.KeyedVisitEntries.TALKS;
import static dev.entente.application.batch.KeyedVisitEntries.aLongVisit;
import static dev.entente.application.batch.KeyedVisitEntries.entry;
import static dev.entente.application.batch.KeyedVisitEntries.key;
import static dev.entente.application.batch.KeyedVisitEntries.talks;
import static dev.entente.domain.fixtures.VisitFixture.FIRST_DAY;
import static dev.entente.domain.fixtures.VisitFixture.VISIT;
import static dev.entente.domain.fixtures.VisitFixture.delegationTalks;
import static dev.entente.domain.fixtures.VisitFixture.talksWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.EntenteEngine;
import dev.entente.application.InMemoryEngineTest;
import dev.entente.application.inmemory.InMemoryStorage;
import dev.entente.application.spi.KeyInAggregate;
import dev.entente.domain.correction.FactWithdrawn;
import dev.entente.domain.fixtures.People;
import dev.entente.domain.visit.HoldTalks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A batch check reads an aggregate from its first event only where an entry's key recorded events there, as the key
 * index says (ADR 0027); elsewhere from its latest snapshot, with the same decisions.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KeyIndexCheckTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final EntenteEngine engine = EntenteEngine.builder().storage(storage)
            .serialization(InMemoryEngineTest.UNUSED_SERIALIZATION).snapshotEvery(20).start();

    @AfterEach
    void close() {
        engine.close();
    }

    /** The long visit ({@link KeyedVisitEntries#aLongVisit}) applied from a chronicle. */
    private void aLongVisitApplied() {
        engine.apply(aLongVisit());
    }

    /** The engine's history, recording from which sequence number each aggregate's events were read. */
    private final class Recorded implements AggregateHistory {
        private final AggregateHistory history;
        private final List<Long> readFrom = new ArrayList<>();
        /** Whether the index answers "recorded" for every pair asked, as one whose hashes all collided would. */
        private boolean collide;

        Recorded(boolean withIndex) {
            AggregateHistory real = AggregateHistory.of(storage.eventStorage(null), storage);
            this.history = withIndex ? real : AggregateHistory.of(storage.eventStorage(null), real::withEvents);
        }

        @Override
        public Optional<DomainEventMessage<?>> snapshot(String aggregateId) {
            return history.snapshot(aggregateId);
        }

        @Override
        public DomainEventStream events(String aggregateId, long firstSequence) {
            readFrom.add(firstSequence);
            return history.events(aggregateId, firstSequence);
        }

        @Override
        public Optional<Set<String>> withEvents(Collection<String> aggregateIds) {
            return history.withEvents(aggregateIds);
        }

        @Override
        public Optional<Set<KeyInAggregate>> recordedUnderKeys(Collection<KeyInAggregate> asked) {
            return collide ? Optional.of(Set.copyOf(asked)) : history.recordedUnderKeys(asked);
        }
    }

    private static KeyInAggregate inVisit(String name) {
        return new KeyInAggregate(key(name), VISIT.aggregateId());
    }

    private CheckedBatch check(List<PlannedCommand> batch, AggregateHistory history) {
        return BatchCheck.decide(batch, storage.commandLog(), history);
    }

    @Nested
    class Given_a_long_visit_applied_from_a_chronicle {

        @Test
        void then_the_index_holds_each_entry_key_in_the_visit() {
            aLongVisitApplied();

            assertThat(storage.recordedUnderKeys(List.of(inVisit("ScheduleVisit#1"), inVisit("HoldTalks#7"),
                    inVisit("never"), new KeyInAggregate(key("HoldTalks#7"), "visit:elsewhere"))))
                    .contains(Set.of(inVisit("ScheduleVisit#1"), inVisit("HoldTalks#7")));
        }

        @Test
        void when_a_new_keyed_entry_is_checked_then_the_visit_is_read_from_its_snapshot_with_the_same_decision() {
            aLongVisitApplied();
            List<PlannedCommand> next = List.of(talks(TALKS + 1));
            Recorded indexed = new Recorded(true);
            Recorded whole = new Recorded(false);

            CheckedBatch fromSnapshot = check(next, indexed);
            CheckedBatch fromFirstEvent = check(next, whole);

            assertThat(indexed.readFrom).singleElement().satisfies(first -> assertThat(first).isGreaterThan(40));
            assertThat(whole.readFrom).containsExactly(0L);
            assertThat(fromSnapshot.decisions()).isEqualTo(fromFirstEvent.decisions());
            assertThat(fromSnapshot.decisions().get(0).firstSequence()).isEqualTo(TALKS + 2);
            assertThat(fromSnapshot.aggregates().get(0).state()).isEqualTo(fromFirstEvent.aggregates().get(0).state());
        }

        @Test
        void when_an_edited_entry_is_checked_then_the_visit_is_read_from_its_first_event_and_corrected() {
            aLongVisitApplied();
            HoldTalks edited = talksWith(List.of(People.ALIYEV, People.SHARIF));
            Recorded indexed = new Recorded(true);

            CheckedBatch checked = check(List.of(entry(edited, "talks-7-edited", "HoldTalks#7")), indexed);

            assertThat(indexed.readFrom).containsExactly(0L);
            Decision decision = checked.decisions().get(0);
            assertThat(decision.corrects()).isTrue();
            assertThat(decision.events().get(0)).isInstanceOfSatisfying(FactWithdrawn.class,
                    withdrawn -> assertThat(withdrawn.sequenceNumbers()).containsExactly(8L));
        }

        @Test
        void when_a_key_comes_twice_in_one_batch_then_the_second_corrects_the_first() {
            aLongVisitApplied();
            HoldTalks edited = talksWith(List.of(People.ALIYEV, People.SHARIF));
            PlannedCommand first = talks(TALKS + 1);
            PlannedCommand second = entry(edited, "talks-61-edited", "HoldTalks#" + (TALKS + 1));
            Recorded indexed = new Recorded(true);

            CheckedBatch checked = check(List.of(first, second), indexed);

            assertThat(indexed.readFrom).containsExactly(0L);
            assertThat(checked.decisions().get(1).corrects()).isTrue();
            assertThat(checked.decisions().get(1).events().get(0)).isInstanceOfSatisfying(FactWithdrawn.class,
                    withdrawn -> assertThat(withdrawn.sequenceNumbers()).containsExactly((long) TALKS + 2));
        }

        @Test
        void when_the_store_keeps_no_index_then_the_visit_is_read_from_its_first_event() {
            aLongVisitApplied();
            Recorded whole = new Recorded(false);

            CheckedBatch checked = check(List.of(talks(TALKS + 1)), whole);

            assertThat(whole.readFrom).containsExactly(0L);
            assertThat(checked.decisions().get(0).corrects()).isFalse();
        }

        @Test
        void when_a_correction_is_applied_then_its_key_is_still_in_the_index_and_corrects_again_when_edited_again() {
            aLongVisitApplied();
            HoldTalks edited = talksWith(List.of(People.ALIYEV, People.SHARIF));

            engine.apply(List.of(entry(edited, "talks-7-edited", "HoldTalks#7")));
            Recorded indexed = new Recorded(true);
            CheckedBatch again = check(List.of(entry(delegationTalks(FIRST_DAY), "talks-7-again", "HoldTalks#7")),
                    indexed);

            assertThat(storage.recordedUnderKeys(List.of(inVisit("HoldTalks#7")))).contains(Set.of(inVisit("HoldTalks#7")));
            assertThat(indexed.readFrom).containsExactly(0L);
            assertThat(again.decisions().get(0).events().get(0)).isInstanceOfSatisfying(FactWithdrawn.class,
                    withdrawn -> assertThat(withdrawn.sequenceNumbers()).containsExactly((long) TALKS + 3));
        }

        @Test
        void when_the_index_answers_for_a_key_that_recorded_nothing_as_a_hash_collision_would_then_the_visit_is_read_whole_and_decided_the_same() {
            aLongVisitApplied();
            List<PlannedCommand> next = List.of(talks(TALKS + 1));
            Recorded collided = new Recorded(true);
            collided.collide = true;
            Recorded indexed = new Recorded(true);

            CheckedBatch fromFirstEvent = check(next, collided);
            CheckedBatch fromSnapshot = check(next, indexed);

            assertThat(collided.readFrom).containsExactly(0L);
            assertThat(fromFirstEvent.decisions()).isEqualTo(fromSnapshot.decisions());
            assertThat(fromFirstEvent.decisions().get(0).corrects()).isFalse();
            assertThat(fromFirstEvent.aggregates().get(0).state()).isEqualTo(fromSnapshot.aggregates().get(0).state());
        }
    }
}
