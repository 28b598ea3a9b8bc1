package dev.entente.application.readmodel;

import static dev.entente.application.fixtures.Events.AIRBASE;
import static dev.entente.application.fixtures.Events.ANNOUNCED;
import static dev.entente.application.fixtures.Events.FIRST_DAY;
import static dev.entente.application.fixtures.Events.GRAND_WELCOME;
import static dev.entente.application.fixtures.Events.LAST_DAY;
import static dev.entente.application.fixtures.Events.VISIT;
import static dev.entente.application.fixtures.Events.arrived;
import static dev.entente.application.fixtures.Events.delegationTalks;
import static dev.entente.application.fixtures.Events.departed;
import static dev.entente.application.fixtures.Events.jointStatement;
import static dev.entente.application.fixtures.Events.referenceVisitScheduled;
import static dev.entente.application.fixtures.Events.wreathLaid;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.Sources.SEED_ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.shared.Source;
import dev.entente.domain.visit.CeremonyKind;
import dev.entente.domain.visit.JointStatementIssued;
import dev.entente.domain.visit.TalksFormat;
import dev.entente.domain.visit.VisitCancelled;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitPostponed;
import dev.entente.domain.visit.VisitStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VisitRecordTest {

    private static final LocalDate CHANGED_ON = LocalDate.of(2024, 7, 9);
    private static final LocalDate NEW_FIRST_DAY = LocalDate.of(2024, 7, 25);
    private static final LocalDate NEW_LAST_DAY = LocalDate.of(2024, 7, 26);
    private static final Source OFFICIAL_RELEASE = Source.of("Press release on the state visit",
            "Ministry of Foreign Affairs of Pakistan", LocalDate.of(2024, 7, 11));

    private static VisitRecord scheduled() {
        return VisitRecord.of(referenceVisitScheduled(), 1);
    }

    private static VisitPostponed postponed() {
        return new VisitPostponed(VISIT, CHANGED_ON, NEW_FIRST_DAY, NEW_LAST_DAY, "scheduling conflict", CITED);
    }

    private static VisitCancelled cancelled() {
        return new VisitCancelled(VISIT, CHANGED_ON, "security situation", CITED);
    }

    @Nested
    class Folding_each_event {

        @Test
        void scheduling_starts_the_record_with_guest_host_kind_and_planned_dates_and_nothing_else() {
            VisitRecord visit = scheduled();

            assertThat(visit.id()).isEqualTo(VISIT);
            assertThat(visit.guest()).isEqualTo(ALIYEV);
            assertThat(visit.host()).isEqualTo(PK);
            assertThat(visit.kind()).isEqualTo(VisitKind.STATE);
            assertThat(visit.scheduledOn()).isEqualTo(ANNOUNCED);
            assertThat(visit.plannedFrom()).isEqualTo(FIRST_DAY);
            assertThat(visit.plannedTo()).isEqualTo(LAST_DAY);
            assertThat(visit.postponements()).isEmpty();
            assertThat(visit.cancellation()).isNull();
            assertThat(visit.arrival()).isNull();
            assertThat(visit.ceremonies()).isEmpty();
            assertThat(visit.talks()).isEmpty();
            assertThat(visit.statements()).isEmpty();
            assertThat(visit.conclusion()).isNull();
            assertThat(visit.sources()).containsExactly(SEED_ARTICLE);
            assertThat(visit.position()).isEqualTo(1);
        }

        @Test
        void a_postponement_moves_the_planned_dates_and_is_kept() {
            VisitRecord visit = scheduled().apply(postponed(), 2);

            assertThat(visit.plannedFrom()).isEqualTo(NEW_FIRST_DAY);
            assertThat(visit.plannedTo()).isEqualTo(NEW_LAST_DAY);
            assertThat(visit.postponements()).containsExactly(postponed());
            assertThat(visit.scheduledOn()).isEqualTo(ANNOUNCED);
        }

        @Test
        void a_second_postponement_moves_the_planned_dates_again_and_both_are_kept() {
            VisitPostponed again = new VisitPostponed(VISIT, LocalDate.of(2024, 7, 20), LocalDate.of(2024, 9, 2),
                    LocalDate.of(2024, 9, 3), null, CITED);

            VisitRecord visit = scheduled().apply(postponed(), 2).apply(again, 3);

            assertThat(visit.plannedFrom()).isEqualTo(LocalDate.of(2024, 9, 2));
            assertThat(visit.plannedTo()).isEqualTo(LocalDate.of(2024, 9, 3));
            assertThat(visit.postponements()).containsExactly(postponed(), again);
        }

        @Test
        void a_cancellation_is_kept() {
            VisitRecord visit = scheduled().apply(cancelled(), 2);

            assertThat(visit.cancellation()).isEqualTo(cancelled());
            assertThat(visit.plannedFrom()).isEqualTo(FIRST_DAY);
        }

        @Test
        void the_arrival_is_kept_with_who_received_the_guest_and_the_honours() {
            VisitRecord visit = scheduled().apply(arrived(VISIT, FIRST_DAY), 2);

            assertThat(visit.arrival()).isEqualTo(arrived(VISIT, FIRST_DAY));
            assertThat(visit.arrival().place()).isEqualTo(AIRBASE);
            assertThat(visit.arrival().receivedBy()).containsExactly(SHARIF);
            assertThat(visit.arrival().honours()).isEqualTo(GRAND_WELCOME);
        }

        @Test
        void each_ceremony_is_added() {
            VisitRecord visit = scheduled().apply(arrived(VISIT, FIRST_DAY), 2)
                    .apply(wreathLaid(VISIT, FIRST_DAY), 3)
                    .apply(wreathLaid(VISIT, LAST_DAY), 4);

            assertThat(visit.ceremonies()).containsExactly(wreathLaid(VISIT, FIRST_DAY), wreathLaid(VISIT, LAST_DAY));
            assertThat(visit.ceremonies().get(1).kind()).isEqualTo(CeremonyKind.WREATH_LAYING);
        }

        @Test
        void each_round_of_talks_is_added() {
            VisitRecord visit = scheduled().apply(arrived(VISIT, FIRST_DAY), 2)
                    .apply(delegationTalks(VISIT, FIRST_DAY), 3);

            assertThat(visit.talks()).containsExactly(delegationTalks(VISIT, FIRST_DAY));
            assertThat(visit.talks().get(0).format()).isEqualTo(TalksFormat.DELEGATION_LEVEL);
        }

        @Test
        void a_joint_statement_is_added() {
            VisitRecord visit = scheduled().apply(arrived(VISIT, FIRST_DAY), 2)
                    .apply(jointStatement(VISIT, LAST_DAY), 3);

            assertThat(visit.statements()).containsExactly(jointStatement(VISIT, LAST_DAY));
        }

        @Test
        void the_conclusion_is_kept() {
            VisitRecord visit = scheduled().apply(arrived(VISIT, FIRST_DAY), 2).apply(departed(VISIT, LAST_DAY), 3);

            assertThat(visit.conclusion()).isEqualTo(departed(VISIT, LAST_DAY));
        }

        @Test
        void scheduling_folded_into_an_existing_record_changes_only_the_position() {
            VisitRecord visit = scheduled();

            VisitRecord again = visit.apply(referenceVisitScheduled(), 2);

            assertThat(again).isEqualTo(new VisitRecord(visit.id(), visit.guest(), visit.host(), visit.kind(),
                    visit.scheduledOn(), visit.plannedFrom(), visit.plannedTo(), visit.postponements(),
                    visit.cancellation(), visit.arrival(), visit.ceremonies(), visit.talks(), visit.statements(),
                    visit.conclusion(), visit.sources(), 2));
        }

        @Test
        void sources_are_gathered_each_once_in_the_order_first_cited() {
            JointStatementIssued citingTheRelease = new JointStatementIssued(VISIT, LAST_DAY, "Joint statement",
                    "Both sides reaffirmed their strategic partnership.", List.of(OFFICIAL_RELEASE, SEED_ARTICLE));

            VisitRecord visit = scheduled().apply(citingTheRelease, 2).apply(departed(VISIT, LAST_DAY), 3);

            assertThat(visit.sources()).containsExactly(SEED_ARTICLE, OFFICIAL_RELEASE);
        }

        @Test
        void each_event_folded_in_advances_the_position_to_its_own() {
            VisitRecord visit = scheduled();
            assertThat(visit.position()).isEqualTo(1);

            visit = visit.apply(arrived(VISIT, FIRST_DAY), 7);
            assertThat(visit.position()).isEqualTo(7);

            visit = visit.apply(departed(VISIT, LAST_DAY), 12);
            assertThat(visit.position()).isEqualTo(12);
        }

        @Test
        void folding_leaves_the_earlier_record_unchanged() {
            VisitRecord before = scheduled();

            before.apply(arrived(VISIT, FIRST_DAY), 2);

            assertThat(before).isEqualTo(scheduled());
        }
    }

    @Nested
    class Status_on_a_date {

        @Test
        void before_it_was_scheduled_there_is_no_status() {
            assertThat(scheduled().statusOn(ANNOUNCED.minusDays(1))).isNull();
        }

        @Test
        void from_the_day_it_was_scheduled_until_the_guest_arrives_it_is_scheduled() {
            VisitRecord visit = scheduled().apply(arrived(VISIT, FIRST_DAY), 2);

            assertThat(visit.statusOn(ANNOUNCED)).isEqualTo(VisitStatus.SCHEDULED);
            assertThat(visit.statusOn(FIRST_DAY.minusDays(1))).isEqualTo(VisitStatus.SCHEDULED);
        }

        @Test
        void from_the_arrival_until_the_departure_it_is_in_progress() {
            VisitRecord visit = scheduled().apply(arrived(VISIT, FIRST_DAY), 2)
                    .apply(departed(VISIT, LocalDate.of(2024, 7, 13)), 3);

            assertThat(visit.statusOn(FIRST_DAY)).isEqualTo(VisitStatus.IN_PROGRESS);
            assertThat(visit.statusOn(LAST_DAY)).isEqualTo(VisitStatus.IN_PROGRESS);
        }

        @Test
        void from_the_departure_on_it_is_concluded() {
            VisitRecord visit = scheduled().apply(arrived(VISIT, FIRST_DAY), 2).apply(departed(VISIT, LAST_DAY), 3);

            assertThat(visit.statusOn(LAST_DAY)).isEqualTo(VisitStatus.CONCLUDED);
            assertThat(visit.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(VisitStatus.CONCLUDED);
        }

        @Test
        void from_the_cancellation_on_it_is_cancelled_and_scheduled_before() {
            VisitRecord visit = scheduled().apply(cancelled(), 2);

            assertThat(visit.statusOn(CHANGED_ON.minusDays(1))).isEqualTo(VisitStatus.SCHEDULED);
            assertThat(visit.statusOn(CHANGED_ON)).isEqualTo(VisitStatus.CANCELLED);
            assertThat(visit.statusOn(FIRST_DAY)).isEqualTo(VisitStatus.CANCELLED);
        }

        @Test
        void a_postponed_visit_is_still_scheduled_on_its_old_dates() {
            VisitRecord visit = scheduled().apply(postponed(), 2);

            assertThat(visit.statusOn(FIRST_DAY)).isEqualTo(VisitStatus.SCHEDULED);
            assertThat(visit.statusOn(NEW_FIRST_DAY)).isEqualTo(VisitStatus.SCHEDULED);
        }

        @Test
        void a_postponed_visit_that_took_place_is_in_progress_from_the_new_arrival() {
            VisitRecord visit = scheduled().apply(postponed(), 2).apply(arrived(VISIT, NEW_FIRST_DAY), 3);

            assertThat(visit.statusOn(NEW_FIRST_DAY.minusDays(1))).isEqualTo(VisitStatus.SCHEDULED);
            assertThat(visit.statusOn(NEW_FIRST_DAY)).isEqualTo(VisitStatus.IN_PROGRESS);
        }
    }

    @Nested
    class Whether_it_took_place {

        @Test
        void not_before_the_guest_arrived() {
            VisitRecord visit = scheduled().apply(arrived(VISIT, FIRST_DAY), 2);

            assertThat(visit.tookPlaceBy(FIRST_DAY.minusDays(1))).isFalse();
            assertThat(visit.tookPlaceBy(FIRST_DAY)).isTrue();
            assertThat(visit.tookPlaceBy(LAST_DAY)).isTrue();
        }

        @Test
        void never_when_it_was_only_scheduled_or_cancelled() {
            assertThat(scheduled().tookPlaceBy(LocalDate.of(2030, 1, 1))).isFalse();
            assertThat(scheduled().apply(cancelled(), 2).tookPlaceBy(LocalDate.of(2030, 1, 1))).isFalse();
        }
    }

    @Nested
    class Steps_and_dyad {

        @Test
        void the_steps_are_in_the_order_of_their_dates() {
            VisitRecord visit = scheduled().apply(arrived(VISIT, FIRST_DAY), 2)
                    .apply(jointStatement(VISIT, LAST_DAY), 3)
                    .apply(delegationTalks(VISIT, FIRST_DAY), 4)
                    .apply(departed(VISIT, LAST_DAY), 5);

            assertThat(visit.steps()).containsExactly(arrived(VISIT, FIRST_DAY), delegationTalks(VISIT, FIRST_DAY),
                    jointStatement(VISIT, LAST_DAY), departed(VISIT, LAST_DAY));
        }

        @Test
        void a_scheduled_visit_has_no_steps() {
            assertThat(scheduled().steps()).isEmpty();
        }

        @Test
        void the_dyad_is_the_guests_country_and_the_host() {
            assertThat(scheduled().dyad()).isEqualTo(AZ_PK);
        }
    }
}
