package dev.entente.domain.agreement;

import static dev.entente.domain.fixtures.AgreementFixture.AZ_RATIFIED;
import static dev.entente.domain.fixtures.AgreementFixture.CONCLUDED;
import static dev.entente.domain.fixtures.AgreementFixture.MOU;
import static dev.entente.domain.fixtures.AgreementFixture.PK_RATIFIED;
import static dev.entente.domain.fixtures.AgreementFixture.SIGNED;
import static dev.entente.domain.fixtures.AgreementFixture.TERM;
import static dev.entente.domain.fixtures.AgreementFixture.TREATY;
import static dev.entente.domain.fixtures.AgreementFixture.TREATY_IN_FORCE;
import static dev.entente.domain.fixtures.AgreementFixture.applyProvisionally;
import static dev.entente.domain.fixtures.AgreementFixture.conclude;
import static dev.entente.domain.fixtures.AgreementFixture.concludeMou;
import static dev.entente.domain.fixtures.AgreementFixture.concludeTreaty;
import static dev.entente.domain.fixtures.AgreementFixture.mouConcluded;
import static dev.entente.domain.fixtures.AgreementFixture.mouInForce;
import static dev.entente.domain.fixtures.AgreementFixture.ratify;
import static dev.entente.domain.fixtures.AgreementFixture.signBoth;
import static dev.entente.domain.fixtures.AgreementFixture.signBy;
import static dev.entente.domain.fixtures.AgreementFixture.suspend;
import static dev.entente.domain.fixtures.AgreementFixture.terminateByConsent;
import static dev.entente.domain.fixtures.AgreementFixture.treatyConcluded;
import static dev.entente.domain.fixtures.AgreementFixture.treatyInForce;
import static dev.entente.domain.fixtures.AgreementFixture.treatyProvisionallyApplied;
import static dev.entente.domain.fixtures.AgreementFixture.treatyRatifiedByAzerbaijan;
import static dev.entente.domain.fixtures.AgreementFixture.treatySigned;
import static dev.entente.domain.fixtures.AgreementFixture.treatySuspended;
import static dev.entente.domain.fixtures.AgreementFixture.treatyTerminated;
import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.FR;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.AZ_MINISTER;
import static dev.entente.domain.fixtures.People.PK_MINISTER;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.Violations.violates;
import static org.hamcrest.Matchers.containsString;

import dev.entente.domain.fixtures.VisitFixture;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Office;
import dev.entente.domain.shared.Sector;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AgreementTest {

    /** A binding agreement in force on signature, with a six-month denunciation notice and no term. */
    private static final AgreementId AIR_SERVICES = AgreementId.of("az-pk-air-services-2024");
    /** A binding agreement in force on a fixed date, once signed by both. */
    private static final AgreementId VISAS = AgreementId.of("az-pk-visa-facilitation-2024");
    private static final LocalDate VISAS_IN_FORCE = LocalDate.of(2024, 9, 1);
    /** A protocol in force on the day of the last ratification, with no term. */
    private static final AgreementId PROTOCOL = AgreementId.of("az-pk-protocol-on-consultations-2024");
    /** A three-party agreement in force on signature. */
    private static final AgreementId TRILATERAL = AgreementId.of("az-pk-tr-trilateral-2024");
    /** The agreement that supersedes the treaty. */
    private static final AgreementId SUCCESSOR = AgreementId.of("az-pk-free-trade-2027");

    private static final Dignitary FIDAN = new Dignitary("Hakan Fidan", Office.FOREIGN_MINISTER, TR);
    private static final Dignitary FR_MINISTER = new Dignitary("Minister of France", Office.FOREIGN_MINISTER, FR);

    private static final LocalDate TREATY_EXPIRES = TREATY_IN_FORCE.plus(TERM);
    private static final LocalDate MOU_EXPIRES = SIGNED.plus(TERM);
    private static final LocalDate PROVISIONALLY_APPLIED = LocalDate.of(2024, 8, 1);
    private static final LocalDate SUSPENDED = LocalDate.of(2025, 3, 1);
    private static final LocalDate TERMINATED = LocalDate.of(2026, 1, 1);
    private static final LocalDate LATER = LocalDate.of(2025, 6, 2);
    private static final String UN_NUMBER = "I-58123";

    private FixtureConfiguration<Agreement> fixture;

    /** The entry into force the agreement's rule derives, as it records it: the rule, the step, its sources. */
    static AgreementEnteredIntoForce derived(AgreementId id, LocalDate on, LocalDate expires, String rule,
                                             String inputs) {
        return new AgreementEnteredIntoForce(id, on, expires, CITED, false, rule, inputs);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
    }

    @Nested
    class An_agreement_yet_to_be_concluded {

        @Test
        void concludes_a_treaty_entering_into_force_30_days_after_the_last_ratification() {
            fixture.givenNoPriorActivity()
                    .when(concludeTreaty())
                    .expectEvents(new AgreementConcluded(TREATY, CONCLUDED, "Agreement az-pk-preferential-trade-2024",
                            InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.TRADE),
                            List.of(Area.of("agriculture"), Area.of("textiles")),
                            EntryIntoForceRule.daysAfterLastRatification(30), TERM, null, CITED));
        }

        @Test
        void concludes_a_memorandum_in_effect_on_signature_by_default() {
            fixture.givenNoPriorActivity()
                    .when(concludeMou())
                    .expectEvents(new AgreementConcluded(MOU, CONCLUDED, "Agreement az-pk-mou-energy-2024",
                            InstrumentKind.MEMORANDUM_OF_UNDERSTANDING, List.of(AZ, PK), List.of(Sector.TRADE),
                            List.of(Area.of("agriculture"), Area.of("textiles")),
                            EntryIntoForceRule.onSignature(), TERM, null, CITED));
        }

        @Test
        void concludes_an_agreement_entering_into_force_on_a_fixed_date() {
            fixture.givenNoPriorActivity()
                    .when(concludeVisas())
                    .expectEvents(new AgreementConcluded(VISAS, CONCLUDED, "Agreement az-pk-visa-facilitation-2024",
                            InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.TRADE),
                            List.of(Area.of("agriculture"), Area.of("textiles")),
                            EntryIntoForceRule.onFixedDate(VISAS_IN_FORCE), TERM, null, CITED));
        }

        @Test
        void concludes_an_agreement_entering_into_force_on_the_day_it_is_concluded() {
            fixture.givenNoPriorActivity()
                    .when(conclude(VISAS, InstrumentKind.AGREEMENT, List.of(AZ, PK),
                            EntryIntoForceRule.onFixedDate(CONCLUDED), null, null))
                    .expectEvents(new AgreementConcluded(VISAS, CONCLUDED, "Agreement az-pk-visa-facilitation-2024",
                            InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.TRADE),
                            List.of(Area.of("agriculture"), Area.of("textiles")),
                            EntryIntoForceRule.onFixedDate(CONCLUDED), null, null, CITED));
        }

        @Test
        void concludes_a_protocol_entering_into_force_on_the_last_ratification() {
            fixture.givenNoPriorActivity()
                    .when(concludeProtocol())
                    .expectEvents(new AgreementConcluded(PROTOCOL, CONCLUDED,
                            "Agreement az-pk-protocol-on-consultations-2024", InstrumentKind.PROTOCOL, List.of(AZ, PK),
                            List.of(Sector.TRADE), List.of(Area.of("agriculture"), Area.of("textiles")),
                            EntryIntoForceRule.onLastRatification(), null, null, CITED));
        }

        @Test
        void concludes_a_binding_agreement_in_force_on_signature_with_a_notice_period() {
            fixture.givenNoPriorActivity()
                    .when(concludeAirServices())
                    .expectEvents(new AgreementConcluded(AIR_SERVICES, CONCLUDED, "Agreement az-pk-air-services-2024",
                            InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.TRADE),
                            List.of(Area.of("agriculture"), Area.of("textiles")),
                            EntryIntoForceRule.onSignature(), null, Period.ofMonths(6), CITED));
        }

        @Test
        void concludes_an_agreement_between_three_parties() {
            fixture.givenNoPriorActivity()
                    .when(concludeTrilateral())
                    .expectEvents(new AgreementConcluded(TRILATERAL, CONCLUDED, "Agreement az-pk-tr-trilateral-2024",
                            InstrumentKind.AGREEMENT, List.of(AZ, PK, TR), List.of(Sector.TRADE),
                            List.of(Area.of("agriculture"), Area.of("textiles")),
                            EntryIntoForceRule.onSignature(), null, null, CITED));
        }

        @Test
        void refuses_an_agreement_with_a_single_party() {
            fixture.givenNoPriorActivity()
                    .when(conclude(TREATY, InstrumentKind.AGREEMENT, List.of(AZ), null, TERM, null))
                    .expectException(violates(AgreementRule.TOO_FEW_PARTIES));
        }

        @Test
        void refuses_an_agreement_with_no_party_at_all() {
            fixture.givenNoPriorActivity()
                    .when(conclude(TREATY, InstrumentKind.AGREEMENT, List.of(), null, TERM, null))
                    .expectException(violates(AgreementRule.TOO_FEW_PARTIES));
        }

        @Test
        void refuses_an_agreement_covering_no_sector() {
            fixture.givenNoPriorActivity()
                    .when(new ConcludeAgreement(TREATY, CONCLUDED, "Agreement on nothing", InstrumentKind.AGREEMENT,
                            List.of(AZ, PK), List.of(), List.of(), null, TERM, null, CITED))
                    .expectException(violates(AgreementRule.WITHOUT_SECTOR));
        }

        @Test
        void refuses_a_memorandum_entering_into_force_after_ratification() {
            fixture.givenNoPriorActivity()
                    .when(conclude(MOU, InstrumentKind.MEMORANDUM_OF_UNDERSTANDING, List.of(AZ, PK),
                            EntryIntoForceRule.daysAfterLastRatification(30), TERM, null))
                    .expectException(violates(AgreementRule.NON_BINDING_REQUIRES_RATIFICATION));
        }

        @Test
        void refuses_a_joint_declaration_entering_into_force_on_the_last_ratification() {
            fixture.givenNoPriorActivity()
                    .when(conclude(MOU, InstrumentKind.JOINT_DECLARATION, List.of(AZ, PK),
                            EntryIntoForceRule.onLastRatification(), null, null))
                    .expectException(violates(AgreementRule.NON_BINDING_REQUIRES_RATIFICATION));
        }

        @Test
        void refuses_a_term_of_zero() {
            fixture.givenNoPriorActivity()
                    .when(conclude(TREATY, InstrumentKind.AGREEMENT, List.of(AZ, PK), null, Period.ZERO, null))
                    .expectException(violates(AgreementRule.PERIOD_NOT_POSITIVE));
        }

        @Test
        void refuses_a_negative_term() {
            fixture.givenNoPriorActivity()
                    .when(conclude(TREATY, InstrumentKind.AGREEMENT, List.of(AZ, PK), null, Period.ofYears(-5), null))
                    .expectException(violates(AgreementRule.PERIOD_NOT_POSITIVE));
        }

        @Test
        void refuses_a_denunciation_notice_of_zero() {
            fixture.givenNoPriorActivity()
                    .when(conclude(TREATY, InstrumentKind.AGREEMENT, List.of(AZ, PK), null, TERM, Period.ZERO))
                    .expectException(violates(AgreementRule.PERIOD_NOT_POSITIVE));
        }

        @Test
        void refuses_a_negative_denunciation_notice() {
            fixture.givenNoPriorActivity()
                    .when(conclude(TREATY, InstrumentKind.AGREEMENT, List.of(AZ, PK), null, TERM, Period.ofMonths(-6)))
                    .expectException(violates(AgreementRule.PERIOD_NOT_POSITIVE));
        }

        @Test
        void refuses_entry_into_force_zero_days_after_the_last_ratification() {
            fixture.givenNoPriorActivity()
                    .when(conclude(TREATY, InstrumentKind.AGREEMENT, List.of(AZ, PK),
                            EntryIntoForceRule.daysAfterLastRatification(0), TERM, null))
                    .expectException(violates(AgreementRule.PERIOD_NOT_POSITIVE));
        }

        @Test
        void refuses_entry_into_force_a_negative_number_of_days_after_the_last_ratification() {
            fixture.givenNoPriorActivity()
                    .when(conclude(TREATY, InstrumentKind.AGREEMENT, List.of(AZ, PK),
                            EntryIntoForceRule.daysAfterLastRatification(-30), TERM, null))
                    .expectException(violates(AgreementRule.PERIOD_NOT_POSITIVE));
        }

        @Test
        void refuses_a_fixed_date_of_entry_into_force_before_the_conclusion() {
            fixture.givenNoPriorActivity()
                    .when(conclude(VISAS, InstrumentKind.AGREEMENT, List.of(AZ, PK),
                            EntryIntoForceRule.onFixedDate(CONCLUDED.minusDays(1)), TERM, null))
                    .expectException(violates(AgreementRule.ENTRY_INTO_FORCE_BEFORE_CONCLUSION));
        }
    }

    /** Every command but the one that concludes an agreement, sent to an id never concluded. */
    static List<AgreementCommand> everyCommandToAnAgreementNeverConcluded() {
        return List.of(signBoth(TREATY, SIGNED), ratify(TREATY, AZ, AZ_RATIFIED), applyProvisionally(TREATY, SIGNED),
                new AmendAgreement(TREATY, LATER, "Annex II replaced", CITED), suspend(TREATY, SUSPENDED),
                new ResumeAgreement(TREATY, LATER, CITED), terminateByConsent(TREATY, TERMINATED),
                new RegisterAgreement(TREATY, LATER, UN_NUMBER, CITED));
    }

    @ParameterizedTest
    @MethodSource("everyCommandToAnAgreementNeverConcluded")
    void refuses_any_step_of_an_agreement_that_was_never_concluded(AgreementCommand command) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(violates(AgreementRule.UNKNOWN))
                .expectExceptionMessage(containsString("Agreement " + TREATY + " is unknown"))
                .expectNoEvents();
    }

    @Nested
    class A_concluded_treaty {

        @Test
        void cannot_be_concluded_a_second_time_under_its_id() {
            fixture.givenCommands(treatyConcluded())
                    .when(concludeTreaty())
                    .expectException(violates(AgreementRule.ALREADY_CONCLUDED))
                    .expectExceptionMessage(containsString("Agreement " + TREATY + " cannot be concluded on "
                            + CONCLUDED + ": it was already concluded on " + CONCLUDED))
                    .expectNoEvents();
        }

        @Test
        void is_signed_by_one_party_without_entering_into_force() {
            fixture.givenCommands(treatyConcluded())
                    .when(signBy(TREATY, AZ, SIGNED))
                    .expectEvents(new AgreementSigned(TREATY, SIGNED, "Islamabad", List.of(Signature.by(AZ_MINISTER)),
                            null, CITED));
        }

        @Test
        void is_signed_by_both_in_one_ceremony_but_awaits_ratification() {
            fixture.givenCommands(treatyConcluded())
                    .when(signBoth(TREATY, SIGNED))
                    .expectEvents(new AgreementSigned(TREATY, SIGNED, "Prime Minister's House, Islamabad",
                            List.of(Signature.by(AZ_MINISTER), Signature.by(PK_MINISTER)), VisitFixture.VISIT, CITED));
        }

        @Test
        void is_signed_on_the_day_it_was_concluded() {
            fixture.givenCommands(treatyConcluded())
                    .when(signBy(TREATY, PK, CONCLUDED))
                    .expectEvents(new AgreementSigned(TREATY, CONCLUDED, "Islamabad", List.of(Signature.by(PK_MINISTER)),
                            null, CITED));
        }

        @Test
        void refuses_a_signature_for_a_country_that_is_not_a_party() {
            fixture.givenCommands(treatyConcluded())
                    .when(sign(TREATY, SIGNED, Signature.by(AZ_MINISTER), Signature.by(FIDAN)))
                    .expectException(violates(AgreementRule.NOT_A_PARTY));
        }

        @Test
        void refuses_a_signature_for_a_party_by_a_dignitary_of_another_country() {
            fixture.givenCommands(treatyConcluded())
                    .when(sign(TREATY, SIGNED, Signature.by(AZ_MINISTER), new Signature(AZ_MINISTER, PK)))
                    .expectException(violates(AgreementRule.SIGNATORY_OF_ANOTHER_COUNTRY));
        }

        @Test
        void refuses_two_signatures_for_the_same_party_in_one_ceremony() {
            fixture.givenCommands(treatyConcluded())
                    .when(sign(TREATY, SIGNED, Signature.by(AZ_MINISTER), Signature.by(ALIYEV)))
                    .expectException(violates(AgreementRule.ALREADY_SIGNED_BY_PARTY));
        }

        @Test
        void refuses_a_signature_dated_before_the_conclusion() {
            fixture.givenCommands(treatyConcluded())
                    .when(signBoth(TREATY, CONCLUDED.minusDays(1)))
                    .expectException(violates(AgreementRule.DATE_BEFORE_PREVIOUS_STEP));
        }

        @Test
        void refuses_a_ratification_by_a_party_that_has_not_signed() {
            fixture.givenCommands(treatyConcluded())
                    .when(ratify(TREATY, AZ, AZ_RATIFIED))
                    .expectException(violates(AgreementRule.RATIFICATION_BEFORE_SIGNATURE));
        }

        @Test
        void refuses_a_ratification_by_a_country_that_is_not_a_party() {
            fixture.givenCommands(treatyConcluded())
                    .when(ratify(TREATY, TR, AZ_RATIFIED))
                    .expectException(violates(AgreementRule.NOT_A_PARTY));
        }

        @Test
        void refuses_provisional_application_before_any_signature() {
            fixture.givenCommands(treatyConcluded())
                    .when(applyProvisionally(TREATY, PROVISIONALLY_APPLIED))
                    .expectException(violates(AgreementRule.PROVISIONAL_APPLICATION_BEFORE_SIGNATURE));
        }

        @Test
        void cannot_be_amended() {
            fixture.givenCommands(treatyConcluded())
                    .when(amend(TREATY, LATER))
                    .expectException(violates(AgreementRule.NOT_IN_FORCE));
        }

        @Test
        void cannot_be_suspended() {
            fixture.givenCommands(treatyConcluded())
                    .when(suspend(TREATY, LATER))
                    .expectException(violates(AgreementRule.NOT_IN_FORCE));
        }

        @Test
        void cannot_be_terminated() {
            fixture.givenCommands(treatyConcluded())
                    .when(terminateByConsent(TREATY, LATER))
                    .expectException(violates(AgreementRule.NOT_IN_FORCE));
        }

        @Test
        void cannot_resume_as_it_was_never_suspended() {
            fixture.givenCommands(treatyConcluded())
                    .when(resume(TREATY, LATER))
                    .expectException(violates(AgreementRule.NOT_SUSPENDED));
        }

        @Test
        void cannot_be_registered() {
            fixture.givenCommands(treatyConcluded())
                    .when(register(TREATY, LATER))
                    .expectException(violates(AgreementRule.REGISTRATION_BEFORE_ENTRY_INTO_FORCE));
        }
    }

    @Nested
    class A_treaty_signed_by_one_party {

        private List<Object> signedByAzerbaijan() {
            return List.of(concludeTreaty(), signBy(TREATY, AZ, SIGNED));
        }

        @Test
        void is_signed_by_the_other_party_in_a_later_ceremony() {
            LocalDate later = SIGNED.plusDays(20);
            fixture.givenCommands(signedByAzerbaijan())
                    .when(signBy(TREATY, PK, later))
                    .expectEvents(new AgreementSigned(TREATY, later, "Islamabad", List.of(Signature.by(PK_MINISTER)),
                            null, CITED));
        }

        @Test
        void refuses_a_second_signature_by_the_same_party_in_another_ceremony() {
            fixture.givenCommands(signedByAzerbaijan())
                    .when(sign(TREATY, SIGNED.plusDays(1), Signature.by(ALIYEV)))
                    .expectException(violates(AgreementRule.ALREADY_SIGNED_BY_PARTY));
        }

        @Test
        void refuses_a_ceremony_where_the_party_that_signed_signs_again_with_the_other() {
            fixture.givenCommands(signedByAzerbaijan())
                    .when(signBoth(TREATY, SIGNED.plusDays(1)))
                    .expectException(violates(AgreementRule.ALREADY_SIGNED_BY_PARTY));
        }

        @Test
        void is_ratified_by_the_party_that_signed() {
            fixture.givenCommands(signedByAzerbaijan())
                    .when(ratify(TREATY, AZ, AZ_RATIFIED))
                    .expectEvents(new AgreementRatified(TREATY, AZ_RATIFIED, AZ, ConsentKind.RATIFICATION, CITED));
        }

        @Test
        void refuses_a_ratification_by_the_party_that_has_not_signed_yet() {
            fixture.givenCommands(signedByAzerbaijan())
                    .when(ratify(TREATY, PK, PK_RATIFIED))
                    .expectException(violates(AgreementRule.RATIFICATION_BEFORE_SIGNATURE));
        }

        @Test
        void is_applied_provisionally_after_the_first_signature() {
            fixture.givenCommands(signedByAzerbaijan())
                    .when(applyProvisionally(TREATY, PROVISIONALLY_APPLIED))
                    .expectEvents(new AgreementProvisionallyApplied(TREATY, PROVISIONALLY_APPLIED, CITED));
        }
    }

    @Nested
    class A_treaty_signed_by_both {

        @Test
        void is_ratified_by_the_first_party_without_entering_into_force() {
            fixture.givenCommands(treatySigned())
                    .when(ratify(TREATY, AZ, AZ_RATIFIED))
                    .expectEvents(new AgreementRatified(TREATY, AZ_RATIFIED, AZ, ConsentKind.RATIFICATION, CITED));
        }

        @Test
        void takes_consent_by_acceptance() {
            fixture.givenCommands(treatySigned())
                    .when(new RatifyAgreement(TREATY, AZ_RATIFIED, AZ, ConsentKind.ACCEPTANCE, CITED))
                    .expectEvents(new AgreementRatified(TREATY, AZ_RATIFIED, AZ, ConsentKind.ACCEPTANCE, CITED));
        }

        @Test
        void reads_a_consent_of_no_stated_kind_as_ratification() {
            fixture.givenCommands(treatySigned())
                    .when(new RatifyAgreement(TREATY, AZ_RATIFIED, AZ, null, CITED))
                    .expectEvents(new AgreementRatified(TREATY, AZ_RATIFIED, AZ, ConsentKind.RATIFICATION, CITED));
        }

        @Test
        void refuses_a_ratification_dated_before_the_signature() {
            fixture.givenCommands(treatySigned())
                    .when(ratify(TREATY, AZ, SIGNED.minusDays(1)))
                    .expectException(violates(AgreementRule.DATE_BEFORE_PREVIOUS_STEP));
        }

        @Test
        void refuses_a_third_signature() {
            fixture.givenCommands(treatySigned())
                    .when(signBy(TREATY, PK, SIGNED.plusDays(1)))
                    .expectException(violates(AgreementRule.ALREADY_SIGNED_BY_PARTY));
        }

        @Test
        void is_applied_provisionally() {
            fixture.givenCommands(treatySigned())
                    .when(applyProvisionally(TREATY, PROVISIONALLY_APPLIED))
                    .expectEvents(new AgreementProvisionallyApplied(TREATY, PROVISIONALLY_APPLIED, CITED));
        }

        @Test
        void cannot_be_amended() {
            fixture.givenCommands(treatySigned())
                    .when(amend(TREATY, LATER))
                    .expectException(violates(AgreementRule.NOT_IN_FORCE));
        }

        @Test
        void cannot_be_suspended() {
            fixture.givenCommands(treatySigned())
                    .when(suspend(TREATY, LATER))
                    .expectException(violates(AgreementRule.NOT_IN_FORCE));
        }

        @Test
        void cannot_be_terminated_by_mutual_consent() {
            fixture.givenCommands(treatySigned())
                    .when(terminateByConsent(TREATY, LATER))
                    .expectException(violates(AgreementRule.NOT_IN_FORCE));
        }

        @Test
        void cannot_be_denounced() {
            fixture.givenCommands(treatySigned())
                    .when(denounce(TREATY, LATER, AZ, null))
                    .expectException(violates(AgreementRule.NOT_IN_FORCE));
        }

        @Test
        void cannot_be_registered() {
            fixture.givenCommands(treatySigned())
                    .when(register(TREATY, LATER))
                    .expectException(violates(AgreementRule.REGISTRATION_BEFORE_ENTRY_INTO_FORCE));
        }
    }

    @Nested
    class A_treaty_ratified_by_one_party {

        @Test
        void enters_into_force_30_days_after_the_last_ratification() {
            fixture.givenCommands(treatyRatifiedByAzerbaijan())
                    .when(ratify(TREATY, PK, PK_RATIFIED))
                    .expectEvents(
                            new AgreementRatified(TREATY, PK_RATIFIED, PK, ConsentKind.RATIFICATION, CITED),
                            derived(TREATY, LocalDate.of(2024, 12, 15), LocalDate.of(2029, 12, 15),
                                    "30 days after the last ratification", "Pakistan's ratification of 2024-11-15"));
        }

        @Test
        void enters_into_force_after_a_last_consent_by_approval() {
            fixture.givenCommands(treatyRatifiedByAzerbaijan())
                    .when(new RatifyAgreement(TREATY, PK_RATIFIED, PK, ConsentKind.APPROVAL, CITED))
                    .expectEvents(
                            new AgreementRatified(TREATY, PK_RATIFIED, PK, ConsentKind.APPROVAL, CITED),
                            derived(TREATY, TREATY_IN_FORCE, TREATY_EXPIRES, "30 days after the last ratification",
                                    "Pakistan's ratification of 2024-11-15"));
        }

        @Test
        void refuses_a_second_ratification_by_the_same_party() {
            fixture.givenCommands(treatyRatifiedByAzerbaijan())
                    .when(ratify(TREATY, AZ, PK_RATIFIED))
                    .expectException(violates(AgreementRule.ALREADY_RATIFIED_BY_PARTY));
        }

        @Test
        void refuses_a_ratification_dated_before_the_previous_one() {
            fixture.givenCommands(treatyRatifiedByAzerbaijan())
                    .when(ratify(TREATY, PK, AZ_RATIFIED.minusDays(1)))
                    .expectException(violates(AgreementRule.DATE_BEFORE_PREVIOUS_STEP));
        }
    }

    @Nested
    class A_treaty_in_force {

        @Test
        void is_amended() {
            fixture.givenCommands(treatyInForce())
                    .when(amend(TREATY, LATER))
                    .expectEvents(new AgreementAmended(TREATY, LATER, "Tariff lines added for textiles", CITED));
        }

        @Test
        void is_amended_on_the_day_it_entered_into_force() {
            fixture.givenCommands(treatyInForce())
                    .when(amend(TREATY, TREATY_IN_FORCE))
                    .expectEvents(new AgreementAmended(TREATY, TREATY_IN_FORCE, "Tariff lines added for textiles",
                            CITED));
        }

        @Test
        void is_amended_on_the_last_day_of_its_term() {
            LocalDate lastDay = TREATY_EXPIRES.minusDays(1);
            fixture.givenCommands(treatyInForce())
                    .when(amend(TREATY, lastDay))
                    .expectEvents(new AgreementAmended(TREATY, lastDay, "Tariff lines added for textiles", CITED));
        }

        @Test
        void is_suspended() {
            fixture.givenCommands(treatyInForce())
                    .when(suspend(TREATY, SUSPENDED))
                    .expectEvents(new AgreementSuspended(TREATY, SUSPENDED, "Dispute over implementation", CITED));
        }

        @Test
        void is_registered_with_the_un_secretariat() {
            fixture.givenCommands(treatyInForce())
                    .when(register(TREATY, LATER))
                    .expectEvents(new AgreementRegistered(TREATY, LATER, UN_NUMBER, CITED));
        }

        @Test
        void is_terminated_by_mutual_consent_with_immediate_effect() {
            fixture.givenCommands(treatyInForce())
                    .when(terminateByConsent(TREATY, TERMINATED))
                    .expectEvents(new AgreementTerminated(TREATY, TERMINATED, TERMINATED,
                            TerminationGround.MUTUAL_CONSENT, null, null, CITED));
        }

        @Test
        void is_terminated_by_mutual_consent_with_effect_from_a_later_date() {
            LocalDate effective = TERMINATED.plusMonths(3);
            fixture.givenCommands(treatyInForce())
                    .when(new TerminateAgreement(TREATY, TERMINATED, TerminationGround.MUTUAL_CONSENT, null, null,
                            effective, CITED))
                    .expectEvents(new AgreementTerminated(TREATY, TERMINATED, effective,
                            TerminationGround.MUTUAL_CONSENT, null, null, CITED));
        }

        @Test
        void is_denounced_with_effect_twelve_months_after_notice_when_it_sets_no_notice_period() {
            fixture.givenCommands(treatyInForce())
                    .when(denounce(TREATY, LocalDate.of(2025, 6, 2), AZ, null))
                    .expectEvents(new AgreementTerminated(TREATY, LocalDate.of(2025, 6, 2), LocalDate.of(2026, 6, 2),
                            TerminationGround.DENUNCIATION, AZ, null, CITED));
        }

        @Test
        void is_denounced_with_effect_from_a_date_later_than_the_notice_requires() {
            LocalDate effective = LocalDate.of(2026, 12, 31);
            fixture.givenCommands(treatyInForce())
                    .when(denounce(TREATY, LATER, PK, effective))
                    .expectEvents(new AgreementTerminated(TREATY, LATER, effective,
                            TerminationGround.DENUNCIATION, PK, null, CITED));
        }

        @Test
        void is_denounced_with_effect_exactly_at_the_end_of_the_notice() {
            fixture.givenCommands(treatyInForce())
                    .when(denounce(TREATY, LATER, PK, LATER.plusMonths(12)))
                    .expectEvents(new AgreementTerminated(TREATY, LATER, LATER.plusMonths(12),
                            TerminationGround.DENUNCIATION, PK, null, CITED));
        }

        @Test
        void is_superseded_by_another_agreement() {
            fixture.givenCommands(treatyInForce())
                    .when(supersede(TREATY, TERMINATED, SUCCESSOR, null))
                    .expectEvents(new AgreementTerminated(TREATY, TERMINATED, TERMINATED,
                            TerminationGround.SUPERSEDED, null, SUCCESSOR, CITED));
        }

        @Test
        void is_superseded_with_effect_from_a_later_date() {
            LocalDate effective = TERMINATED.plusMonths(1);
            fixture.givenCommands(treatyInForce())
                    .when(supersede(TREATY, TERMINATED, SUCCESSOR, effective))
                    .expectEvents(new AgreementTerminated(TREATY, TERMINATED, effective,
                            TerminationGround.SUPERSEDED, null, SUCCESSOR, CITED));
        }

        @Test
        void refuses_a_denunciation_naming_no_party() {
            fixture.givenCommands(treatyInForce())
                    .when(denounce(TREATY, LATER, null, null))
                    .expectException(violates(AgreementRule.DENUNCIATION_WITHOUT_PARTY));
        }

        @Test
        void refuses_a_denunciation_by_a_country_that_is_not_a_party() {
            fixture.givenCommands(treatyInForce())
                    .when(denounce(TREATY, LATER, TR, null))
                    .expectException(violates(AgreementRule.NOT_A_PARTY));
        }

        @Test
        void refuses_a_denunciation_taking_effect_before_twelve_months_when_it_sets_no_notice_period() {
            fixture.givenCommands(treatyInForce())
                    .when(denounce(TREATY, LATER, AZ, LATER.plusMonths(12).minusDays(1)))
                    .expectException(violates(AgreementRule.DENUNCIATION_NOTICE_TOO_SHORT));
        }

        @Test
        void refuses_a_denunciation_taking_effect_before_the_notice() {
            fixture.givenCommands(treatyInForce())
                    .when(denounce(TREATY, LATER, AZ, LATER.minusDays(1)))
                    .expectException(violates(AgreementRule.DENUNCIATION_NOTICE_TOO_SHORT));
        }

        @Test
        void refuses_a_supersession_naming_no_successor() {
            fixture.givenCommands(treatyInForce())
                    .when(supersede(TREATY, TERMINATED, null, null))
                    .expectException(violates(AgreementRule.SUPERSEDED_WITHOUT_SUCCESSOR));
        }

        @Test
        void refuses_to_be_superseded_by_itself() {
            fixture.givenCommands(treatyInForce())
                    .when(supersede(TREATY, TERMINATED, TREATY, null))
                    .expectException(violates(AgreementRule.SUPERSEDED_BY_ITSELF));
        }

        @Test
        void refuses_a_termination_by_mutual_consent_taking_effect_before_the_decision() {
            fixture.givenCommands(treatyInForce())
                    .when(new TerminateAgreement(TREATY, TERMINATED, TerminationGround.MUTUAL_CONSENT, null, null,
                            TERMINATED.minusDays(1), CITED))
                    .expectException(violates(AgreementRule.TERMINATION_EFFECTIVE_BEFORE_DECISION));
        }

        @Test
        void refuses_a_supersession_taking_effect_before_the_decision() {
            fixture.givenCommands(treatyInForce())
                    .when(supersede(TREATY, TERMINATED, SUCCESSOR, TERMINATED.minusDays(1)))
                    .expectException(violates(AgreementRule.TERMINATION_EFFECTIVE_BEFORE_DECISION));
        }

        @Test
        void refuses_provisional_application() {
            fixture.givenCommands(treatyInForce())
                    .when(applyProvisionally(TREATY, LATER))
                    .expectException(violates(AgreementRule.ALREADY_IN_FORCE));
        }

        @Test
        void cannot_resume_as_it_is_not_suspended() {
            fixture.givenCommands(treatyInForce())
                    .when(resume(TREATY, LATER))
                    .expectException(violates(AgreementRule.NOT_SUSPENDED));
        }

        @Test
        void refuses_another_ratification() {
            fixture.givenCommands(treatyInForce())
                    .when(ratify(TREATY, PK, LATER))
                    .expectException(violates(AgreementRule.ALREADY_RATIFIED_BY_PARTY));
        }

        @Test
        void refuses_another_signature() {
            fixture.givenCommands(treatyInForce())
                    .when(signBy(TREATY, AZ, LATER))
                    .expectException(violates(AgreementRule.ALREADY_SIGNED_BY_PARTY));
        }

        @Test
        void refuses_a_step_dated_after_the_last_ratification_but_before_its_entry_into_force() {
            fixture.givenCommands(treatyInForce())
                    .when(register(TREATY, TREATY_IN_FORCE.minusDays(1)))
                    .expectException(violates(AgreementRule.DATE_BEFORE_PREVIOUS_STEP));
        }

        @Test
        void refuses_a_suspension_dated_before_its_entry_into_force() {
            fixture.givenCommands(treatyInForce())
                    .when(suspend(TREATY, PK_RATIFIED.plusDays(1)))
                    .expectException(violates(AgreementRule.DATE_BEFORE_PREVIOUS_STEP));
        }

        @Test
        void refuses_anything_dated_on_the_day_it_expires() {
            fixture.givenCommands(treatyInForce())
                    .when(amend(TREATY, TREATY_EXPIRES))
                    .expectException(violates(AgreementRule.EXPIRED));
        }

        @Test
        void refuses_anything_dated_after_it_expired() {
            fixture.givenCommands(treatyInForce())
                    .when(terminateByConsent(TREATY, TREATY_EXPIRES.plusYears(1)))
                    .expectException(violates(AgreementRule.EXPIRED));
        }
    }

    @Nested
    class A_registered_treaty {

        @Test
        void refuses_a_second_registration() {
            fixture.givenCommands(with(treatyInForce(), register(TREATY, LATER)))
                    .when(new RegisterAgreement(TREATY, LATER.plusDays(1), "I-99999", CITED))
                    .expectException(violates(AgreementRule.ALREADY_REGISTERED));
        }

        @Test
        void refuses_a_second_registration_while_suspended() {
            fixture.givenCommands(with(treatyInForce(), register(TREATY, SUSPENDED.minusDays(1)),
                            suspend(TREATY, SUSPENDED)))
                    .when(register(TREATY, LATER))
                    .expectException(violates(AgreementRule.ALREADY_REGISTERED));
        }
    }

    @Nested
    class A_suspended_treaty {

        @Test
        void resumes() {
            fixture.givenCommands(treatySuspended())
                    .when(resume(TREATY, LATER))
                    .expectEvents(new AgreementResumed(TREATY, LATER, CITED));
        }

        @Test
        void refuses_a_second_suspension() {
            fixture.givenCommands(treatySuspended())
                    .when(suspend(TREATY, LATER))
                    .expectException(violates(AgreementRule.ALREADY_SUSPENDED));
        }

        @Test
        void is_suspended_again_after_it_resumed() {
            LocalDate again = LATER.plusMonths(1);
            fixture.givenCommands(with(treatySuspended(), resume(TREATY, LATER)))
                    .when(suspend(TREATY, again))
                    .expectEvents(new AgreementSuspended(TREATY, again, "Dispute over implementation", CITED));
        }

        @Test
        void refuses_to_resume_twice() {
            fixture.givenCommands(with(treatySuspended(), resume(TREATY, LATER)))
                    .when(resume(TREATY, LATER.plusDays(1)))
                    .expectException(violates(AgreementRule.NOT_SUSPENDED));
        }

        @Test
        void refuses_to_resume_before_it_was_suspended() {
            fixture.givenCommands(treatySuspended())
                    .when(resume(TREATY, SUSPENDED.minusDays(1)))
                    .expectException(violates(AgreementRule.DATE_BEFORE_PREVIOUS_STEP));
        }

        @Test
        void is_amended_while_suspended() {
            fixture.givenCommands(treatySuspended())
                    .when(amend(TREATY, LATER))
                    .expectEvents(new AgreementAmended(TREATY, LATER, "Tariff lines added for textiles", CITED));
        }

        @Test
        void is_registered_while_suspended() {
            fixture.givenCommands(treatySuspended())
                    .when(register(TREATY, LATER))
                    .expectEvents(new AgreementRegistered(TREATY, LATER, UN_NUMBER, CITED));
        }

        @Test
        void is_terminated_while_suspended() {
            fixture.givenCommands(treatySuspended())
                    .when(terminateByConsent(TREATY, TERMINATED))
                    .expectEvents(new AgreementTerminated(TREATY, TERMINATED, TERMINATED,
                            TerminationGround.MUTUAL_CONSENT, null, null, CITED));
        }

        @Test
        void refuses_provisional_application() {
            fixture.givenCommands(treatySuspended())
                    .when(applyProvisionally(TREATY, LATER))
                    .expectException(violates(AgreementRule.ALREADY_IN_FORCE));
        }
    }

    @Nested
    class A_provisionally_applied_treaty {

        @Test
        void refuses_provisional_application_twice() {
            fixture.givenCommands(treatyProvisionallyApplied())
                    .when(applyProvisionally(TREATY, PROVISIONALLY_APPLIED.plusDays(1)))
                    .expectException(violates(AgreementRule.ALREADY_PROVISIONALLY_APPLIED));
        }

        @Test
        void is_amended() {
            fixture.givenCommands(treatyProvisionallyApplied())
                    .when(amend(TREATY, AZ_RATIFIED))
                    .expectEvents(new AgreementAmended(TREATY, AZ_RATIFIED, "Tariff lines added for textiles", CITED));
        }

        @Test
        void is_suspended() {
            fixture.givenCommands(treatyProvisionallyApplied())
                    .when(suspend(TREATY, AZ_RATIFIED))
                    .expectEvents(new AgreementSuspended(TREATY, AZ_RATIFIED, "Dispute over implementation", CITED));
        }

        @Test
        void is_terminated_by_mutual_consent() {
            fixture.givenCommands(treatyProvisionallyApplied())
                    .when(terminateByConsent(TREATY, AZ_RATIFIED))
                    .expectEvents(new AgreementTerminated(TREATY, AZ_RATIFIED, AZ_RATIFIED,
                            TerminationGround.MUTUAL_CONSENT, null, null, CITED));
        }

        @Test
        void cannot_be_registered() {
            fixture.givenCommands(treatyProvisionallyApplied())
                    .when(register(TREATY, AZ_RATIFIED))
                    .expectException(violates(AgreementRule.REGISTRATION_BEFORE_ENTRY_INTO_FORCE));
        }

        @Test
        void refuses_a_ratification_dated_before_its_provisional_application() {
            fixture.givenCommands(treatyProvisionallyApplied())
                    .when(ratify(TREATY, AZ, PROVISIONALLY_APPLIED.minusDays(1)))
                    .expectException(violates(AgreementRule.DATE_BEFORE_PREVIOUS_STEP));
        }

        @Test
        void enters_into_force_30_days_after_the_last_ratification() {
            fixture.givenCommands(with(treatyProvisionallyApplied(), ratify(TREATY, AZ, AZ_RATIFIED)))
                    .when(ratify(TREATY, PK, PK_RATIFIED))
                    .expectEvents(
                            new AgreementRatified(TREATY, PK_RATIFIED, PK, ConsentKind.RATIFICATION, CITED),
                            derived(TREATY, TREATY_IN_FORCE, TREATY_EXPIRES, "30 days after the last ratification",
                                    "Pakistan's ratification of 2024-11-15"));
        }

        @Test
        void resumes_its_provisional_application_after_a_suspension() {
            fixture.givenCommands(with(treatyProvisionallyApplied(), suspend(TREATY, AZ_RATIFIED)))
                    .when(resume(TREATY, PK_RATIFIED))
                    .expectEvents(new AgreementResumed(TREATY, PK_RATIFIED, CITED));
        }

        @Test
        void refuses_provisional_application_again_while_suspended() {
            fixture.givenCommands(with(treatyProvisionallyApplied(), suspend(TREATY, AZ_RATIFIED)))
                    .when(applyProvisionally(TREATY, PK_RATIFIED))
                    .expectException(violates(AgreementRule.ALREADY_PROVISIONALLY_APPLIED));
        }

        @Test
        void stays_suspended_when_it_enters_into_force_during_the_suspension() {
            LocalDate suspended = LocalDate.of(2024, 9, 1);
            fixture.givenCommands(with(treatyProvisionallyApplied(), suspend(TREATY, suspended),
                            ratify(TREATY, AZ, AZ_RATIFIED), ratify(TREATY, PK, PK_RATIFIED)))
                    .when(suspend(TREATY, TREATY_IN_FORCE.plusDays(10)))
                    .expectException(violates(AgreementRule.ALREADY_SUSPENDED));
        }

        @Test
        void resumes_in_force_after_entering_into_force_during_the_suspension() {
            LocalDate suspended = LocalDate.of(2024, 9, 1);
            LocalDate resumed = TREATY_IN_FORCE.plusDays(10);
            fixture.givenCommands(with(treatyProvisionallyApplied(), suspend(TREATY, suspended),
                            ratify(TREATY, AZ, AZ_RATIFIED), ratify(TREATY, PK, PK_RATIFIED)))
                    .when(resume(TREATY, resumed))
                    .expectEvents(new AgreementResumed(TREATY, resumed, CITED));
        }

        @Test
        void cannot_be_registered_while_suspended_as_it_never_entered_into_force() {
            fixture.givenCommands(with(treatyProvisionallyApplied(), suspend(TREATY, AZ_RATIFIED)))
                    .when(register(TREATY, PK_RATIFIED))
                    .expectException(violates(AgreementRule.REGISTRATION_BEFORE_ENTRY_INTO_FORCE));
        }
    }

    @Nested
    class A_terminated_treaty {

        @Test
        void cannot_be_concluded_again_under_its_id() {
            fixture.givenCommands(treatyTerminated())
                    .when(concludeTreaty())
                    .expectException(violates(AgreementRule.ALREADY_CONCLUDED));
        }

        @Test
        void cannot_be_amended() {
            fixture.givenCommands(treatyTerminated())
                    .when(amend(TREATY, TERMINATED.plusDays(1)))
                    .expectException(violates(AgreementRule.TERMINATED));
        }

        @Test
        void cannot_be_suspended() {
            fixture.givenCommands(treatyTerminated())
                    .when(suspend(TREATY, TERMINATED.plusDays(1)))
                    .expectException(violates(AgreementRule.TERMINATED));
        }

        @Test
        void cannot_resume() {
            fixture.givenCommands(treatyTerminated())
                    .when(resume(TREATY, TERMINATED.plusDays(1)))
                    .expectException(violates(AgreementRule.TERMINATED));
        }

        @Test
        void cannot_be_registered() {
            fixture.givenCommands(treatyTerminated())
                    .when(register(TREATY, TERMINATED.plusDays(1)))
                    .expectException(violates(AgreementRule.TERMINATED));
        }

        @Test
        void cannot_be_terminated_again() {
            fixture.givenCommands(treatyTerminated())
                    .when(supersede(TREATY, TERMINATED.plusDays(1), SUCCESSOR, null))
                    .expectException(violates(AgreementRule.TERMINATED));
        }

        @Test
        void cannot_be_applied_provisionally() {
            fixture.givenCommands(treatyTerminated())
                    .when(applyProvisionally(TREATY, TERMINATED.plusDays(1)))
                    .expectException(violates(AgreementRule.TERMINATED));
        }

        @Test
        void refuses_a_step_dated_before_its_termination_too() {
            fixture.givenCommands(treatyTerminated())
                    .when(amend(TREATY, TERMINATED.minusDays(1)))
                    .expectException(violates(AgreementRule.TERMINATED));
        }

        @Test
        void refuses_anything_once_denounced_even_before_the_denunciation_takes_effect() {
            fixture.givenCommands(with(treatyInForce(), denounce(TREATY, LATER, AZ, null)))
                    .when(amend(TREATY, LATER.plusMonths(1)))
                    .expectException(violates(AgreementRule.TERMINATED));
        }
    }

    @Nested
    class A_memorandum_of_understanding {

        @Test
        void takes_effect_when_both_sign_in_one_ceremony_for_five_years() {
            fixture.givenCommands(mouConcluded())
                    .when(signBoth(MOU, SIGNED))
                    .expectEvents(
                            new AgreementSigned(MOU, SIGNED, "Prime Minister's House, Islamabad",
                                    List.of(Signature.by(AZ_MINISTER), Signature.by(PK_MINISTER)), VisitFixture.VISIT,
                                    CITED),
                            derived(MOU, SIGNED, LocalDate.of(2029, 7, 11), "on signature by all parties",
                                    "the last signature, on 2024-07-11"));
        }

        @Test
        void does_not_take_effect_on_the_first_of_two_signatures() {
            fixture.givenCommands(mouConcluded())
                    .when(signBy(MOU, PK, SIGNED))
                    .expectEvents(new AgreementSigned(MOU, SIGNED, "Islamabad", List.of(Signature.by(PK_MINISTER)),
                            null, CITED));
        }

        @Test
        void takes_effect_on_the_second_signature_in_a_later_ceremony() {
            LocalDate second = SIGNED.plusDays(5);
            fixture.givenCommands(with(mouConcluded(), signBy(MOU, PK, SIGNED)))
                    .when(sign(MOU, second, Signature.by(ALIYEV)))
                    .expectEvents(
                            new AgreementSigned(MOU, second, "Baku", List.of(Signature.by(ALIYEV)), null, CITED),
                            derived(MOU, second, second.plus(TERM), "on signature by all parties",
                                    "the last signature, on " + second));
        }

        @Test
        void cannot_be_ratified_before_it_takes_effect() {
            fixture.givenCommands(with(mouConcluded(), signBy(MOU, AZ, SIGNED)))
                    .when(ratify(MOU, AZ, AZ_RATIFIED))
                    .expectException(violates(AgreementRule.NON_BINDING_CANNOT_BE_RATIFIED));
        }

        @Test
        void cannot_be_ratified_once_in_effect() {
            fixture.givenCommands(mouInForce())
                    .when(ratify(MOU, PK, AZ_RATIFIED))
                    .expectException(violates(AgreementRule.NON_BINDING_CANNOT_BE_RATIFIED));
        }

        @Test
        void refuses_provisional_application_once_in_effect() {
            fixture.givenCommands(mouInForce())
                    .when(applyProvisionally(MOU, AZ_RATIFIED))
                    .expectException(violates(AgreementRule.ALREADY_IN_FORCE));
        }

        @Test
        void is_terminated_by_mutual_consent() {
            fixture.givenCommands(mouInForce())
                    .when(terminateByConsent(MOU, TERMINATED))
                    .expectEvents(new AgreementTerminated(MOU, TERMINATED, TERMINATED,
                            TerminationGround.MUTUAL_CONSENT, null, null, CITED));
        }

        @Test
        void refuses_anything_on_the_day_it_expires() {
            fixture.givenCommands(mouInForce())
                    .when(suspend(MOU, MOU_EXPIRES))
                    .expectException(violates(AgreementRule.EXPIRED));
        }

        @Test
        void refuses_anything_after_it_expired() {
            fixture.givenCommands(mouInForce())
                    .when(amend(MOU, MOU_EXPIRES.plusDays(1)))
                    .expectException(violates(AgreementRule.EXPIRED));
        }
    }

    @Nested
    class A_binding_agreement_in_force_on_signature {

        private List<Object> inForce() {
            return List.of(concludeAirServices(), signBoth(AIR_SERVICES, SIGNED));
        }

        @Test
        void enters_into_force_on_signature_without_a_term() {
            fixture.givenCommands(concludeAirServices())
                    .when(signBoth(AIR_SERVICES, SIGNED))
                    .expectEvents(
                            new AgreementSigned(AIR_SERVICES, SIGNED, "Prime Minister's House, Islamabad",
                                    List.of(Signature.by(AZ_MINISTER), Signature.by(PK_MINISTER)), VisitFixture.VISIT,
                                    CITED),
                            derived(AIR_SERVICES, SIGNED, null, "on signature by all parties",
                                    "the last signature, on 2024-07-11"));
        }

        @Test
        void cannot_be_ratified_as_it_needs_no_ratification() {
            fixture.givenCommands(inForce())
                    .when(ratify(AIR_SERVICES, AZ, AZ_RATIFIED))
                    .expectException(violates(AgreementRule.RATIFICATION_NOT_REQUIRED));
        }

        @Test
        void is_denounced_with_effect_at_the_end_of_its_own_six_month_notice() {
            fixture.givenCommands(inForce())
                    .when(denounce(AIR_SERVICES, LATER, PK, null))
                    .expectEvents(new AgreementTerminated(AIR_SERVICES, LATER, LocalDate.of(2025, 12, 2),
                            TerminationGround.DENUNCIATION, PK, null, CITED));
        }

        @Test
        void refuses_a_denunciation_taking_effect_before_the_end_of_its_own_notice() {
            fixture.givenCommands(inForce())
                    .when(denounce(AIR_SERVICES, LATER, PK, LATER.plusMonths(6).minusDays(1)))
                    .expectException(violates(AgreementRule.DENUNCIATION_NOTICE_TOO_SHORT));
        }

        @Test
        void accepts_anything_years_later_as_it_has_no_term() {
            LocalDate muchLater = SIGNED.plusYears(30);
            fixture.givenCommands(inForce())
                    .when(amend(AIR_SERVICES, muchLater))
                    .expectEvents(new AgreementAmended(AIR_SERVICES, muchLater, "Tariff lines added for textiles",
                            CITED));
        }
    }

    @Nested
    class An_agreement_entering_into_force_on_a_fixed_date {

        @Test
        void enters_into_force_on_that_date_when_both_signed_before_it() {
            fixture.givenCommands(concludeVisas())
                    .when(signBoth(VISAS, SIGNED))
                    .expectEvents(
                            new AgreementSigned(VISAS, SIGNED, "Prime Minister's House, Islamabad",
                                    List.of(Signature.by(AZ_MINISTER), Signature.by(PK_MINISTER)), VisitFixture.VISIT,
                                    CITED),
                            derived(VISAS, VISAS_IN_FORCE, LocalDate.of(2029, 9, 1), "on 2024-09-01",
                                    "the last signature, on 2024-07-11"));
        }

        @Test
        void enters_into_force_on_the_last_signature_when_it_comes_after_that_date() {
            LocalDate late = VISAS_IN_FORCE.plusDays(10);
            fixture.givenCommands(concludeVisas(), signBy(VISAS, AZ, SIGNED))
                    .when(signBy(VISAS, PK, late))
                    .expectEvents(
                            new AgreementSigned(VISAS, late, "Islamabad", List.of(Signature.by(PK_MINISTER)), null,
                                    CITED),
                            derived(VISAS, late, late.plus(TERM), "on 2024-09-01", "the last signature, on " + late));
        }

        @Test
        void enters_into_force_on_the_last_signature_when_that_falls_on_the_date() {
            fixture.givenCommands(concludeVisas(), signBy(VISAS, AZ, SIGNED))
                    .when(signBy(VISAS, PK, VISAS_IN_FORCE))
                    .expectEvents(
                            new AgreementSigned(VISAS, VISAS_IN_FORCE, "Islamabad", List.of(Signature.by(PK_MINISTER)),
                                    null, CITED),
                            derived(VISAS, VISAS_IN_FORCE, VISAS_IN_FORCE.plus(TERM), "on 2024-09-01",
                                    "the last signature, on 2024-09-01"));
        }

        @Test
        void does_not_enter_into_force_on_that_date_with_a_signature_missing() {
            LocalDate late = VISAS_IN_FORCE.plusDays(10);
            fixture.givenCommands(concludeVisas())
                    .when(signBy(VISAS, AZ, late))
                    .expectEvents(new AgreementSigned(VISAS, late, "Islamabad", List.of(Signature.by(AZ_MINISTER)),
                            null, CITED));
        }

        @Test
        void refuses_a_step_dated_before_its_future_entry_into_force() {
            fixture.givenCommands(concludeVisas(), signBoth(VISAS, SIGNED))
                    .when(applyProvisionally(VISAS, VISAS_IN_FORCE.minusDays(1)))
                    .expectException(violates(AgreementRule.DATE_BEFORE_PREVIOUS_STEP));
        }

        @Test
        void cannot_be_ratified_as_it_needs_no_ratification() {
            fixture.givenCommands(concludeVisas(), signBy(VISAS, AZ, SIGNED))
                    .when(ratify(VISAS, AZ, SIGNED.plusDays(1)))
                    .expectException(violates(AgreementRule.RATIFICATION_NOT_REQUIRED));
        }
    }

    @Nested
    class A_protocol_entering_into_force_on_the_last_ratification {

        @Test
        void enters_into_force_on_the_day_of_the_last_ratification() {
            fixture.givenCommands(concludeProtocol(), signBoth(PROTOCOL, SIGNED), ratify(PROTOCOL, AZ, AZ_RATIFIED))
                    .when(ratify(PROTOCOL, PK, PK_RATIFIED))
                    .expectEvents(
                            new AgreementRatified(PROTOCOL, PK_RATIFIED, PK, ConsentKind.RATIFICATION, CITED),
                            derived(PROTOCOL, PK_RATIFIED, null, "on the last ratification",
                                    "Pakistan's ratification of 2024-11-15"));
        }

        @Test
        void takes_a_step_on_the_day_it_entered_into_force() {
            fixture.givenCommands(concludeProtocol(), signBoth(PROTOCOL, SIGNED), ratify(PROTOCOL, AZ, AZ_RATIFIED),
                            ratify(PROTOCOL, PK, PK_RATIFIED))
                    .when(register(PROTOCOL, PK_RATIFIED))
                    .expectEvents(new AgreementRegistered(PROTOCOL, PK_RATIFIED, UN_NUMBER, CITED));
        }
    }

    @Nested
    class A_three_party_agreement {

        @Test
        void does_not_enter_into_force_with_two_signatures_of_three() {
            fixture.givenCommands(concludeTrilateral())
                    .when(sign(TRILATERAL, SIGNED, Signature.by(ALIYEV), Signature.by(SHARIF)))
                    .expectEvents(new AgreementSigned(TRILATERAL, SIGNED, "Baku",
                            List.of(Signature.by(ALIYEV), Signature.by(SHARIF)), null, CITED));
        }

        @Test
        void enters_into_force_on_the_third_signature() {
            LocalDate third = SIGNED.plusDays(3);
            fixture.givenCommands(concludeTrilateral(),
                            sign(TRILATERAL, SIGNED, Signature.by(ALIYEV), Signature.by(SHARIF)))
                    .when(sign(TRILATERAL, third, Signature.by(FIDAN)))
                    .expectEvents(
                            new AgreementSigned(TRILATERAL, third, "Baku", List.of(Signature.by(FIDAN)), null, CITED),
                            derived(TRILATERAL, third, null, "on signature by all parties", "the last signature, on " + third));
        }

        @Test
        void enters_into_force_when_all_three_sign_in_one_ceremony() {
            fixture.givenCommands(concludeTrilateral())
                    .when(sign(TRILATERAL, SIGNED, Signature.by(ALIYEV), Signature.by(SHARIF), Signature.by(FIDAN)))
                    .expectEvents(
                            new AgreementSigned(TRILATERAL, SIGNED, "Baku",
                                    List.of(Signature.by(ALIYEV), Signature.by(SHARIF), Signature.by(FIDAN)), null,
                                    CITED),
                            derived(TRILATERAL, SIGNED, null, "on signature by all parties",
                                    "the last signature, on 2024-07-11"));
        }

        @Test
        void refuses_a_signature_by_a_fourth_country() {
            fixture.givenCommands(concludeTrilateral())
                    .when(sign(TRILATERAL, SIGNED, Signature.by(ALIYEV), Signature.by(FR_MINISTER)))
                    .expectException(violates(AgreementRule.NOT_A_PARTY));
        }

        @Test
        void is_denounced_by_its_third_party() {
            fixture.givenCommands(concludeTrilateral(),
                            sign(TRILATERAL, SIGNED, Signature.by(ALIYEV), Signature.by(SHARIF), Signature.by(FIDAN)))
                    .when(denounce(TRILATERAL, LATER, TR, null))
                    .expectEvents(new AgreementTerminated(TRILATERAL, LATER, LATER.plusMonths(12),
                            TerminationGround.DENUNCIATION, TR, null, CITED));
        }
    }

    // --- commands the shared fixture does not provide ------------------------------------------------------------

    private static ConcludeAgreement concludeVisas() {
        return conclude(VISAS, InstrumentKind.AGREEMENT, List.of(AZ, PK), EntryIntoForceRule.onFixedDate(VISAS_IN_FORCE),
                TERM, null);
    }

    private static ConcludeAgreement concludeProtocol() {
        return conclude(PROTOCOL, InstrumentKind.PROTOCOL, List.of(AZ, PK), EntryIntoForceRule.onLastRatification(),
                null, null);
    }

    private static ConcludeAgreement concludeAirServices() {
        return conclude(AIR_SERVICES, InstrumentKind.AGREEMENT, List.of(AZ, PK), EntryIntoForceRule.onSignature(), null,
                Period.ofMonths(6));
    }

    private static ConcludeAgreement concludeTrilateral() {
        return conclude(TRILATERAL, InstrumentKind.AGREEMENT, List.of(AZ, PK, TR), null, null, null);
    }

    private static SignAgreement sign(AgreementId id, LocalDate on, Signature... signatures) {
        return new SignAgreement(id, on, "Baku", List.of(signatures), null, CITED);
    }

    private static AmendAgreement amend(AgreementId id, LocalDate on) {
        return new AmendAgreement(id, on, "Tariff lines added for textiles", CITED);
    }

    private static ResumeAgreement resume(AgreementId id, LocalDate on) {
        return new ResumeAgreement(id, on, CITED);
    }

    private static RegisterAgreement register(AgreementId id, LocalDate on) {
        return new RegisterAgreement(id, on, UN_NUMBER, CITED);
    }

    private static TerminateAgreement denounce(AgreementId id, LocalDate on, Country party, LocalDate effectiveOn) {
        return new TerminateAgreement(id, on, TerminationGround.DENUNCIATION, party, null, effectiveOn, CITED);
    }

    private static TerminateAgreement supersede(AgreementId id, LocalDate on, AgreementId by, LocalDate effectiveOn) {
        return new TerminateAgreement(id, on, TerminationGround.SUPERSEDED, null, by, effectiveOn, CITED);
    }

    private static List<Object> with(List<Object> given, Object... more) {
        List<Object> all = new ArrayList<>(given);
        all.addAll(List.of(more));
        return all;
    }
}
