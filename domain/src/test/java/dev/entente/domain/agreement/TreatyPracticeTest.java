package dev.entente.domain.agreement;

import static dev.entente.domain.fixtures.AgreementFixture.AZ_RATIFIED;
import static dev.entente.domain.fixtures.AgreementFixture.CONCLUDED;
import static dev.entente.domain.fixtures.AgreementFixture.PK_RATIFIED;
import static dev.entente.domain.fixtures.AgreementFixture.SIGNED;
import static dev.entente.domain.fixtures.AgreementFixture.TERM;
import static dev.entente.domain.fixtures.AgreementFixture.TREATY;
import static dev.entente.domain.fixtures.AgreementFixture.TREATY_IN_FORCE;
import static dev.entente.domain.fixtures.AgreementFixture.conclude;
import static dev.entente.domain.fixtures.AgreementFixture.ratify;
import static dev.entente.domain.fixtures.AgreementFixture.signBoth;
import static dev.entente.domain.fixtures.AgreementFixture.signBy;
import static dev.entente.domain.fixtures.AgreementFixture.treatyInForce;
import static dev.entente.domain.fixtures.AgreementFixture.treatySigned;
import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.Violations.violates;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.agreement.EntryIntoForceRule.ConsentStep;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Treaty practice beyond a rule fixed at conclusion (issue 9): notifications as their own step, rules counted from the
 * last or the nth notification or ratification, an entry into force the sources state beside the one a rule derives,
 * a rule not on record, terms that renew, binding as a property, and instruments that amend or supersede another.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TreatyPracticeTest {

    /** Enters into force 30 days after the last notification (an exchange of notifications). */
    private static final AgreementId TRADE = AgreementId.of("az-pk-trade-2024");
    /** Enters into force on the first day of the second month after the last notification. */
    private static final AgreementId INVESTMENT = AgreementId.of("az-pk-investment-2024");
    /** The sources do not say how it enters into force. */
    private static final AgreementId CULTURE = AgreementId.of("az-pk-culture-2024");
    private static final AgreementId DECLARATION = AgreementId.of("az-pk-declaration-2024");
    private static final AgreementId PROTOCOL = AgreementId.of("az-pk-trade-protocol-2025");
    private static final List<Source> STATED = List.of(Source.of("Agreement enters into force", "Official Gazette",
            LocalDate.of(2024, 12, 2)));
    private static final LocalDate AZ_NOTIFIED = LocalDate.of(2024, 9, 20);
    private static final LocalDate PK_NOTIFIED = LocalDate.of(2024, 10, 15);

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
    }

    private static NotifyAgreement notification(AgreementId id, Country party, LocalDate on) {
        return new NotifyAgreement(id, on, party, CITED);
    }

    private static ConcludeAgreement concludeWith(AgreementId id, EntryIntoForceRule rule) {
        return conclude(id, InstrumentKind.AGREEMENT, List.of(AZ, PK), rule, null, null);
    }

    private static List<Object> with(List<Object> given, Object... more) {
        List<Object> all = new ArrayList<>(given);
        all.addAll(List.of(more));
        return all;
    }

    private static AgreementEnteredIntoForce derived(AgreementId id, LocalDate on, LocalDate expires, String rule,
                                                     String inputs) {
        return new AgreementEnteredIntoForce(id, on, expires, CITED, false, rule, inputs);
    }

    private static AgreementState stateAfter(List<Object> commands) {
        AgreementState state = AgreementDecider.INSTANCE.initial();
        for (Object command : commands) {
            for (AgreementEvent event : AgreementDecider.INSTANCE.decide(state, (AgreementCommand) command)) {
                state = AgreementDecider.INSTANCE.evolve(state, event);
            }
        }
        return state;
    }

    @Nested
    class An_agreement_in_force_30_days_after_the_last_notification {

        private List<Object> signed() {
            return List.of(concludeWith(TRADE, EntryIntoForceRule.daysAfter(30, ConsentStep.NOTIFICATION, null)),
                    signBoth(TRADE, SIGNED));
        }

        @Test
        void records_a_partys_notification_as_its_own_step() {
            fixture.givenCommands(signed())
                    .when(notification(TRADE, AZ, AZ_NOTIFIED))
                    .expectEvents(new AgreementNotified(TRADE, AZ_NOTIFIED, AZ, CITED));
        }

        @Test
        void enters_into_force_30_days_after_the_last_notification_saying_so() {
            fixture.givenCommands(with(signed(), notification(TRADE, AZ, AZ_NOTIFIED)))
                    .when(notification(TRADE, PK, PK_NOTIFIED))
                    .expectEvents(new AgreementNotified(TRADE, PK_NOTIFIED, PK, CITED),
                            derived(TRADE, LocalDate.of(2024, 11, 14), null, "30 days after the last notification",
                                    "Pakistan's notification of 2024-10-15"));
        }

        @Test
        void does_not_enter_into_force_on_the_ratifications_alone() {
            fixture.givenCommands(with(signed(), ratify(TRADE, AZ, AZ_RATIFIED)))
                    .when(ratify(TRADE, PK, PK_RATIFIED))
                    .expectEvents(new AgreementRatified(TRADE, PK_RATIFIED, PK, ConsentKind.RATIFICATION, CITED));
        }

        @Test
        void an_exchange_of_notifications_is_one_notification_per_party_on_the_same_day() {
            fixture.givenCommands(with(signed(), notification(TRADE, AZ, PK_NOTIFIED)))
                    .when(notification(TRADE, PK, PK_NOTIFIED))
                    .expectEvents(new AgreementNotified(TRADE, PK_NOTIFIED, PK, CITED),
                            derived(TRADE, LocalDate.of(2024, 11, 14), null, "30 days after the last notification",
                                    "Pakistan's notification of 2024-10-15"));
        }

        @Test
        void a_party_cannot_notify_twice() {
            fixture.givenCommands(with(signed(), notification(TRADE, AZ, AZ_NOTIFIED)))
                    .when(notification(TRADE, AZ, PK_NOTIFIED))
                    .expectException(violates(AgreementRule.ALREADY_NOTIFIED_BY_PARTY));
        }

        @Test
        void a_party_cannot_notify_before_it_signed() {
            fixture.givenCommands(concludeWith(TRADE, EntryIntoForceRule.daysAfter(30, ConsentStep.NOTIFICATION, null)),
                            signBy(TRADE, AZ, SIGNED))
                    .when(notification(TRADE, PK, PK_NOTIFIED))
                    .expectException(violates(AgreementRule.NOTIFICATION_BEFORE_SIGNATURE));
        }
    }

    @Nested
    class An_agreement_in_force_on_the_first_day_of_the_second_month_after_the_last_notification {

        @Test
        void a_notification_on_15_october_puts_it_in_force_on_1_december() {
            fixture.givenCommands(
                            concludeWith(INVESTMENT, EntryIntoForceRule.firstDayOfMonthAfter(2, ConsentStep.NOTIFICATION,
                                    null)),
                            signBoth(INVESTMENT, SIGNED), notification(INVESTMENT, AZ, AZ_NOTIFIED))
                    .when(notification(INVESTMENT, PK, PK_NOTIFIED))
                    .expectEvents(new AgreementNotified(INVESTMENT, PK_NOTIFIED, PK, CITED),
                            derived(INVESTMENT, LocalDate.of(2024, 12, 1), null,
                                    "on the first day of the 2nd month after the last notification",
                                    "Pakistan's notification of 2024-10-15"));
        }

        @Test
        void counted_from_the_first_ratification_it_enters_into_force_before_the_second() {
            fixture.givenCommands(
                            concludeWith(INVESTMENT, EntryIntoForceRule.firstDayOfMonthAfter(1, ConsentStep.RATIFICATION,
                                    1)),
                            signBoth(INVESTMENT, SIGNED))
                    .when(ratify(INVESTMENT, AZ, AZ_RATIFIED))
                    .expectEvents(new AgreementRatified(INVESTMENT, AZ_RATIFIED, AZ, ConsentKind.RATIFICATION, CITED),
                            derived(INVESTMENT, LocalDate.of(2024, 11, 1), null,
                                    "on the first day of the 1st month after the 1st ratification",
                                    "Azerbaijan's ratification of 2024-10-01"));
        }

        @Test
        void a_rule_counting_more_steps_than_there_are_parties_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(concludeWith(INVESTMENT, EntryIntoForceRule.daysAfter(30, ConsentStep.RATIFICATION, 3)))
                    .expectException(violates(AgreementRule.ENTRY_INTO_FORCE_RULE_CANNOT_BE_MET));
        }
    }

    @Nested
    class An_agreement_whose_rule_is_not_on_record {

        private List<Object> signed() {
            return List.of(concludeWith(CULTURE, EntryIntoForceRule.notOnRecord()), signBoth(CULTURE, SIGNED));
        }

        @Test
        void takes_the_ratifications_the_sources_report_but_never_invents_an_entry_into_force() {
            fixture.givenCommands(with(signed(), notification(CULTURE, AZ, AZ_NOTIFIED), ratify(CULTURE, AZ, AZ_RATIFIED)))
                    .when(ratify(CULTURE, PK, PK_RATIFIED))
                    .expectEvents(new AgreementRatified(CULTURE, PK_RATIFIED, PK, ConsentKind.RATIFICATION, CITED));
            assertThat(stateAfter(with(signed(), ratify(CULTURE, AZ, AZ_RATIFIED), ratify(CULTURE, PK, PK_RATIFIED)))
                    .status()).isEqualTo(AgreementStatus.SIGNED);
        }

        @Test
        void enters_into_force_on_the_date_the_sources_state() {
            LocalDate stated = LocalDate.of(2024, 12, 1);
            fixture.givenCommands(signed())
                    .when(new RecordEntryIntoForce(CULTURE, stated, STATED))
                    .expectEvents(new AgreementEnteredIntoForce(CULTURE, stated, null, STATED, true, null, null));
        }

        @Test
        void an_observed_entry_into_force_does_not_refuse_the_ratifications_reported_before_it() {
            fixture.givenCommands(with(signed(), new RecordEntryIntoForce(CULTURE, LocalDate.of(2024, 12, 1), STATED)))
                    .when(ratify(CULTURE, AZ, AZ_RATIFIED))
                    .expectEvents(new AgreementRatified(CULTURE, AZ_RATIFIED, AZ, ConsentKind.RATIFICATION, CITED));
        }

        @Test
        void an_entry_into_force_is_recorded_once() {
            fixture.givenCommands(with(signed(), new RecordEntryIntoForce(CULTURE, LocalDate.of(2024, 12, 1), STATED)))
                    .when(new RecordEntryIntoForce(CULTURE, LocalDate.of(2024, 12, 2), STATED))
                    .expectException(violates(AgreementRule.ENTRY_INTO_FORCE_ALREADY_RECORDED));
        }

        @Test
        void an_entry_into_force_before_any_signature_is_refused() {
            fixture.givenCommands(concludeWith(CULTURE, EntryIntoForceRule.notOnRecord()), signBy(CULTURE, AZ, SIGNED))
                    .when(new RecordEntryIntoForce(CULTURE, SIGNED.minusDays(1), STATED))
                    .expectException(violates(AgreementRule.ENTRY_INTO_FORCE_BEFORE_SIGNATURE));
        }

        @Test
        void a_notification_is_refused_when_the_rule_is_on_signature() {
            fixture.givenCommands(concludeWith(CULTURE, EntryIntoForceRule.onSignature()), signBy(CULTURE, AZ, SIGNED))
                    .when(notification(CULTURE, AZ, AZ_NOTIFIED))
                    .expectException(violates(AgreementRule.NOTIFICATION_NOT_REQUIRED));
        }
    }

    @Nested
    class A_rule_and_an_observed_date_that_disagree {

        private final LocalDate stated = LocalDate.of(2024, 12, 1);

        @Test
        void keep_both_events_and_the_observed_date_is_the_one_in_force() {
            List<Object> history = with(treatySigned(), new RecordEntryIntoForce(TREATY, stated, STATED),
                    ratify(TREATY, AZ, AZ_RATIFIED));
            fixture.givenCommands(history)
                    .when(ratify(TREATY, PK, PK_RATIFIED))
                    .expectEvents(new AgreementRatified(TREATY, PK_RATIFIED, PK, ConsentKind.RATIFICATION, CITED),
                            derived(TREATY, TREATY_IN_FORCE, TREATY_IN_FORCE.plus(TERM),
                                    "30 days after the last ratification", "Pakistan's ratification of 2024-11-15"));

            AgreementState state = stateAfter(with(history, ratify(TREATY, PK, PK_RATIFIED)));
            assertThat(state.inForceFrom()).isEqualTo(stated);
            assertThat(state.expiresOn()).isEqualTo(stated.plus(TERM));
        }

        @Test
        void an_observed_date_recorded_after_the_derived_one_replaces_it() {
            fixture.givenCommands(treatyInForce())
                    .when(new RecordEntryIntoForce(TREATY, TREATY_IN_FORCE.plusDays(3), STATED))
                    .expectEvents(new AgreementEnteredIntoForce(TREATY, TREATY_IN_FORCE.plusDays(3),
                            TREATY_IN_FORCE.plusDays(3).plus(TERM), STATED, true, null, null));

            AgreementState state = stateAfter(with(treatyInForce(),
                    new RecordEntryIntoForce(TREATY, TREATY_IN_FORCE.plusDays(3), STATED)));
            assertThat(state.inForceFrom()).isEqualTo(TREATY_IN_FORCE.plusDays(3));
        }
    }

    @Nested
    class A_term_that_renews_automatically {

        private ConcludeAgreement concludeRenewing(Period renewal) {
            return new ConcludeAgreement(TRADE, CONCLUDED, "Trade agreement", InstrumentKind.AGREEMENT, List.of(AZ, PK),
                    List.of(Sector.TRADE), List.of(Area.of("textiles")), EntryIntoForceRule.onSignature(),
                    Period.ofYears(10), null, CITED, null, renewal, null, null);
        }

        @Test
        void puts_no_expiry_on_the_entry_into_force() {
            fixture.givenCommands(concludeRenewing(Period.ofYears(5)))
                    .when(signBoth(TRADE, SIGNED))
                    .expectEvents(new AgreementSigned(TRADE, SIGNED, "Prime Minister's House, Islamabad",
                                    signBoth(TRADE, SIGNED).signatures(), signBoth(TRADE, SIGNED).duringVisit(), CITED),
                            derived(TRADE, SIGNED, null, "on signature by all parties",
                                    "the last signature, on 2024-07-11"));
        }

        @Test
        void is_still_in_force_after_its_first_term_and_takes_later_steps() {
            LocalDate twelveYearsOn = SIGNED.plusYears(12);
            fixture.givenCommands(concludeRenewing(Period.ofYears(5)), signBoth(TRADE, SIGNED))
                    .when(new AmendAgreement(TRADE, twelveYearsOn, "textile quotas raised", CITED))
                    .expectEvents(new AgreementAmended(TRADE, twelveYearsOn, "textile quotas raised", CITED));
        }

        @Test
        void a_notice_of_non_renewal_ends_it_at_the_end_of_the_current_period() {
            LocalDate notice = LocalDate.of(2027, 5, 1);
            fixture.givenCommands(concludeRenewing(Period.ofYears(5)), signBoth(TRADE, SIGNED))
                    .when(new TerminateAgreement(TRADE, notice, TerminationGround.NON_RENEWAL, PK, null, null, CITED))
                    .expectEvents(new AgreementTerminated(TRADE, notice, SIGNED.plusYears(10),
                            TerminationGround.NON_RENEWAL, PK, null, CITED));
        }

        @Test
        void a_notice_too_late_for_the_current_period_ends_it_at_the_end_of_the_next() {
            LocalDate notice = SIGNED.plusYears(10).minusMonths(1);
            fixture.givenCommands(new ConcludeAgreement(TRADE, CONCLUDED, "Trade agreement", InstrumentKind.AGREEMENT,
                            List.of(AZ, PK), List.of(Sector.TRADE), List.of(), null, Period.ofYears(10),
                            Period.ofMonths(6), CITED, null, Period.ofYears(5), null, null), signBoth(TRADE, SIGNED))
                    .when(new TerminateAgreement(TRADE, notice, TerminationGround.NON_RENEWAL, AZ, null, null, CITED))
                    .expectEvents(new AgreementTerminated(TRADE, notice, SIGNED.plusYears(15),
                            TerminationGround.NON_RENEWAL, AZ, null, CITED));
        }

        @Test
        void an_agreement_that_does_not_renew_cannot_end_by_non_renewal() {
            fixture.givenCommands(treatyInForce())
                    .when(new TerminateAgreement(TREATY, LocalDate.of(2026, 1, 1), TerminationGround.NON_RENEWAL, PK,
                            null, null, CITED))
                    .expectException(violates(AgreementRule.NOT_RENEWING));
        }

        @Test
        void a_renewal_without_a_first_term_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new ConcludeAgreement(TRADE, CONCLUDED, "Trade agreement", InstrumentKind.AGREEMENT,
                            List.of(AZ, PK), List.of(Sector.TRADE), List.of(), null, null, null, CITED, null,
                            Period.ofYears(5), null, null))
                    .expectException(violates(AgreementRule.RENEWAL_WITHOUT_TERM));
        }
    }

    @Nested
    class Binding_as_a_property {

        private ConcludeAgreement declaration(Boolean binding) {
            return new ConcludeAgreement(DECLARATION, CONCLUDED, "Joint declaration", InstrumentKind.JOINT_DECLARATION,
                    List.of(AZ, PK), List.of(Sector.TRADE), List.of(), EntryIntoForceRule.onLastRatification(), null,
                    null, CITED, binding, null, null, null);
        }

        @Test
        void a_joint_declaration_stated_binding_is_ratified_and_enters_into_force() {
            fixture.givenCommands(declaration(true), signBoth(DECLARATION, SIGNED), ratify(DECLARATION, AZ, AZ_RATIFIED))
                    .when(ratify(DECLARATION, PK, PK_RATIFIED))
                    .expectEvents(new AgreementRatified(DECLARATION, PK_RATIFIED, PK, ConsentKind.RATIFICATION, CITED),
                            derived(DECLARATION, PK_RATIFIED, null, "on the last ratification",
                                    "Pakistan's ratification of 2024-11-15"));
        }

        @Test
        void a_joint_declaration_keeps_its_kinds_default_when_binding_is_not_stated() {
            fixture.givenNoPriorActivity()
                    .when(declaration(null))
                    .expectException(violates(AgreementRule.NON_BINDING_REQUIRES_RATIFICATION));
        }

        @Test
        void an_agreement_stated_not_binding_cannot_be_notified() {
            fixture.givenCommands(new ConcludeAgreement(TRADE, CONCLUDED, "Trade arrangement", InstrumentKind.AGREEMENT,
                            List.of(AZ, PK), List.of(Sector.TRADE), List.of(), EntryIntoForceRule.notOnRecord(), null,
                            null, CITED, false, null, null, null), signBoth(TRADE, SIGNED))
                    .when(notification(TRADE, AZ, AZ_NOTIFIED))
                    .expectException(violates(AgreementRule.NON_BINDING_CANNOT_BE_NOTIFIED));
        }
    }

    @Nested
    class An_amending_instrument {

        private ConcludeAgreement protocol(AgreementId amends, AgreementId supersedes) {
            return new ConcludeAgreement(PROTOCOL, CONCLUDED, "Protocol amending the trade agreement",
                    InstrumentKind.PROTOCOL, List.of(AZ, PK), List.of(Sector.TRADE), List.of(),
                    EntryIntoForceRule.onLastRatification(), null, null, CITED, null, null, amends, supersedes);
        }

        @Test
        void is_concluded_as_an_agreement_of_its_own_linked_to_the_one_it_amends() {
            fixture.givenNoPriorActivity()
                    .when(protocol(TRADE, null))
                    .expectEvents(new AgreementConcluded(PROTOCOL, CONCLUDED, "Protocol amending the trade agreement",
                            InstrumentKind.PROTOCOL, List.of(AZ, PK), List.of(Sector.TRADE), List.of(),
                            EntryIntoForceRule.onLastRatification(), null, null, CITED, null, null, TRADE, null));
        }

        @Test
        void cannot_amend_itself() {
            fixture.givenNoPriorActivity()
                    .when(protocol(PROTOCOL, null))
                    .expectException(violates(AgreementRule.LINKED_TO_ITSELF));
        }

        @Test
        void cannot_supersede_itself() {
            fixture.givenNoPriorActivity()
                    .when(protocol(null, PROTOCOL))
                    .expectException(violates(AgreementRule.LINKED_TO_ITSELF));
        }
    }
}
