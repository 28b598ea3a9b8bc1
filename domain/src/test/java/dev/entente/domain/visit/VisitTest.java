package dev.entente.domain.visit;

import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.ASADOV;
import static dev.entente.domain.fixtures.People.AZ_DEPUTY;
import static dev.entente.domain.fixtures.People.AZ_MINISTER;
import static dev.entente.domain.fixtures.People.AZ_OTHER;
import static dev.entente.domain.fixtures.People.BAYRAMOV;
import static dev.entente.domain.fixtures.People.DAR;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.People.ZARDARI;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.Violations.violates;
import static dev.entente.domain.fixtures.VisitFixture.ANNOUNCED;
import static dev.entente.domain.fixtures.VisitFixture.FIRST_DAY;
import static dev.entente.domain.fixtures.VisitFixture.GRAND_WELCOME;
import static dev.entente.domain.fixtures.VisitFixture.LAST_DAY;
import static dev.entente.domain.fixtures.VisitFixture.VISIT;
import static dev.entente.domain.fixtures.VisitFixture.arrival;
import static dev.entente.domain.fixtures.VisitFixture.arrivalWithSalute;
import static dev.entente.domain.fixtures.VisitFixture.arrived;
import static dev.entente.domain.fixtures.VisitFixture.concluded;
import static dev.entente.domain.fixtures.VisitFixture.delegationTalks;
import static dev.entente.domain.fixtures.VisitFixture.departure;
import static dev.entente.domain.fixtures.VisitFixture.jointStatement;
import static dev.entente.domain.fixtures.VisitFixture.privateVisitArrived;
import static dev.entente.domain.fixtures.VisitFixture.privateVisitScheduled;
import static dev.entente.domain.fixtures.VisitFixture.schedule;
import static dev.entente.domain.fixtures.VisitFixture.scheduleStateVisit;
import static dev.entente.domain.fixtures.VisitFixture.scheduled;
import static dev.entente.domain.fixtures.VisitFixture.talksWith;
import static dev.entente.domain.fixtures.VisitFixture.withTalksOnLastDay;
import static dev.entente.domain.fixtures.VisitFixture.wreathLaying;
import static org.hamcrest.Matchers.containsString;

import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Sector;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VisitTest {

    /** The day a change (postponement or cancellation) of the reference visit is dated. */
    private static final LocalDate CHANGED_ON = LocalDate.of(2024, 7, 9);
    /** The new window of the postponed visit. */
    private static final LocalDate NEW_FIRST_DAY = LocalDate.of(2024, 7, 25);
    private static final LocalDate NEW_LAST_DAY = LocalDate.of(2024, 7, 26);
    private static final String POSTPONED_BECAUSE = "scheduling conflict";
    private static final String CANCELLED_BECAUSE = "security situation";

    private FixtureConfiguration<Visit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Visit.class);
    }

    private static PostponeVisit postpone(LocalDate on, LocalDate from, LocalDate to) {
        return new PostponeVisit(VISIT, on, from, to, POSTPONED_BECAUSE, CITED);
    }

    private static PostponeVisit postponeToTheNewWindow() {
        return postpone(CHANGED_ON, NEW_FIRST_DAY, NEW_LAST_DAY);
    }

    private static CancelVisit cancel(LocalDate on) {
        return new CancelVisit(VISIT, on, CANCELLED_BECAUSE, CITED);
    }

    private static HoldCeremony ceremony(CeremonyKind kind, LocalDate on) {
        return new HoldCeremony(VISIT, on, kind, null, "Aiwan-e-Sadr, Islamabad", CITED);
    }

    private static List<Object> postponed() {
        return List.of(scheduleStateVisit(), postponeToTheNewWindow());
    }

    private static List<Object> cancelled() {
        return List.of(scheduleStateVisit(), cancel(CHANGED_ON));
    }

    private static List<Object> scheduledOfficialVisitBy(Dignitary guest) {
        return List.of(schedule(VisitKind.OFFICIAL, guest));
    }

    @Nested
    class A_visit_not_yet_scheduled {

        @Test
        void schedules_a_state_visit() {
            fixture.givenNoPriorActivity()
                    .when(scheduleStateVisit())
                    .expectEvents(new VisitScheduled(VISIT, ANNOUNCED, ALIYEV, PK, VisitKind.STATE, FIRST_DAY,
                            LAST_DAY, CITED));
        }

        @Test
        void schedules_a_one_day_visit_announced_on_its_day() {
            fixture.givenNoPriorActivity()
                    .when(new ScheduleVisit(VISIT, FIRST_DAY, ALIYEV, PK, VisitKind.WORKING, FIRST_DAY, FIRST_DAY,
                            CITED))
                    .expectEvents(new VisitScheduled(VISIT, FIRST_DAY, ALIYEV, PK, VisitKind.WORKING, FIRST_DAY,
                            FIRST_DAY, CITED));
        }

        @Test
        void refuses_a_guest_visiting_their_own_country() {
            fixture.givenNoPriorActivity()
                    .when(schedule(VisitKind.OFFICIAL, SHARIF))
                    .expectException(violates(VisitRule.GUEST_IS_HOST));
        }

        @Test
        void refuses_planned_dates_whose_last_day_comes_before_the_first() {
            fixture.givenNoPriorActivity()
                    .when(new ScheduleVisit(VISIT, ANNOUNCED, ALIYEV, PK, VisitKind.STATE, LAST_DAY, FIRST_DAY, CITED))
                    .expectException(violates(VisitRule.PLANNED_DATES_OUT_OF_ORDER));
        }

        @Test
        void refuses_a_schedule_dated_after_the_planned_start() {
            fixture.givenNoPriorActivity()
                    .when(new ScheduleVisit(VISIT, LAST_DAY, ALIYEV, PK, VisitKind.STATE, FIRST_DAY, LAST_DAY, CITED))
                    .expectException(violates(VisitRule.SCHEDULED_AFTER_PLANNED_START));
        }
    }

    /** Every command but the one that schedules a visit, sent to an id never scheduled. */
    static List<VisitCommand> everyCommandToAnUnscheduledVisit() {
        return List.of(postponeToTheNewWindow(), cancel(CHANGED_ON), arrival(), wreathLaying(FIRST_DAY),
                delegationTalks(FIRST_DAY), jointStatement(FIRST_DAY), departure(LAST_DAY));
    }

    @ParameterizedTest
    @MethodSource("everyCommandToAnUnscheduledVisit")
    void refuses_any_step_of_a_visit_that_was_never_scheduled(VisitCommand command) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(violates(VisitRule.UNKNOWN))
                .expectExceptionMessage(containsString("Visit " + VISIT + " is unknown"))
                .expectNoEvents();
    }

    @Nested
    class A_scheduled_state_visit {

        @Test
        void cannot_be_scheduled_a_second_time_under_its_id() {
            fixture.givenCommands(scheduled())
                    .when(schedule(VisitKind.OFFICIAL))
                    .expectException(violates(VisitRule.ALREADY_SCHEDULED))
                    .expectExceptionMessage(containsString("Visit " + VISIT + " cannot be scheduled on " + ANNOUNCED
                            + ": it was already scheduled on " + ANNOUNCED))
                    .expectNoEvents();
        }

        @Test
        void is_postponed_to_later_dates() {
            fixture.givenCommands(scheduled())
                    .when(postponeToTheNewWindow())
                    .expectEvents(new VisitPostponed(VISIT, CHANGED_ON, NEW_FIRST_DAY, NEW_LAST_DAY,
                            POSTPONED_BECAUSE, CITED));
        }

        @Test
        void is_cancelled() {
            fixture.givenCommands(scheduled())
                    .when(cancel(CHANGED_ON))
                    .expectEvents(new VisitCancelled(VISIT, CHANGED_ON, CANCELLED_BECAUSE, CITED));
        }

        @Test
        void records_the_arrival_with_a_21_gun_salute_a_guard_of_honour_and_the_red_carpet() {
            fixture.givenCommands(scheduled())
                    .when(arrival())
                    .expectEvents(new GuestArrived(VISIT, FIRST_DAY, "Nur Khan Airbase, Rawalpindi", List.of(SHARIF),
                            new Honours(true, GunSalute.of(21), true, List.of()), CITED));
        }

        @Test
        void records_an_arrival_on_the_last_planned_day() {
            fixture.givenCommands(scheduled())
                    .when(arrival(LAST_DAY, Honours.none()))
                    .expectEvents(new GuestArrived(VISIT, LAST_DAY, "Nur Khan Airbase, Rawalpindi", List.of(SHARIF),
                            Honours.none(), CITED));
        }

        @Test
        void refuses_a_postponement_dated_before_it_was_scheduled() {
            fixture.givenCommands(scheduled())
                    .when(postpone(ANNOUNCED.minusDays(1), NEW_FIRST_DAY, NEW_LAST_DAY))
                    .expectException(violates(VisitRule.DATED_BEFORE_LAST_CHANGE));
        }

        @Test
        void refuses_a_cancellation_dated_before_it_was_scheduled() {
            fixture.givenCommands(scheduled())
                    .when(cancel(ANNOUNCED.minusDays(1)))
                    .expectException(violates(VisitRule.DATED_BEFORE_LAST_CHANGE));
        }

        @Test
        void refuses_a_postponement_to_the_same_start() {
            fixture.givenCommands(scheduled())
                    .when(postpone(CHANGED_ON, FIRST_DAY, NEW_LAST_DAY))
                    .expectException(violates(VisitRule.POSTPONEMENT_NOT_LATER));
        }

        @Test
        void refuses_a_postponement_to_an_earlier_start() {
            fixture.givenCommands(scheduled())
                    .when(postpone(CHANGED_ON, FIRST_DAY.minusDays(1), LAST_DAY))
                    .expectException(violates(VisitRule.POSTPONEMENT_NOT_LATER));
        }

        @Test
        void refuses_a_postponement_whose_new_last_day_comes_before_its_new_first_day() {
            fixture.givenCommands(scheduled())
                    .when(postpone(CHANGED_ON, NEW_LAST_DAY, NEW_FIRST_DAY))
                    .expectException(violates(VisitRule.PLANNED_DATES_OUT_OF_ORDER));
        }

        @Test
        void refuses_an_arrival_before_the_planned_window() {
            fixture.givenCommands(scheduled())
                    .when(arrival(FIRST_DAY.minusDays(1), GRAND_WELCOME))
                    .expectException(violates(VisitRule.ARRIVAL_OUTSIDE_PLANNED_WINDOW));
        }

        @Test
        void refuses_an_arrival_after_the_planned_window() {
            fixture.givenCommands(scheduled())
                    .when(arrival(LAST_DAY.plusDays(1), GRAND_WELCOME))
                    .expectException(violates(VisitRule.ARRIVAL_OUTSIDE_PLANNED_WINDOW));
        }

        @Test
        void refuses_a_ceremony_before_the_arrival_is_recorded() {
            fixture.givenCommands(scheduled())
                    .when(wreathLaying(FIRST_DAY))
                    .expectException(violates(VisitRule.NOT_YET_ARRIVED));
        }

        @Test
        void refuses_talks_before_the_arrival_is_recorded() {
            fixture.givenCommands(scheduled())
                    .when(delegationTalks(FIRST_DAY))
                    .expectException(violates(VisitRule.NOT_YET_ARRIVED));
        }

        @Test
        void refuses_a_joint_statement_before_the_arrival_is_recorded() {
            fixture.givenCommands(scheduled())
                    .when(jointStatement(FIRST_DAY))
                    .expectException(violates(VisitRule.NOT_YET_ARRIVED));
        }

        @Test
        void refuses_a_conclusion_before_the_arrival_is_recorded() {
            fixture.givenCommands(scheduled())
                    .when(departure(LAST_DAY))
                    .expectException(violates(VisitRule.NOT_YET_ARRIVED));
        }

        @Test
        void refuses_a_gun_salute_of_an_even_number_of_rounds() {
            fixture.givenCommands(scheduled())
                    .when(arrivalWithSalute(GunSalute.of(20)))
                    .expectException(violates(VisitRule.GUN_SALUTE_ROUNDS_INVALID));
        }

        @Test
        void refuses_a_gun_salute_of_23_rounds_even_as_an_exceptional_honour() {
            fixture.givenCommands(scheduled())
                    .when(arrivalWithSalute(GunSalute.exceptional(23)))
                    .expectException(violates(VisitRule.GUN_SALUTE_ROUNDS_INVALID));
        }

        @Test
        void refuses_a_gun_salute_of_no_rounds() {
            fixture.givenCommands(scheduled())
                    .when(arrivalWithSalute(GunSalute.of(0)))
                    .expectException(violates(VisitRule.GUN_SALUTE_ROUNDS_INVALID));
        }

        @Test
        void refuses_a_gun_salute_of_a_negative_number_of_rounds() {
            fixture.givenCommands(scheduled())
                    .when(arrivalWithSalute(GunSalute.of(-21)))
                    .expectException(violates(VisitRule.GUN_SALUTE_ROUNDS_INVALID));
        }
    }

    @Nested
    class A_postponed_visit {

        @Test
        void takes_an_arrival_inside_its_new_window() {
            fixture.givenCommands(postponed())
                    .when(arrival(NEW_FIRST_DAY, GRAND_WELCOME))
                    .expectEvents(new GuestArrived(VISIT, NEW_FIRST_DAY, "Nur Khan Airbase, Rawalpindi",
                            List.of(SHARIF), GRAND_WELCOME, CITED));
        }

        @Test
        void refuses_an_arrival_inside_its_old_window() {
            fixture.givenCommands(postponed())
                    .when(arrival(FIRST_DAY, GRAND_WELCOME))
                    .expectException(violates(VisitRule.ARRIVAL_OUTSIDE_PLANNED_WINDOW));
        }

        @Test
        void is_postponed_again_to_still_later_dates() {
            LocalDate from = NEW_FIRST_DAY.plusMonths(1);
            LocalDate to = NEW_LAST_DAY.plusMonths(1);
            fixture.givenCommands(postponed())
                    .when(postpone(CHANGED_ON.plusDays(1), from, to))
                    .expectEvents(new VisitPostponed(VISIT, CHANGED_ON.plusDays(1), from, to, POSTPONED_BECAUSE,
                            CITED));
        }

        @Test
        void refuses_a_further_postponement_that_does_not_move_past_its_new_start() {
            fixture.givenCommands(postponed())
                    .when(postpone(CHANGED_ON, FIRST_DAY.plusDays(7), LAST_DAY.plusDays(7)))
                    .expectException(violates(VisitRule.POSTPONEMENT_NOT_LATER));
        }

        @Test
        void refuses_a_further_postponement_dated_before_the_first() {
            fixture.givenCommands(postponed())
                    .when(postpone(CHANGED_ON.minusDays(1), NEW_FIRST_DAY.plusDays(7), NEW_LAST_DAY.plusDays(7)))
                    .expectException(violates(VisitRule.DATED_BEFORE_LAST_CHANGE));
        }

        @Test
        void refuses_a_cancellation_dated_before_the_postponement() {
            fixture.givenCommands(postponed())
                    .when(cancel(CHANGED_ON.minusDays(1)))
                    .expectException(violates(VisitRule.DATED_BEFORE_LAST_CHANGE));
        }
    }

    @Nested
    class A_visit_under_way {

        @Test
        void holds_a_signing_ceremony_stating_how_many_documents_were_signed_in_all() {
            fixture.givenCommands(arrived())
                    .when(new HoldCeremony(VISIT, FIRST_DAY, CeremonyKind.SIGNING_CEREMONY, null, "PM House", CITED, 15))
                    .expectEvents(new CeremonyHeld(VISIT, FIRST_DAY, CeremonyKind.SIGNING_CEREMONY, null, "PM House",
                            CITED, 15));
        }

        @Test
        void holds_a_wreath_laying() {
            fixture.givenCommands(arrived())
                    .when(wreathLaying(FIRST_DAY))
                    .expectEvents(new CeremonyHeld(VISIT, FIRST_DAY, CeremonyKind.WREATH_LAYING,
                            "Wreath laid at the National Monument", "Pakistan Monument, Islamabad", CITED));
        }

        @Test
        void holds_talks_between_both_sides() {
            fixture.givenCommands(arrived())
                    .when(delegationTalks(FIRST_DAY))
                    .expectEvents(new TalksHeld(VISIT, FIRST_DAY, TalksFormat.DELEGATION_LEVEL,
                            List.of(ALIYEV, SHARIF),
                            List.of(Sector.TRADE, Sector.ENERGY, Sector.DEFENCE, Sector.EDUCATION, Sector.CULTURE),
                            CITED));
        }

        @Test
        void issues_a_joint_statement() {
            fixture.givenCommands(arrived())
                    .when(jointStatement(LAST_DAY))
                    .expectEvents(new JointStatementIssued(VISIT, LAST_DAY, "Joint statement on the state visit",
                            "Both sides reaffirmed their strategic partnership.", CITED));
        }

        @Test
        void concludes_with_the_departure() {
            fixture.givenCommands(arrived())
                    .when(departure(LAST_DAY))
                    .expectEvents(new VisitConcluded(VISIT, LAST_DAY, "Nur Khan Airbase, Rawalpindi", CITED));
        }

        @Test
        void concludes_on_the_day_of_arrival() {
            fixture.givenCommands(arrived())
                    .when(departure(FIRST_DAY))
                    .expectEvents(new VisitConcluded(VISIT, FIRST_DAY, "Nur Khan Airbase, Rawalpindi", CITED));
        }

        @Test
        void refuses_a_second_arrival() {
            fixture.givenCommands(arrived())
                    .when(arrival(LAST_DAY, Honours.none()))
                    .expectException(violates(VisitRule.ALREADY_ARRIVED));
        }

        @Test
        void cannot_be_postponed_any_more() {
            fixture.givenCommands(arrived())
                    .when(postpone(LAST_DAY, NEW_FIRST_DAY, NEW_LAST_DAY))
                    .expectException(violates(VisitRule.POSTPONEMENT_AFTER_ARRIVAL));
        }

        @Test
        void cannot_be_cancelled_any_more() {
            fixture.givenCommands(arrived())
                    .when(cancel(LAST_DAY))
                    .expectException(violates(VisitRule.CANCELLATION_AFTER_ARRIVAL));
        }

        @Test
        void refuses_a_ceremony_dated_before_the_arrival() {
            fixture.givenCommands(arrived())
                    .when(wreathLaying(FIRST_DAY.minusDays(1)))
                    .expectException(violates(VisitRule.STEP_BEFORE_ARRIVAL));
        }

        @Test
        void refuses_talks_dated_before_the_arrival() {
            fixture.givenCommands(arrived())
                    .when(delegationTalks(FIRST_DAY.minusDays(1)))
                    .expectException(violates(VisitRule.STEP_BEFORE_ARRIVAL));
        }

        @Test
        void refuses_a_joint_statement_dated_before_the_arrival() {
            fixture.givenCommands(arrived())
                    .when(jointStatement(FIRST_DAY.minusDays(1)))
                    .expectException(violates(VisitRule.STEP_BEFORE_ARRIVAL));
        }

        @Test
        void refuses_a_departure_dated_before_the_arrival() {
            fixture.givenCommands(arrived())
                    .when(departure(FIRST_DAY.minusDays(1)))
                    .expectException(violates(VisitRule.STEP_BEFORE_ARRIVAL));
        }

        @Test
        void refuses_talks_without_a_participant_of_the_host() {
            fixture.givenCommands(arrived())
                    .when(talksWith(List.of(ALIYEV, BAYRAMOV)))
                    .expectException(violates(VisitRule.TALKS_WITHOUT_BOTH_SIDES));
        }

        @Test
        void refuses_talks_without_a_participant_of_the_guest() {
            fixture.givenCommands(arrived())
                    .when(talksWith(List.of(ZARDARI, SHARIF, DAR)))
                    .expectException(violates(VisitRule.TALKS_WITHOUT_BOTH_SIDES));
        }

        @Test
        void refuses_talks_without_any_participant() {
            fixture.givenCommands(arrived())
                    .when(talksWith(List.of()))
                    .expectException(violates(VisitRule.TALKS_WITHOUT_BOTH_SIDES));
        }

        @Test
        void holds_talks_of_a_minister_with_the_guest() {
            fixture.givenCommands(arrived())
                    .when(talksWith(List.of(DAR, ALIYEV)))
                    .expectEvents(new TalksHeld(VISIT, FIRST_DAY, TalksFormat.ONE_ON_ONE, List.of(DAR, ALIYEV),
                            List.of(Sector.TRADE), CITED));
        }

        @Test
        void holds_an_official_honour_ceremony() {
            fixture.givenCommands(arrived())
                    .when(ceremony(CeremonyKind.STATE_BANQUET, FIRST_DAY))
                    .expectEvents(new CeremonyHeld(VISIT, FIRST_DAY, CeremonyKind.STATE_BANQUET, null,
                            "Aiwan-e-Sadr, Islamabad", CITED));
        }
    }

    @Nested
    class A_visit_with_talks_on_its_last_day {

        @Test
        void refuses_a_departure_dated_before_those_talks() {
            fixture.givenCommands(withTalksOnLastDay())
                    .when(departure(FIRST_DAY))
                    .expectException(violates(VisitRule.DEPARTURE_BEFORE_LAST_STEP));
        }

        @Test
        void concludes_on_the_day_of_those_talks() {
            fixture.givenCommands(withTalksOnLastDay())
                    .when(departure(LAST_DAY))
                    .expectEvents(new VisitConcluded(VISIT, LAST_DAY, "Nur Khan Airbase, Rawalpindi", CITED));
        }

        @Test
        void still_takes_a_step_dated_before_those_talks() {
            fixture.givenCommands(withTalksOnLastDay())
                    .when(wreathLaying(FIRST_DAY))
                    .expectEvents(new CeremonyHeld(VISIT, FIRST_DAY, CeremonyKind.WREATH_LAYING,
                            "Wreath laid at the National Monument", "Pakistan Monument, Islamabad", CITED));
        }

        @Test
        void refuses_a_departure_before_those_talks_even_after_an_earlier_step() {
            fixture.givenCommands(withTalksOnLastDay())
                    .andGivenCommands(wreathLaying(FIRST_DAY))
                    .when(departure(FIRST_DAY))
                    .expectException(violates(VisitRule.DEPARTURE_BEFORE_LAST_STEP));
        }
    }

    @Nested
    class A_concluded_visit {

        @Test
        void cannot_conclude_a_second_time() {
            fixture.givenCommands(concluded())
                    .when(departure(LAST_DAY))
                    .expectException(violates(VisitRule.ALREADY_CONCLUDED));
        }

        @Test
        void refuses_another_arrival() {
            fixture.givenCommands(concluded())
                    .when(arrival(LAST_DAY, Honours.none()))
                    .expectException(violates(VisitRule.ALREADY_CONCLUDED));
        }

        @Test
        void refuses_a_ceremony() {
            fixture.givenCommands(concluded())
                    .when(wreathLaying(LAST_DAY))
                    .expectException(violates(VisitRule.ALREADY_CONCLUDED));
        }

        @Test
        void refuses_talks() {
            fixture.givenCommands(concluded())
                    .when(delegationTalks(LAST_DAY))
                    .expectException(violates(VisitRule.ALREADY_CONCLUDED));
        }

        @Test
        void refuses_a_joint_statement() {
            fixture.givenCommands(concluded())
                    .when(jointStatement(LAST_DAY))
                    .expectException(violates(VisitRule.ALREADY_CONCLUDED));
        }

        @Test
        void refuses_a_postponement() {
            fixture.givenCommands(concluded())
                    .when(postpone(LAST_DAY, NEW_FIRST_DAY, NEW_LAST_DAY))
                    .expectException(violates(VisitRule.ALREADY_CONCLUDED));
        }

        @Test
        void refuses_a_cancellation() {
            fixture.givenCommands(concluded())
                    .when(cancel(LAST_DAY))
                    .expectException(violates(VisitRule.ALREADY_CONCLUDED));
        }
    }

    @Nested
    class A_cancelled_visit {

        @Test
        void cannot_be_scheduled_again_under_its_id() {
            fixture.givenCommands(cancelled())
                    .when(scheduleStateVisit())
                    .expectException(violates(VisitRule.ALREADY_SCHEDULED));
        }

        @Test
        void refuses_an_arrival() {
            fixture.givenCommands(cancelled())
                    .when(arrival())
                    .expectException(violates(VisitRule.CANCELLED));
        }

        @Test
        void cannot_be_postponed() {
            fixture.givenCommands(cancelled())
                    .when(postpone(CHANGED_ON, NEW_FIRST_DAY, NEW_LAST_DAY))
                    .expectException(violates(VisitRule.CANCELLED));
        }

        @Test
        void cannot_be_cancelled_again() {
            fixture.givenCommands(cancelled())
                    .when(cancel(CHANGED_ON.plusDays(1)))
                    .expectException(violates(VisitRule.CANCELLED));
        }

        @Test
        void refuses_a_ceremony() {
            fixture.givenCommands(cancelled())
                    .when(wreathLaying(FIRST_DAY))
                    .expectException(violates(VisitRule.CANCELLED));
        }

        @Test
        void refuses_talks() {
            fixture.givenCommands(cancelled())
                    .when(delegationTalks(FIRST_DAY))
                    .expectException(violates(VisitRule.CANCELLED));
        }

        @Test
        void refuses_a_joint_statement() {
            fixture.givenCommands(cancelled())
                    .when(jointStatement(FIRST_DAY))
                    .expectException(violates(VisitRule.CANCELLED));
        }

        @Test
        void refuses_a_conclusion() {
            fixture.givenCommands(cancelled())
                    .when(departure(LAST_DAY))
                    .expectException(violates(VisitRule.CANCELLED));
        }
    }

    @Nested
    class A_private_visit {

        @Test
        void records_an_arrival_without_honours() {
            fixture.givenCommands(privateVisitScheduled())
                    .when(arrival(FIRST_DAY, Honours.none()))
                    .expectEvents(new GuestArrived(VISIT, FIRST_DAY, "Nur Khan Airbase, Rawalpindi", List.of(SHARIF),
                            Honours.none(), CITED));
        }

        @Test
        void refuses_honours_on_arrival() {
            fixture.givenCommands(privateVisitScheduled())
                    .when(arrival())
                    .expectException(violates(VisitRule.PRIVATE_VISIT_WITH_HONOURS));
        }

        @Test
        void refuses_a_gun_salute_alone_on_arrival() {
            fixture.givenCommands(privateVisitScheduled())
                    .when(arrival(FIRST_DAY, new Honours(false, GunSalute.of(21), false, List.of())))
                    .expectException(violates(VisitRule.PRIVATE_VISIT_WITH_HONOURS));
        }

        @Test
        void refuses_any_other_honour_on_arrival() {
            fixture.givenCommands(privateVisitScheduled())
                    .when(arrival(FIRST_DAY, new Honours(false, null, false, List.of("folk dance troupe"))))
                    .expectException(violates(VisitRule.PRIVATE_VISIT_WITH_HONOURS));
        }

        @Test
        void refuses_a_guard_of_honour_ceremony() {
            fixture.givenCommands(privateVisitArrived())
                    .when(ceremony(CeremonyKind.GUARD_OF_HONOUR, FIRST_DAY))
                    .expectException(violates(VisitRule.PRIVATE_VISIT_WITH_HONOURS));
        }

        @Test
        void refuses_a_state_banquet() {
            fixture.givenCommands(privateVisitArrived())
                    .when(ceremony(CeremonyKind.STATE_BANQUET, LAST_DAY))
                    .expectException(violates(VisitRule.PRIVATE_VISIT_WITH_HONOURS));
        }

        @Test
        void may_hold_a_wreath_laying() {
            fixture.givenCommands(privateVisitArrived())
                    .when(wreathLaying(LAST_DAY))
                    .expectEvents(new CeremonyHeld(VISIT, LAST_DAY, CeremonyKind.WREATH_LAYING,
                            "Wreath laid at the National Monument", "Pakistan Monument, Islamabad", CITED));
        }
    }

    @Nested
    class A_scheduled_visit_by_a_head_of_government {

        @Test
        void accepts_an_exceptional_21_gun_salute() {
            RecordArrival arrival = arrivalWithSalute(GunSalute.exceptional(21));
            fixture.givenCommands(scheduledOfficialVisitBy(ASADOV))
                    .when(arrival)
                    .expectEvents(new GuestArrived(VISIT, FIRST_DAY, "Nur Khan Airbase, Rawalpindi", List.of(SHARIF),
                            new Honours(true, new GunSalute(21, true), true, List.of()), CITED));
        }

        @Test
        void accepts_a_19_gun_salute_without_the_exceptional_flag() {
            fixture.givenCommands(scheduledOfficialVisitBy(ASADOV))
                    .when(arrivalWithSalute(GunSalute.of(19)))
                    .expectEvents(new GuestArrived(VISIT, FIRST_DAY, "Nur Khan Airbase, Rawalpindi", List.of(SHARIF),
                            new Honours(true, new GunSalute(19, false), true, List.of()), CITED));
        }

        @Test
        void refuses_21_rounds_not_marked_exceptional() {
            fixture.givenCommands(scheduledOfficialVisitBy(ASADOV))
                    .when(arrivalWithSalute(GunSalute.of(21)))
                    .expectException(violates(VisitRule.GUN_SALUTE_ABOVE_OFFICE));
        }
    }

    @Nested
    class A_scheduled_visit_by_a_minister {

        @Test
        void accepts_a_17_gun_salute() {
            fixture.givenCommands(scheduledOfficialVisitBy(AZ_MINISTER))
                    .when(arrivalWithSalute(GunSalute.of(17)))
                    .expectEvents(new GuestArrived(VISIT, FIRST_DAY, "Nur Khan Airbase, Rawalpindi", List.of(SHARIF),
                            new Honours(true, GunSalute.of(17), true, List.of()), CITED));
        }

        @Test
        void refuses_a_19_gun_salute() {
            fixture.givenCommands(scheduledOfficialVisitBy(AZ_MINISTER))
                    .when(arrivalWithSalute(GunSalute.of(19)))
                    .expectException(violates(VisitRule.GUN_SALUTE_ABOVE_OFFICE));
        }

        @Test
        void refuses_a_19_gun_salute_for_a_foreign_minister() {
            fixture.givenCommands(scheduledOfficialVisitBy(BAYRAMOV))
                    .when(arrivalWithSalute(GunSalute.of(19)))
                    .expectException(violates(VisitRule.GUN_SALUTE_ABOVE_OFFICE));
        }

        @Test
        void refuses_a_17_gun_salute_for_a_deputy_minister() {
            fixture.givenCommands(scheduledOfficialVisitBy(AZ_DEPUTY))
                    .when(arrivalWithSalute(GunSalute.of(17)))
                    .expectException(violates(VisitRule.GUN_SALUTE_ABOVE_OFFICE));
        }
    }

    @Nested
    class A_scheduled_visit_by_a_guest_of_no_saluted_office {

        @Test
        void refuses_a_single_round_salute() {
            fixture.givenCommands(scheduledOfficialVisitBy(AZ_OTHER))
                    .when(arrivalWithSalute(GunSalute.of(1)))
                    .expectException(violates(VisitRule.GUN_SALUTE_ABOVE_OFFICE));
        }

        @Test
        void refuses_a_21_gun_salute() {
            fixture.givenCommands(scheduledOfficialVisitBy(AZ_OTHER))
                    .when(arrivalWithSalute(GunSalute.of(21)))
                    .expectException(violates(VisitRule.GUN_SALUTE_ABOVE_OFFICE));
        }

        @Test
        void records_an_arrival_with_a_guard_of_honour_but_no_salute() {
            Honours guardOnly = new Honours(true, null, false, List.of());
            fixture.givenCommands(scheduledOfficialVisitBy(AZ_OTHER))
                    .when(arrival(FIRST_DAY, guardOnly))
                    .expectEvents(new GuestArrived(VISIT, FIRST_DAY, "Nur Khan Airbase, Rawalpindi", List.of(SHARIF),
                            guardOnly, CITED));
        }
    }
}
