package dev.entente.domain.visit;

import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.Violations.violates;
import static dev.entente.domain.fixtures.VisitFixture.FIRST_DAY;
import static dev.entente.domain.fixtures.VisitFixture.GRAND_WELCOME;
import static dev.entente.domain.fixtures.VisitFixture.LAST_DAY;
import static dev.entente.domain.fixtures.VisitFixture.VISIT;
import static dev.entente.domain.fixtures.VisitFixture.arrival;
import static dev.entente.domain.fixtures.VisitFixture.delegationTalks;
import static dev.entente.domain.fixtures.VisitFixture.departure;
import static dev.entente.domain.fixtures.VisitFixture.scheduleStateVisit;

import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Visit steps whose sources give the date only in part (issue 9 item 6, ADR 0023). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PartlyDatedVisitTest {

    private static final WrittenDate JULY_2024 = WrittenDate.parse("2024-07");
    private static final WrittenDate JUNE_2024 = WrittenDate.parse("2024-06");
    private static final LocalDate END_OF_JULY = LocalDate.of(2024, 7, 31);
    private static final String AIRBASE = "Nur Khan Airbase, Rawalpindi";

    private FixtureConfiguration<Visit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Visit.class);
    }

    private static ScheduleVisit scheduleIn(WrittenDate written) {
        return ScheduleVisit.builder(VISIT).written(written).guest(ALIYEV).host(PK).kind(VisitKind.STATE)
                .plannedFrom(FIRST_DAY).plannedTo(LAST_DAY).sources(CITED).build();
    }

    private static RecordArrival arrivalIn(WrittenDate written) {
        return new RecordArrival(VISIT, null, AIRBASE, List.of(SHARIF), GRAND_WELCOME, CITED, written);
    }

    @Nested
    class A_visit_scheduled_in_a_month {

        @Test
        void is_recorded_as_written_and_known_from_the_end_of_the_month() {
            fixture.givenNoPriorActivity()
                    .when(scheduleIn(JULY_2024))
                    .expectEvents(new VisitScheduled(VISIT, END_OF_JULY, ALIYEV, PK, VisitKind.STATE, FIRST_DAY,
                            LAST_DAY, CITED, JULY_2024));
        }

        @Test
        void is_refused_when_certainly_scheduled_after_its_planned_start() {
            fixture.givenNoPriorActivity()
                    .when(scheduleIn(WrittenDate.parse("2024-08")))
                    .expectException(violates(VisitRule.SCHEDULED_AFTER_PLANNED_START));
        }

        @Test
        void may_be_cancelled_on_a_day_of_that_month() {
            fixture.givenCommands(scheduleIn(JULY_2024))
                    .when(new CancelVisit(VISIT, LocalDate.of(2024, 7, 2), "Postponed sine die", CITED))
                    .expectEvents(new VisitCancelled(VISIT, LocalDate.of(2024, 7, 2), "Postponed sine die", CITED));
        }

        @Test
        void is_not_cancelled_on_a_day_certainly_before_it() {
            fixture.givenCommands(scheduleIn(JULY_2024))
                    .when(new CancelVisit(VISIT, LocalDate.of(2024, 6, 30), "Postponed sine die", CITED))
                    .expectException(violates(VisitRule.DATED_BEFORE_LAST_CHANGE));
        }
    }

    @Nested
    class A_visit_whose_dates_prove_nothing {

        @Test
        void refuses_a_second_arrival_without_naming_a_day_no_source_gives() {
            WrittenDate about = WrittenDate.parse("2024~");
            fixture.givenCommands(scheduleStateVisit(), arrivalIn(about))
                    .when(arrival())
                    .expectException(violates(VisitRule.ALREADY_ARRIVED))
                    .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.endsWith("the guest already arrived."),
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("-999999999"))));
        }
    }

    @Nested
    class An_arrival_dated_by_its_month {

        @Test
        void is_taken_when_the_planned_days_lie_in_that_month() {
            fixture.givenCommands(scheduleStateVisit())
                    .when(arrivalIn(JULY_2024))
                    .expectEvents(new GuestArrived(VISIT, END_OF_JULY, AIRBASE, List.of(SHARIF), GRAND_WELCOME, CITED,
                            JULY_2024));
        }

        @Test
        void is_refused_when_certainly_outside_the_planned_days() {
            fixture.givenCommands(scheduleStateVisit())
                    .when(arrivalIn(JUNE_2024))
                    .expectException(violates(VisitRule.ARRIVAL_OUTSIDE_PLANNED_WINDOW));
        }

        @Test
        void lets_talks_on_a_day_of_that_month_follow_it() {
            fixture.givenCommands(scheduleStateVisit(), arrivalIn(JULY_2024))
                    .when(delegationTalks(FIRST_DAY))
                    .expectEvents(new TalksHeld(VISIT, FIRST_DAY, TalksFormat.DELEGATION_LEVEL,
                            delegationTalks(FIRST_DAY).participants(), delegationTalks(FIRST_DAY).topics(), CITED));
        }

        @Test
        void refuses_talks_certainly_before_it() {
            fixture.givenCommands(scheduleStateVisit(), arrivalIn(JULY_2024))
                    .when(delegationTalks(LocalDate.of(2024, 6, 30)))
                    .expectException(violates(VisitRule.STEP_BEFORE_ARRIVAL));
        }

        @Test
        void lets_an_approximate_departure_end_the_visit() {
            WrittenDate about = WrittenDate.parse("2024-07~");
            fixture.givenCommands(scheduleStateVisit(), arrival(), delegationTalks(LAST_DAY))
                    .when(new ConcludeVisit(VISIT, null, AIRBASE, CITED, about))
                    .expectEvents(new VisitConcluded(VISIT, END_OF_JULY, AIRBASE, CITED, about));
        }
    }

    @Nested
    class Steps_dated_in_part_within_the_visit {

        @Test
        void talks_of_the_visit_month_are_taken_after_an_arrival_on_a_day() {
            HoldTalks talks = new HoldTalks(VISIT, null, TalksFormat.ONE_ON_ONE, List.of(ALIYEV, SHARIF),
                    List.of(Sector.TRADE), CITED, JULY_2024);
            fixture.givenCommands(scheduleStateVisit(), arrival())
                    .when(talks)
                    .expectEvents(new TalksHeld(VISIT, END_OF_JULY, TalksFormat.ONE_ON_ONE, List.of(ALIYEV, SHARIF),
                            List.of(Sector.TRADE), CITED, JULY_2024));
        }

        @Test
        void a_departure_certainly_before_a_step_of_the_visit_is_refused() {
            HoldCeremony ceremony = new HoldCeremony(VISIT, null, CeremonyKind.WREATH_LAYING, "Wreath", "Islamabad",
                    CITED, null, WrittenDate.parse("2024-08"));
            fixture.givenCommands(scheduleStateVisit(), arrival(), ceremony)
                    .when(departure(LAST_DAY))
                    .expectException(violates(VisitRule.DEPARTURE_BEFORE_LAST_STEP));
        }

        @Test
        void a_departure_that_may_follow_every_step_is_taken() {
            HoldCeremony ceremony = new HoldCeremony(VISIT, null, CeremonyKind.WREATH_LAYING, "Wreath", "Islamabad",
                    CITED, null, JULY_2024);
            fixture.givenCommands(scheduleStateVisit(), arrival(), ceremony)
                    .when(departure(LAST_DAY))
                    .expectEvents(new VisitConcluded(VISIT, LAST_DAY, AIRBASE, CITED));
        }
    }
}
