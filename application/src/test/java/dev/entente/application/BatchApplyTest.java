package dev.entente.application;

import static dev.entente.domain.fixtures.AgreementFixture.MOU;
import static dev.entente.domain.fixtures.AgreementFixture.SIGNED;
import static dev.entente.domain.fixtures.AgreementFixture.concludeMou;
import static dev.entente.domain.fixtures.AgreementFixture.signBoth;
import static dev.entente.domain.fixtures.VisitFixture.VISIT;
import static dev.entente.domain.fixtures.VisitFixture.scheduleStateVisit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.entente.application.batch.BatchRefused;
import dev.entente.application.batch.CheckedBatch;
import dev.entente.application.batch.BatchReport;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.inmemory.InMemoryStorage;
import dev.entente.application.spi.AppliedCommand;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.fixtures.AgreementFixture;
import dev.entente.domain.fixtures.RelationshipFixture;
import dev.entente.domain.shared.RuleViolation;
import dev.entente.domain.visit.ScheduleVisit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link EntenteEngine#apply} on in-memory storage: what it records of each applied command, the digest on every
 * event, refusals of ids created twice or never, and a batch overtaken by another writer.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BatchApplyTest {

    private final InMemoryStorage storage = new InMemoryStorage();
    private final EntenteEngine engine = EntenteEngine.builder()
            .storage(storage)
            .serialization(InMemoryEngineTest.UNUSED_SERIALIZATION)
            .start();

    @AfterEach
    void close() {
        engine.close();
    }

    private static List<PlannedCommand> planned(Object... commands) {
        List<PlannedCommand> batch = new ArrayList<>();
        for (int i = 0; i < commands.length; i++) {
            batch.add(new PlannedCommand(commands[i], "digest-" + (i + 1) + "-" + commands[i].getClass().getSimpleName(),
                    "command " + (i + 1)));
        }
        return batch;
    }

    private List<DomainEventMessage<?>> eventsOf(String aggregateId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        engine.axonConfiguration().eventStore().readEvents(aggregateId, 0).asStream().forEach(events::add);
        return events;
    }

    @Test
    void records_each_applied_command_with_its_aggregate_and_the_number_of_events_it_wrote() {
        List<PlannedCommand> batch = planned(scheduleStateVisit(), concludeMou(), signBoth(MOU, SIGNED));

        engine.apply(batch);

        // A memorandum in force on signature: the signature writes the signing and the entry into force.
        assertThat(storage.commandLog().entries()).containsExactlyInAnyOrder(
                new AppliedCommand("digest-1-ScheduleVisit", "command 1", VISIT.aggregateId(), 1),
                new AppliedCommand("digest-2-ConcludeAgreement", "command 2", MOU.aggregateId(), 1),
                new AppliedCommand("digest-3-SignAgreement", "command 3", MOU.aggregateId(), 2));
    }

    @Test
    void stamps_the_digest_of_the_command_on_every_event_it_wrote() {
        List<PlannedCommand> batch = planned(concludeMou(), signBoth(MOU, SIGNED));

        engine.apply(batch);

        assertThat(eventsOf(MOU.aggregateId()))
                .extracting(event -> event.getMetaData().get(EventMetadata.COMMAND_DIGEST))
                .containsExactly("digest-1-ConcludeAgreement", "digest-2-SignAgreement", "digest-2-SignAgreement");
        assertThat(EventMetadata.COMMAND_DIGEST).isEqualTo("entente.command");
    }

    @Test
    void stamps_no_digest_on_the_events_of_a_command_sent_on_its_own() {
        engine.send(scheduleStateVisit());

        assertThat(eventsOf(VISIT.aggregateId())).singleElement()
                .satisfies(event -> assertThat(event.getMetaData()).doesNotContainKey(EventMetadata.COMMAND_DIGEST));
    }

    @Test
    void refuses_a_batch_that_concludes_one_id_twice_before_writing_anything() {
        List<PlannedCommand> batch = planned(concludeMou(), scheduleStateVisit(),
                AgreementFixture.conclude(MOU, InstrumentKind.AGREEMENT,
                        concludeMou().parties(), null, null, null));

        assertThatThrownBy(() -> engine.apply(batch))
                .isInstanceOfSatisfying(BatchRefused.class, refused -> {
                    assertThat(refused.command().label()).isEqualTo("command 3");
                    assertThat(refused.getCause()).isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.code()).isEqualTo("agreement.already-concluded"));
                    assertThat(refused.getMessage()).contains("Agreement " + MOU + " cannot be concluded");
                });
        assertNothingWritten();
    }

    @Test
    void refuses_a_batch_that_signs_an_agreement_concluded_nowhere_before_writing_anything() {
        AgreementId nowhere = AgreementId.of("az-pk-never-concluded");
        List<PlannedCommand> batch = planned(concludeMou(), signBoth(nowhere, SIGNED));

        assertThatThrownBy(() -> engine.apply(batch))
                .isInstanceOfSatisfying(BatchRefused.class, refused -> {
                    assertThat(refused.command().label()).isEqualTo("command 2");
                    assertThat(refused.getCause()).isInstanceOfSatisfying(RuleViolation.class,
                            violation -> assertThat(violation.code()).isEqualTo("agreement.unknown"));
                    assertThat(refused.getMessage()).contains("Agreement " + nowhere + " is unknown");
                });
        assertNothingWritten();
    }

    @Test
    void checks_and_writes_again_a_batch_another_writer_overtook_and_skips_what_that_writer_applied() throws Exception {
        List<PlannedCommand> batch = planned(scheduleStateVisit(), RelationshipFixture.azerbaijanSupportsPakistanOnKashmir());
        // After this batch was checked and before it is written, another writer applies the same batch whole.
        CheckedBatch checked = engine.check(batch);
        BatchReport other = CompletableFuture.supplyAsync(() -> engine.apply(batch)).get(30, TimeUnit.SECONDS);

        BatchReport report = engine.apply(checked);

        assertThat(other.applied()).hasSize(2);
        assertThat(report.attempts()).isEqualTo(2);
        assertThat(report.applied()).isEmpty();
        assertThat(report.skipped()).containsExactlyElementsOf(batch);
        try (var history = engine.history()) {
            assertThat(history.count()).isEqualTo(2);
        }
        assertThat(storage.commandLog().entries()).hasSize(2);
    }

    @Test
    void writes_the_events_it_decided_under_their_aggregate_and_in_sequence_where_axon_reads_them_back() {
        engine.apply(planned(concludeMou(), signBoth(MOU, SIGNED)));

        assertThat(eventsOf(MOU.aggregateId()))
                .extracting(DomainEventMessage::getType, DomainEventMessage::getSequenceNumber)
                .containsExactly(tuple("Agreement", 0L), tuple("Agreement", 1L), tuple("Agreement", 2L));
        // The command bus loads the agreement from those events: it is in force, so it may be suspended.
        engine.send(AgreementFixture.suspend(MOU, SIGNED.plusDays(1)));
        assertThat(eventsOf(MOU.aggregateId())).hasSize(4);
    }

    @Test
    void check_decides_without_writing_and_apply_writes_exactly_what_it_decided() {
        List<PlannedCommand> batch = planned(concludeMou(), signBoth(MOU, SIGNED));

        CheckedBatch checked = engine.check(batch);

        assertNothingWritten();
        assertThat(checked.decisions()).extracting(decision -> decision.events().size()).containsExactly(1, 2);
        engine.apply(checked);
        assertThat(eventsOf(MOU.aggregateId()).stream().<Object>map(DomainEventMessage::getPayload).toList())
                .containsExactlyElementsOf(checked.decisions().stream()
                        .flatMap(decision -> decision.events().stream()).toList());
    }

    @Test
    void snapshots_an_aggregate_past_the_threshold_and_the_next_check_starts_from_that_snapshot() {
        try (EntenteEngine snapshotting = InMemoryEngineTest.inMemory().snapshotEvery(3).start()) {
            snapshotting.apply(planned(concludeMou(), signBoth(MOU, SIGNED)));

            CheckedBatch next = snapshotting.check(planned(AgreementFixture.suspend(MOU, SIGNED.plusDays(1))));

            assertThat(next.aggregates()).singleElement().satisfies(held -> {
                assertThat(held.snapshotSequence()).isEqualTo(2);
                assertThat(held.storedSequence()).isEqualTo(2);
            });
            snapshotting.apply(next);
            // Axon's repository reads the snapshot the batch wrote, too, and decides on it.
            snapshotting.send(AgreementFixture.terminateByConsent(MOU, SIGNED.plusDays(2)));
            try (var history = snapshotting.history()) {
                assertThat(history.count()).isEqualTo(5);
            }
        }
    }

    private void assertNothingWritten() {
        try (var history = engine.history()) {
            assertThat(history.count()).isZero();
        }
        assertThat(storage.commandLog().entries()).isEmpty();
    }
}
