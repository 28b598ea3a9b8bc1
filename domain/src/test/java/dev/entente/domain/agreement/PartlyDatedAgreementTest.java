package dev.entente.domain.agreement;

import static dev.entente.domain.fixtures.AgreementFixture.MOU;
import static dev.entente.domain.fixtures.AgreementFixture.SIGNED;
import static dev.entente.domain.fixtures.AgreementFixture.TERM;
import static dev.entente.domain.fixtures.AgreementFixture.TREATY;
import static dev.entente.domain.fixtures.AgreementFixture.concludeMou;
import static dev.entente.domain.fixtures.AgreementFixture.concludeTreaty;
import static dev.entente.domain.fixtures.AgreementFixture.conclude;
import static dev.entente.domain.fixtures.AgreementFixture.ratify;
import static dev.entente.domain.fixtures.AgreementFixture.signBoth;
import static dev.entente.domain.fixtures.AgreementFixture.signBy;
import static dev.entente.domain.fixtures.AgreementFixture.suspend;
import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.People.AZ_MINISTER;
import static dev.entente.domain.fixtures.People.PK_MINISTER;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.Violations.violates;
import static org.hamcrest.Matchers.containsString;

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

/** Agreement steps whose sources give the date only in part (issue 9 item 6, ADR 0023). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PartlyDatedAgreementTest {

    private static final WrittenDate JULY_2024 = WrittenDate.parse("2024-07");
    private static final LocalDate END_OF_JULY_2024 = LocalDate.of(2024, 7, 31);
    private static final AgreementId NOTIFIED = AgreementId.of("az-pk-notified-1995");

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
    }

    private static SignAgreement signBothIn(AgreementId id, WrittenDate written) {
        return SignAgreement.builder(id).written(written).place("Islamabad")
                .signatures(Signature.by(AZ_MINISTER), Signature.by(PK_MINISTER)).sources(CITED).build();
    }

    private static RatifyAgreement ratifyIn(AgreementId id, dev.entente.domain.shared.Country party, String written) {
        return new RatifyAgreement(id, null, party, ConsentKind.RATIFICATION, CITED, WrittenDate.parse(written));
    }

    @Nested
    class A_signature_dated_by_its_month {

        @Test
        void is_recorded_as_written_and_known_from_the_last_day_of_the_month() {
            fixture.givenCommands(concludeTreaty())
                    .when(signBothIn(TREATY, JULY_2024))
                    .expectEvents(new AgreementSigned(TREATY, END_OF_JULY_2024, "Islamabad",
                            List.of(Signature.by(AZ_MINISTER), Signature.by(PK_MINISTER)), null, CITED, JULY_2024));
        }

        @Test
        void puts_an_agreement_in_force_on_signature_in_that_month_with_its_term_ending_in_the_month_five_years_on() {
            fixture.givenCommands(concludeMou())
                    .when(signBothIn(MOU, JULY_2024))
                    .expectEvents(new AgreementSigned(MOU, END_OF_JULY_2024, "Islamabad",
                                    List.of(Signature.by(AZ_MINISTER), Signature.by(PK_MINISTER)), null, CITED,
                                    JULY_2024),
                            new AgreementEnteredIntoForce(MOU, END_OF_JULY_2024, LocalDate.of(2029, 7, 31), CITED,
                                    false, "on signature by all parties", "the last signature, on 2024-07", JULY_2024,
                                    WrittenDate.parse("2029-07")));
        }

        @Test
        void written_as_an_exact_day_is_recorded_exactly_as_before() {
            fixture.givenCommands(concludeMou())
                    .when(signBothIn(MOU, WrittenDate.day(SIGNED)))
                    .expectEvents(signBothEvent(MOU, SIGNED),
                            new AgreementEnteredIntoForce(MOU, SIGNED, SIGNED.plus(TERM), CITED, false,
                                    "on signature by all parties", "the last signature, on " + SIGNED));
        }

        @Test
        void does_not_refuse_a_later_step_on_a_day_within_that_month() {
            fixture.givenCommands(concludeMou(), signBothIn(MOU, JULY_2024))
                    .when(suspend(MOU, LocalDate.of(2024, 7, 15)))
                    .expectEvents(new AgreementSuspended(MOU, LocalDate.of(2024, 7, 15), "Dispute over implementation",
                            CITED));
        }

        @Test
        void refuses_a_later_step_certainly_before_a_step_dated_by_its_month() {
            fixture.givenCommands(concludeMou(), signBoth(MOU, SIGNED),
                            new SuspendAgreement(MOU, null, "Dispute", CITED, WrittenDate.parse("2024-09")))
                    .when(new ResumeAgreement(MOU, LocalDate.of(2024, 8, 31), CITED))
                    .expectException(violates(AgreementRule.DATE_BEFORE_PREVIOUS_STEP))
                    .expectExceptionMessage(containsString("history already reaches 2024-09-01"));
        }

        @Test
        void takes_a_later_step_that_may_follow_a_step_dated_by_its_month() {
            fixture.givenCommands(concludeMou(), signBoth(MOU, SIGNED),
                            new SuspendAgreement(MOU, null, "Dispute", CITED, WrittenDate.parse("2024-09")))
                    .when(new ResumeAgreement(MOU, LocalDate.of(2024, 9, 1), CITED))
                    .expectEvents(new AgreementResumed(MOU, LocalDate.of(2024, 9, 1), CITED));
        }

        @Test
        void takes_a_step_in_the_same_month_written_only_by_month() {
            fixture.givenCommands(concludeMou(), signBothIn(MOU, JULY_2024))
                    .when(new SuspendAgreement(MOU, null, "Dispute", CITED, JULY_2024))
                    .expectEvents(new AgreementSuspended(MOU, END_OF_JULY_2024, "Dispute", CITED, JULY_2024));
        }

        @Test
        void refuses_no_step_after_an_approximate_signature() {
            WrittenDate about2025 = WrittenDate.parse("2025~");
            fixture.givenCommands(concludeMou(), signBothIn(MOU, about2025))
                    .when(suspend(MOU, LocalDate.of(2024, 8, 1)))
                    .expectEvents(new AgreementSuspended(MOU, LocalDate.of(2024, 8, 1), "Dispute over implementation",
                            CITED));
        }

        @Test
        void refuses_a_step_certainly_after_the_expiry_it_derives() {
            fixture.givenCommands(concludeMou(), signBothIn(MOU, JULY_2024))
                    .when(suspend(MOU, LocalDate.of(2029, 8, 1)))
                    .expectException(violates(AgreementRule.EXPIRED));
        }

        @Test
        void takes_a_step_that_may_precede_the_expiry_it_derives() {
            fixture.givenCommands(concludeMou(), signBothIn(MOU, JULY_2024))
                    .when(suspend(MOU, LocalDate.of(2029, 7, 15)))
                    .expectEvents(new AgreementSuspended(MOU, LocalDate.of(2029, 7, 15), "Dispute over implementation",
                            CITED));
        }
    }

    @Nested
    class An_entry_into_force_counted_from_a_partly_dated_step {

        @Test
        void thirty_days_after_a_ratification_dated_by_its_month_is_on_or_before_the_last_day_it_can_fall_on() {
            fixture.givenCommands(concludeTreaty(), signBoth(TREATY, SIGNED), ratify(TREATY, AZ, LocalDate.of(2024, 10, 1)))
                    .when(ratifyIn(TREATY, PK, "2024-11"))
                    .expectEvents(new AgreementRatified(TREATY, LocalDate.of(2024, 11, 30), PK,
                                    ConsentKind.RATIFICATION, CITED, WrittenDate.parse("2024-11")),
                            new AgreementEnteredIntoForce(TREATY, LocalDate.of(2024, 12, 30),
                                    LocalDate.of(2029, 12, 30), CITED, false, "30 days after the last ratification",
                                    "Pakistan's ratification of 2024-11", WrittenDate.parse("[..2024-12-30]"),
                                    WrittenDate.parse("[..2029-12-30]")));
        }

        @Test
        void is_not_derived_from_an_approximate_ratification_whose_result_no_date_can_write() {
            fixture.givenCommands(concludeTreaty(), signBoth(TREATY, SIGNED), ratify(TREATY, AZ, LocalDate.of(2024, 10, 1)))
                    .when(ratifyIn(TREATY, PK, "2025~"))
                    .expectEvents(new AgreementRatified(TREATY, LocalDate.of(2025, 12, 31), PK,
                            ConsentKind.RATIFICATION, CITED, WrittenDate.parse("2025~")));
        }

        @Test
        void the_first_day_of_the_second_month_after_a_notification_of_march_is_exactly_the_first_of_may() {
            ConcludeAgreement concluded = new ConcludeAgreement(NOTIFIED, LocalDate.of(1995, 1, 10), "Notified",
                    InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(dev.entente.domain.shared.Sector.TRADE),
                    List.of(), EntryIntoForceRule.firstDayOfMonthAfter(2, EntryIntoForceRule.ConsentStep.NOTIFICATION,
                    null), null, null, CITED);
            fixture.givenCommands(concluded, signBoth(NOTIFIED, LocalDate.of(1995, 1, 10)),
                            new NotifyAgreement(NOTIFIED, LocalDate.of(1995, 2, 1), AZ, CITED))
                    .when(new NotifyAgreement(NOTIFIED, null, PK, CITED, WrittenDate.parse("1995-03")))
                    .expectEvents(new AgreementNotified(NOTIFIED, LocalDate.of(1995, 3, 31), PK, CITED,
                                    WrittenDate.parse("1995-03")),
                            new AgreementEnteredIntoForce(NOTIFIED, LocalDate.of(1995, 5, 1), null, CITED, false,
                                    "on the first day of the 2nd month after the last notification",
                                    "Pakistan's notification of 1995-03"));
        }

        @Test
        void on_a_fixed_date_after_a_signature_of_that_year_is_not_certain_and_so_on_or_before_the_year_end() {
            LocalDate fixed = LocalDate.of(2024, 9, 1);
            fixture.givenCommands(conclude(TREATY, InstrumentKind.AGREEMENT, List.of(AZ, PK),
                            EntryIntoForceRule.onFixedDate(fixed), null, null))
                    .when(signBothIn(TREATY, WrittenDate.parse("2024")))
                    .expectEvents(new AgreementSigned(TREATY, LocalDate.of(2024, 12, 31), "Islamabad",
                                    List.of(Signature.by(AZ_MINISTER), Signature.by(PK_MINISTER)), null, CITED,
                                    WrittenDate.parse("2024")),
                            new AgreementEnteredIntoForce(TREATY, LocalDate.of(2024, 12, 31), null, CITED, false,
                                    "on " + fixed, "the last signature, on 2024", WrittenDate.parse("[..2024]"), null));
        }
    }

    @Nested
    class An_entry_into_force_the_sources_date_in_part {

        @Test
        void may_fall_in_the_month_of_the_first_signature() {
            fixture.givenCommands(concludeTreaty(), signBoth(TREATY, SIGNED))
                    .when(new RecordEntryIntoForce(TREATY, null, CITED, JULY_2024))
                    .expectEvents(new AgreementEnteredIntoForce(TREATY, END_OF_JULY_2024, LocalDate.of(2029, 7, 31),
                            CITED, true, null, null, JULY_2024, WrittenDate.parse("2029-07")));
        }

        @Test
        void is_refused_when_certainly_before_the_first_signature() {
            fixture.givenCommands(concludeTreaty(), signBoth(TREATY, SIGNED))
                    .when(new RecordEntryIntoForce(TREATY, null, CITED, WrittenDate.parse("2024-06")))
                    .expectException(violates(AgreementRule.ENTRY_INTO_FORCE_BEFORE_SIGNATURE))
                    .expectExceptionMessage(containsString("cannot enter into force on 2024-06"));
        }

        @Test
        void on_a_day_is_taken_within_the_month_of_a_signature_dated_by_its_month() {
            fixture.givenCommands(concludeTreaty(), signBy(TREATY, AZ, LocalDate.of(2024, 7, 20)),
                            new SignAgreement(TREATY, null, "Baku", List.of(Signature.by(PK_MINISTER)), null, CITED,
                                    JULY_2024))
                    .when(new RecordEntryIntoForce(TREATY, LocalDate.of(2024, 7, 5), CITED))
                    .expectEvents(new AgreementEnteredIntoForce(TREATY, LocalDate.of(2024, 7, 5),
                            LocalDate.of(2029, 7, 5), CITED, true, null, null));
        }

        @Test
        void on_a_day_certainly_before_every_signature_is_refused() {
            fixture.givenCommands(concludeTreaty(), signBy(TREATY, AZ, LocalDate.of(2024, 7, 20)),
                            new SignAgreement(TREATY, null, "Baku", List.of(Signature.by(PK_MINISTER)), null, CITED,
                                    JULY_2024))
                    .when(new RecordEntryIntoForce(TREATY, LocalDate.of(2024, 6, 30), CITED))
                    .expectException(violates(AgreementRule.ENTRY_INTO_FORCE_BEFORE_SIGNATURE));
        }
    }

    @Nested
    class A_termination_given_in_part {

        @Test
        void refuses_an_effect_certainly_before_the_decision() {
            fixture.givenCommands(concludeMou(), signBoth(MOU, SIGNED))
                    .when(new TerminateAgreement(MOU, null, TerminationGround.MUTUAL_CONSENT, null, null,
                            LocalDate.of(2025, 2, 28), CITED, WrittenDate.parse("2025-03")))
                    .expectException(violates(AgreementRule.TERMINATION_EFFECTIVE_BEFORE_DECISION));
        }

        @Test
        void takes_an_effect_that_may_follow_the_decision() {
            fixture.givenCommands(concludeMou(), signBoth(MOU, SIGNED))
                    .when(new TerminateAgreement(MOU, null, TerminationGround.MUTUAL_CONSENT, null, null,
                            LocalDate.of(2025, 3, 10), CITED, WrittenDate.parse("2025-03")))
                    .expectEvents(new AgreementTerminated(MOU, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 10),
                            TerminationGround.MUTUAL_CONSENT, null, null, CITED, WrittenDate.parse("2025-03")));
        }
    }

    @Nested
    class A_notice_of_non_renewal_given_in_part {

        private final AgreementId renewing = AgreementId.of("az-pk-renewing-trade-2024");
        private final WrittenDate in2034 = WrittenDate.parse("2034");

        private List<Object> renewingInForce() {
            return List.of(new ConcludeAgreement(renewing, SIGNED, "Trade agreement", InstrumentKind.AGREEMENT,
                    List.of(AZ, PK), List.of(dev.entente.domain.shared.Sector.TRADE), List.of(), null,
                    java.time.Period.ofYears(10), java.time.Period.ofMonths(6), CITED, null, java.time.Period.ofYears(5),
                    null, null), signBoth(renewing, SIGNED));
        }

        @Test
        void takes_the_end_of_the_current_period_when_the_notice_may_have_come_in_time() {
            fixture.givenCommands(renewingInForce())
                    .when(new TerminateAgreement(renewing, null, TerminationGround.NON_RENEWAL, PK, null,
                            SIGNED.plusYears(10), CITED, in2034))
                    .expectEvents(new AgreementTerminated(renewing, LocalDate.of(2034, 12, 31), SIGNED.plusYears(10),
                            TerminationGround.NON_RENEWAL, PK, null, CITED, in2034));
        }

        @Test
        void refuses_an_end_before_any_period_the_notice_can_reach() {
            fixture.givenCommands(renewingInForce())
                    .when(new TerminateAgreement(renewing, null, TerminationGround.NON_RENEWAL, PK, null,
                            SIGNED.plusYears(10).minusDays(1), CITED, in2034))
                    .expectException(violates(AgreementRule.DENUNCIATION_NOTICE_TOO_SHORT));
        }

        @Test
        void without_an_end_stated_ends_it_by_the_period_its_last_possible_day_reaches() {
            fixture.givenCommands(renewingInForce())
                    .when(new TerminateAgreement(renewing, null, TerminationGround.NON_RENEWAL, PK, null, null, CITED,
                            in2034))
                    .expectEvents(new AgreementTerminated(renewing, LocalDate.of(2034, 12, 31), SIGNED.plusYears(15),
                            TerminationGround.NON_RENEWAL, PK, null, CITED, in2034));
        }
    }

    private static AgreementSigned signBothEvent(AgreementId id, LocalDate on) {
        SignAgreement command = signBothIn(id, WrittenDate.day(on));
        return new AgreementSigned(id, on, command.place(), command.signatures(), null, CITED);
    }
}
