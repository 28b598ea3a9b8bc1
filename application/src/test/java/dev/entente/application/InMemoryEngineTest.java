package dev.entente.application;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.application.inmemory.InMemoryStorage;
import dev.entente.application.query.AgreementQuery;
import dev.entente.application.readmodel.RelationshipState;
import dev.entente.application.spi.Serialization;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.fixtures.AgreementFixture;
import dev.entente.domain.fixtures.RelationshipFixture;
import dev.entente.domain.fixtures.VisitFixture;
import dev.entente.domain.shared.RuleViolation;
import dev.entente.domain.visit.ScheduleVisit;
import dev.entente.domain.visit.VisitCommand;
import dev.entente.domain.visit.VisitKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The engine on in-memory storage: commands in, read models out, replay and listeners. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public class InMemoryEngineTest {

    /** In memory nothing is serialized; Axon still wants serializers configured. */
    /** An engine builder on in-memory storage with {@link #UNUSED_SERIALIZATION}, for the tests of this module. */
    public static EngineBuilder inMemory() {
        return EntenteEngine.builder().storage(new InMemoryStorage()).serialization(UNUSED_SERIALIZATION);
    }

    public static final Serialization UNUSED_SERIALIZATION = new Serialization() {
        private final Serializer serializer = JacksonSerializer.defaultSerializer();

        @Override
        public Serializer events() {
            return serializer;
        }

        @Override
        public Serializer snapshots() {
            return serializer;
        }

        @Override
        public Serializer messages() {
            return serializer;
        }

        @Override
        public List<EventUpcaster> upcasters() {
            return List.of();
        }
    };

    private final List<RecordedEvent> heard = new CopyOnWriteArrayList<>();
    private EntenteEngine engine = inMemory()
            .snapshotEvery(2)
            .onEvent(heard::add)
            .start();

    @AfterEach
    void close() {
        engine.close();
    }

    private void playTheReferenceVisit() {
        VisitFixture.withTalksOnLastDay().forEach(command -> engine.send((VisitCommand) command));
        engine.send(VisitFixture.departure(VisitFixture.LAST_DAY));
        engine.send(AgreementFixture.concludeMou());
        engine.send(AgreementFixture.signBoth(AgreementFixture.MOU, AgreementFixture.SIGNED));
        engine.send(RelationshipFixture.reaffirmStrategicPartnership(VisitFixture.FIRST_DAY));
        engine.send(RelationshipFixture.azerbaijanSupportsPakistanOnKashmir());
    }

    @Test
    void answers_what_the_relationship_looked_like_before_and_after_the_visit() {
        playTheReferenceVisit();

        RelationshipState before = engine.stateOf(AZ_PK, LocalDate.of(2024, 7, 10));
        RelationshipState after = engine.stateOf(AZ_PK, LocalDate.of(2024, 7, 13));

        assertThat(before.lastHighLevelVisit()).isNull();
        assertThat(before.agreementsByStatus().get(AgreementStatus.IN_FORCE)).isZero();
        assertThat(before.partnership()).isNull();
        assertThat(after.lastHighLevelVisit().id()).isEqualTo(VisitFixture.VISIT);
        assertThat(after.visitsByKind()).containsEntry(VisitKind.STATE, 1);
        assertThat(after.agreementsByStatus()).containsEntry(AgreementStatus.IN_FORCE, 1);
        assertThat(after.partnership().level().name()).isEqualTo("strategic partnership");
        assertThat(after.supports()).singleElement().satisfies(s -> assertThat(s.issue()).isEqualTo("Kashmir"));
        assertThat(engine.visits(AZ_PK)).singleElement()
                .satisfies(entry -> assertThat(entry.agreementsSigned()).hasSize(1));
        assertThat(engine.agreements(AgreementQuery.on(LocalDate.of(2024, 7, 13)).withParty(AZ))).hasSize(1);
        assertThat(engine.dyads()).containsExactly(AZ_PK);
    }

    @Test
    void passes_a_refusal_on_as_the_rule_violation_it_is() {
        engine.send(VisitFixture.scheduleStateVisit());

        assertThatThrownBy(() -> engine.send(VisitFixture.departure(VisitFixture.LAST_DAY)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining(VisitFixture.VISIT.value());
    }

    @Test
    void refuses_to_schedule_a_visit_whose_id_is_taken_by_a_rule() {
        engine.send(VisitFixture.scheduleStateVisit());
        ScheduleVisit again = VisitFixture.schedule(VisitKind.OFFICIAL);

        assertThatThrownBy(() -> engine.send(again))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.code())
                        .isEqualTo("visit.already-scheduled"))
                .hasMessageContaining(VisitFixture.VISIT.value());
    }

    @Test
    void refuses_a_command_to_an_agreement_never_concluded_by_a_rule() {
        assertThatThrownBy(() -> engine.send(AgreementFixture.signBoth(AgreementFixture.MOU, AgreementFixture.SIGNED)))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.code())
                        .isEqualTo("agreement.unknown"))
                .hasMessageContaining(AgreementFixture.MOU.value());
    }

    @Test
    void rebuilds_the_same_read_models_by_replay_without_calling_listeners_again() {
        playTheReferenceVisit();
        RelationshipState before = engine.stateOf(AZ_PK, LocalDate.of(2024, 7, 13));
        // Every event of the history, the last included: the listeners' thread may still be on it.
        try (var history = engine.history()) {
            awaitHeard((int) history.count());
        }
        int heardBeforeReplay = heard.size();

        ReplayReport report = engine.replay(ReplayProgress.silent());

        assertThat(report.events()).isEqualTo(heardBeforeReplay);
        assertThat(engine.stateOf(AZ_PK, LocalDate.of(2024, 7, 13))).isEqualTo(before);
        assertThat(heard).hasSize(heardBeforeReplay);
    }

    @Test
    void tells_listeners_each_new_event_with_its_stored_name() {
        engine.send(VisitFixture.scheduleStateVisit());
        awaitHeard(1);

        assertThat(heard).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo("visit.scheduled");
            assertThat(event.aggregateId()).isEqualTo("visit:" + VisitFixture.VISIT.value());
            assertThat(event.sequence()).isZero();
        });
    }

    @Test
    void builds_read_models_from_the_history_as_recorded_up_to_an_instant() {
        engine.send(VisitFixture.scheduleStateVisit());
        engine.awaitReadModels();
        Instant afterScheduling = engine.history().reduce((a, b) -> b).orElseThrow().recordedAt();
        sleepPast(afterScheduling);
        engine.send(VisitFixture.arrival());

        RelationshipState knownThen = engine.asRecordedBy(afterScheduling).stateOf(AZ_PK, VisitFixture.LAST_DAY);
        RelationshipState knownNow = engine.stateOf(AZ_PK, VisitFixture.LAST_DAY);

        assertThat(knownThen.visitsByKind()).isEmpty();
        assertThat(knownNow.visitsByKind()).containsEntry(VisitKind.STATE, 1);
    }

    @Test
    void keeps_the_whole_history_in_the_order_it_was_recorded() {
        playTheReferenceVisit();

        assertThat(engine.history().map(RecordedEvent::name).toList()).startsWith(
                "visit.scheduled", "visit.guest-arrived", "visit.talks-held", "visit.concluded",
                "agreement.concluded", "agreement.signed", "agreement.entered-into-force");
    }

    @Test
    void needs_a_storage_and_a_serialization() {
        assertThatThrownBy(() -> EntenteEngine.builder().serialization(UNUSED_SERIALIZATION).start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("storage");
        assertThatThrownBy(() -> EntenteEngine.builder().storage(new InMemoryStorage()).start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("serialization");
        assertThatThrownBy(() -> EntenteEngine.builder().segments(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void snapshots_do_not_change_what_an_aggregate_decides() {
        // snapshotEvery(2): the treaty is snapshotted after its signature, and still refuses a second one.
        engine.send(AgreementFixture.concludeTreaty());
        engine.send(AgreementFixture.signBoth(AgreementFixture.TREATY, AgreementFixture.SIGNED));
        engine.send(AgreementFixture.ratify(AgreementFixture.TREATY, AZ, AgreementFixture.AZ_RATIFIED));

        assertThatThrownBy(() -> engine.send(AgreementFixture.signBy(AgreementFixture.TREATY, PK, AgreementFixture.AZ_RATIFIED)))
                .isInstanceOf(RuleViolation.class);
    }

    private void awaitHeard(int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (heard.size() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(heard).hasSizeGreaterThanOrEqualTo(count);
    }

    private static void sleepPast(Instant instant) {
        while (!Instant.now().isAfter(instant.plusMillis(2))) {
            Thread.onSpinWait();
        }
    }
}
