package dev.entente.application;

import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.VisitFixture.FIRST_DAY;
import static dev.entente.domain.fixtures.VisitFixture.GRAND_WELCOME;
import static dev.entente.domain.fixtures.VisitFixture.LAST_DAY;
import static dev.entente.domain.fixtures.VisitFixture.VISIT;
import static dev.entente.domain.fixtures.VisitFixture.arrival;
import static dev.entente.domain.fixtures.VisitFixture.delegationTalks;
import static dev.entente.domain.fixtures.VisitFixture.scheduleStateVisit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.application.batch.BatchRefused;
import dev.entente.application.batch.CheckedBatch;
import dev.entente.application.batch.Decision;
import dev.entente.application.batch.EntryKey;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.batch.Withdrawal;
import dev.entente.application.inmemory.InMemoryStorage;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.domain.correction.FactWithdrawn;
import dev.entente.domain.shared.RuleViolation;
import dev.entente.domain.visit.GuestArrived;
import dev.entente.domain.visit.RecordArrival;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A correction or withdrawal is a new event, never an edit (ADR 0022): an entry applied again with the same key and
 * another digest withdraws what it recorded and records the edited command, decided without the withdrawn events.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CorrectionTest {

    private static final String AIRPORT = "Islamabad International Airport";
    private static final String SCHEDULE_KEY = EntryKey.ordinal(VISIT.aggregateId(), "ScheduleVisit", 1);
    private static final String ARRIVAL_KEY = EntryKey.ordinal(VISIT.aggregateId(), "RecordArrival", 1);

    private final InMemoryStorage storage = new InMemoryStorage();
    private EntenteEngine engine = engine(20);

    private EntenteEngine engine(int snapshotEvery) {
        return EntenteEngine.builder().storage(storage).serialization(InMemoryEngineTest.UNUSED_SERIALIZATION)
                .snapshotEvery(snapshotEvery).start();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private static PlannedCommand schedule() {
        return new PlannedCommand(scheduleStateVisit(), "schedule", "visit.json:2:5 ScheduleVisit", null,
                SCHEDULE_KEY);
    }

    private static PlannedCommand arrivalAtTheAirbase() {
        return new PlannedCommand(arrival(), "arrival-airbase", "visit.json:10:5 RecordArrival", null, ARRIVAL_KEY);
    }

    private static PlannedCommand arrivalAtTheAirport() {
        RecordArrival corrected = new RecordArrival(VISIT, FIRST_DAY, AIRPORT, List.of(SHARIF), GRAND_WELCOME, CITED);
        return new PlannedCommand(corrected, "arrival-airport", "visit.json:10:5 RecordArrival", null, ARRIVAL_KEY);
    }

    private static PlannedCommand withdrawArrival(String digest) {
        return new PlannedCommand(new Withdrawal(ARRIVAL_KEY, "no arrival took place that day", CITED), digest,
                "visit.json:20:5 Withdraw");
    }

    private List<? extends DomainEventMessage<?>> stream() {
        return engine.axonConfiguration().eventStore().readEvents(VISIT.aggregateId(), 0).asStream().toList();
    }

    private List<String> timelineKinds() {
        return engine.timeline(AZ_PK, null, null).stream().map(TimelineEntry::kind).toList();
    }

    @Nested
    class Given_an_arrival_applied_from_a_chronicle {

        private Instant beforeCorrection;

        private void applied() throws InterruptedException {
            engine.apply(List.of(schedule(), arrivalAtTheAirbase()));
            Thread.sleep(5);
            beforeCorrection = Instant.now();
            Thread.sleep(5);
        }

        @Test
        void when_the_edited_entry_is_checked_then_it_is_a_correction_of_the_arrival() throws Exception {
            applied();

            CheckedBatch checked = engine.check(List.of(schedule(), arrivalAtTheAirport()));

            assertThat(checked.report().skipped()).containsExactly(schedule());
            Decision decision = checked.decisions().get(0);
            assertThat(decision.corrects()).isTrue();
            assertThat(decision.replaced()).singleElement().isInstanceOfSatisfying(GuestArrived.class,
                    old -> assertThat(old.place()).isEqualTo("Nur Khan Airbase, Rawalpindi"));
            assertThat(decision.events()).hasSize(2);
            assertThat(decision.events().get(1)).isInstanceOfSatisfying(GuestArrived.class,
                    now -> assertThat(now.place()).isEqualTo(AIRPORT));
        }

        @Test
        void when_the_edited_entry_is_applied_then_a_withdrawal_and_the_new_arrival_are_appended() throws Exception {
            applied();

            engine.apply(List.of(schedule(), arrivalAtTheAirport()));

            List<? extends DomainEventMessage<?>> stream = stream();
            assertThat(stream).hasSize(4);
            assertThat(stream.get(1).getPayload()).isInstanceOf(GuestArrived.class);
            assertThat(stream.get(2).getPayload()).isInstanceOfSatisfying(FactWithdrawn.class, withdrawn -> {
                assertThat(withdrawn.sequenceNumbers()).containsExactly(1L);
                assertThat(withdrawn.key()).isEqualTo(ARRIVAL_KEY);
                assertThat(withdrawn.sources()).isEqualTo(CITED);
            });
            assertThat(stream.get(3).getMetaData()).containsEntry(EventMetadata.KEY, ARRIVAL_KEY)
                    .containsEntry(EventMetadata.COMMAND_DIGEST, "arrival-airport");
        }

        @Test
        void when_corrected_then_the_read_models_show_the_new_place_only() throws Exception {
            applied();

            engine.apply(List.of(schedule(), arrivalAtTheAirport()));

            assertThat(engine.visit(VISIT).orElseThrow().arrival().place()).isEqualTo(AIRPORT);
            assertThat(timelineKinds()).containsExactly("visit.scheduled", "visit.guest-arrived");
            assertThat(engine.asRecordedBy(Instant.now().plusSeconds(60)).visit(VISIT).orElseThrow().arrival()
                    .place()).isEqualTo(AIRPORT);
        }

        @Test
        void when_read_as_recorded_before_the_correction_then_the_old_place_shows() throws Exception {
            applied();

            engine.apply(List.of(schedule(), arrivalAtTheAirport()));

            assertThat(engine.asRecordedBy(beforeCorrection).visit(VISIT).orElseThrow().arrival().place())
                    .isEqualTo("Nur Khan Airbase, Rawalpindi");
        }

        @Test
        void when_the_corrected_chronicle_is_applied_again_then_nothing_more_is_recorded() throws Exception {
            applied();
            engine.apply(List.of(schedule(), arrivalAtTheAirport()));

            engine.apply(List.of(schedule(), arrivalAtTheAirport()));

            assertThat(stream()).hasSize(4);
        }

        @Test
        void when_corrected_back_then_the_first_place_is_recorded_anew() throws Exception {
            applied();
            engine.apply(List.of(schedule(), arrivalAtTheAirport()));

            // The first digest is in the command log: the entry as first written is skipped, as applied before.
            CheckedBatch back = engine.check(List.of(schedule(), arrivalAtTheAirbase()));

            assertThat(back.report().applied()).isEmpty();
        }

        @Test
        void when_a_later_step_follows_the_correction_then_it_is_decided_on_the_corrected_visit() throws Exception {
            applied();

            engine.apply(List.of(schedule(), arrivalAtTheAirport(),
                    new PlannedCommand(delegationTalks(LAST_DAY), "talks", "visit.json:30:5 HoldTalks", null,
                            EntryKey.ordinal(VISIT.aggregateId(), "HoldTalks", 1))));

            assertThat(timelineKinds()).containsExactly("visit.scheduled", "visit.guest-arrived", "visit.talks-held");
        }
    }

    @Nested
    class Given_an_arrival_withdrawn {

        private void withdrawn() {
            engine.apply(List.of(schedule(), arrivalAtTheAirbase()));
            engine.apply(List.of(withdrawArrival("withdraw-1")));
        }

        @Test
        void then_the_visit_is_as_before_the_arrival() {
            withdrawn();

            assertThat(engine.visit(VISIT).orElseThrow().arrival()).isNull();
            assertThat(timelineKinds()).containsExactly("visit.scheduled");
        }

        @Test
        void then_an_arrival_sent_through_the_command_bus_is_taken() {
            withdrawn();

            engine.send(arrival());

            assertThat(engine.visit(VISIT).orElseThrow().arrival()).isNotNull();
        }

        @Test
        void then_the_api_refuses_to_withdraw_it_again_with_another_reason_and_skips_the_same_withdrawal() {
            engine.apply(List.of(schedule(), arrivalAtTheAirbase()));
            engine.withdraw(ARRIVAL_KEY, "no arrival took place that day", CITED);

            assertThat(engine.withdraw(ARRIVAL_KEY, "no arrival took place that day", CITED).skipped()).hasSize(1);
            assertThatThrownBy(() -> engine.withdraw(ARRIVAL_KEY, "another reason", CITED))
                    .isInstanceOf(BatchRefused.class).cause().isInstanceOfSatisfying(RuleViolation.class,
                            refused -> assertThat(refused.code()).isEqualTo("withdrawal.already-withdrawn"));
            assertThat(engine.visit(VISIT).orElseThrow().arrival()).isNull();
        }

        @Test
        void then_withdrawing_it_again_is_refused() {
            withdrawn();

            assertThatThrownBy(() -> engine.apply(List.of(withdrawArrival("withdraw-2"))))
                    .isInstanceOf(BatchRefused.class).cause().isInstanceOfSatisfying(RuleViolation.class,
                            refused -> assertThat(refused.code()).isEqualTo("withdrawal.already-withdrawn"));
        }
    }

    @Test
    void withdrawing_a_key_that_recorded_nothing_is_refused() {
        engine.apply(List.of(schedule()));

        assertThatThrownBy(() -> engine.apply(List.of(withdrawArrival("withdraw-1"))))
                .isInstanceOf(BatchRefused.class).cause().isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.code()).isEqualTo("withdrawal.nothing-to-withdraw"));
    }

    /** The visit scheduled and arrived with a snapshot after each event, then the arrival withdrawn. */
    private void withdrawTheArrivalAfterItsSnapshot() {
        engine.close();
        engine = engine(1);
        engine.apply(List.of(schedule(), arrivalAtTheAirbase()));
        engine.close();
        // Written with snapshots off, so that the latest snapshot is the one taken after the arrival.
        engine = engine(0);
        engine.apply(List.of(withdrawArrival("withdraw-1")));
    }

    @Test
    void a_snapshot_holding_a_withdrawn_event_is_not_used() {
        withdrawTheArrivalAfterItsSnapshot();
        assertThat(engine.axonConfiguration().eventStore().readEvents(VISIT.aggregateId(), 0).asStream().count())
                .isEqualTo(3);

        // Through Axon's repository, the visit must load without the arrival the snapshot holds.
        engine.send(arrival());

        assertThat(stream()).extracting(message -> message.getPayload().getClass().getSimpleName())
                .containsExactly("VisitScheduled", "GuestArrived", "FactWithdrawn", "GuestArrived");
    }

    @Test
    void a_batch_check_does_not_use_a_snapshot_holding_a_withdrawn_event() {
        withdrawTheArrivalAfterItsSnapshot();

        // No key: the visit is read from its latest snapshot on, unless a withdrawal reaches back into it.
        engine.apply(List.of(new PlannedCommand(arrival(), "arrival-again", "command 1")));

        assertThat(stream()).hasSize(4);
    }
}
