package dev.entente.application.readmodel;

import static dev.entente.application.fixtures.Events.VISIT;
import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.People.AZ_MINISTER;
import static dev.entente.domain.fixtures.People.PK_MINISTER;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.Sources.SEED_ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.readmodel.AgreementRecord.Suspension;
import dev.entente.domain.agreement.AgreementAmended;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEnteredIntoForce;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementProvisionallyApplied;
import dev.entente.domain.agreement.AgreementRatified;
import dev.entente.domain.agreement.AgreementRegistered;
import dev.entente.domain.agreement.AgreementResumed;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.agreement.AgreementSuspended;
import dev.entente.domain.agreement.AgreementTerminated;
import dev.entente.domain.agreement.ConsentKind;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.agreement.TerminationGround;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.visit.VisitId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AgreementRecordTest {

    private static final AgreementId TREATY = AgreementId.of("az-pk-preferential-trade-2024");
    private static final LocalDate CONCLUDED = LocalDate.of(2024, 7, 10);
    private static final LocalDate SIGNED = LocalDate.of(2024, 7, 11);
    private static final LocalDate PROVISIONALLY_APPLIED = LocalDate.of(2024, 8, 1);
    private static final LocalDate AZ_RATIFIED = LocalDate.of(2024, 10, 1);
    private static final LocalDate PK_RATIFIED = LocalDate.of(2024, 11, 15);
    private static final LocalDate IN_FORCE = LocalDate.of(2024, 12, 15);
    private static final LocalDate EXPIRES = LocalDate.of(2029, 12, 15);
    private static final LocalDate AMENDED = LocalDate.of(2025, 1, 20);
    private static final LocalDate SUSPENDED = LocalDate.of(2025, 3, 1);
    private static final LocalDate RESUMED = LocalDate.of(2025, 6, 1);
    private static final LocalDate REGISTERED = LocalDate.of(2025, 7, 1);
    private static final Source UN_TREATY_SERIES = Source.of("United Nations Treaty Series", "United Nations",
            LocalDate.of(2025, 7, 2));

    private static final AgreementConcluded CONCLUSION = new AgreementConcluded(TREATY, CONCLUDED,
            "Preferential Trade Agreement", InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.TRADE),
            List.of(Area.of("agriculture"), Area.of("textiles")), EntryIntoForceRule.daysAfterLastRatification(30),
            Period.ofYears(5), Period.ofMonths(12), CITED);
    private static final AgreementSigned SIGNATURE = new AgreementSigned(TREATY, SIGNED,
            "Prime Minister's House, Islamabad", List.of(Signature.by(AZ_MINISTER), Signature.by(PK_MINISTER)),
            VISIT, CITED);
    private static final AgreementProvisionallyApplied PROVISIONAL_APPLICATION =
            new AgreementProvisionallyApplied(TREATY, PROVISIONALLY_APPLIED, CITED);
    private static final AgreementRatified AZ_RATIFICATION =
            new AgreementRatified(TREATY, AZ_RATIFIED, AZ, ConsentKind.RATIFICATION, CITED);
    private static final AgreementRatified PK_RATIFICATION =
            new AgreementRatified(TREATY, PK_RATIFIED, PK, ConsentKind.RATIFICATION, CITED);
    private static final AgreementEnteredIntoForce ENTRY_INTO_FORCE =
            new AgreementEnteredIntoForce(TREATY, IN_FORCE, EXPIRES, CITED);
    private static final AgreementAmended AMENDMENT =
            new AgreementAmended(TREATY, AMENDED, "Tariff schedule extended to textiles", CITED);
    private static final AgreementSuspended SUSPENSION =
            new AgreementSuspended(TREATY, SUSPENDED, "Dispute over implementation", CITED);
    private static final AgreementResumed RESUMPTION = new AgreementResumed(TREATY, RESUMED, CITED);
    private static final AgreementRegistered REGISTRATION =
            new AgreementRegistered(TREATY, REGISTERED, "I-58231", List.of(UN_TREATY_SERIES));

    private static AgreementRecord concluded() {
        return AgreementRecord.of(CONCLUSION, 1);
    }

    /** The treaty through its whole life up to its resumption and registration, positions 1 to 11. */
    private static AgreementRecord wholeLife() {
        return concluded().apply(SIGNATURE, 2).apply(PROVISIONAL_APPLICATION, 3).apply(AZ_RATIFICATION, 4)
                .apply(PK_RATIFICATION, 5).apply(ENTRY_INTO_FORCE, 6).apply(AMENDMENT, 7).apply(SUSPENSION, 8)
                .apply(RESUMPTION, 9).apply(REGISTRATION, 10);
    }

    /** The treaty in force from {@link #IN_FORCE}, without provisional application, suspension or amendment. */
    private static AgreementRecord inForce() {
        return concluded().apply(SIGNATURE, 2).apply(AZ_RATIFICATION, 3).apply(PK_RATIFICATION, 4)
                .apply(ENTRY_INTO_FORCE, 5);
    }

    private static AgreementTerminated denouncedByAzerbaijan(LocalDate notice, LocalDate effectiveOn) {
        return new AgreementTerminated(TREATY, notice, effectiveOn, TerminationGround.DENUNCIATION, AZ, null, CITED);
    }

    @Nested
    class Folding_each_event {

        @Test
        void the_conclusion_starts_the_record_with_title_kind_parties_sectors_areas_rule_and_term() {
            AgreementRecord agreement = concluded();

            assertThat(agreement.id()).isEqualTo(TREATY);
            assertThat(agreement.title()).isEqualTo("Preferential Trade Agreement");
            assertThat(agreement.kind()).isEqualTo(InstrumentKind.AGREEMENT);
            assertThat(agreement.parties()).containsExactly(AZ, PK);
            assertThat(agreement.sectors()).containsExactly(Sector.TRADE);
            assertThat(agreement.areas()).containsExactly(Area.of("agriculture"), Area.of("textiles"));
            assertThat(agreement.entryIntoForce()).isEqualTo(EntryIntoForceRule.daysAfterLastRatification(30));
            assertThat(agreement.term()).isEqualTo(Period.ofYears(5));
            assertThat(agreement.concludedOn()).isEqualTo(CONCLUDED);
            assertThat(agreement.signings()).isEmpty();
            assertThat(agreement.ratifications()).isEmpty();
            assertThat(agreement.provisionallyAppliedFrom()).isNull();
            assertThat(agreement.inForceFrom()).isNull();
            assertThat(agreement.expiresOn()).isNull();
            assertThat(agreement.suspensions()).isEmpty();
            assertThat(agreement.amendments()).isEmpty();
            assertThat(agreement.termination()).isNull();
            assertThat(agreement.registration()).isNull();
            assertThat(agreement.sources()).containsExactly(SEED_ARTICLE);
            assertThat(agreement.position()).isEqualTo(1);
            assertThat(agreement.firstSignedOn()).isNull();
        }

        @Test
        void a_signature_is_added() {
            AgreementRecord agreement = concluded().apply(SIGNATURE, 2);

            assertThat(agreement.signings()).containsExactly(SIGNATURE);
            assertThat(agreement.firstSignedOn()).isEqualTo(SIGNED);
        }

        @Test
        void signatures_on_different_days_are_all_kept_and_the_first_date_is_the_earliest() {
            AgreementSigned byAzerbaijan = new AgreementSigned(TREATY, SIGNED, "Baku",
                    List.of(Signature.by(AZ_MINISTER)), null, CITED);
            AgreementSigned byPakistan = new AgreementSigned(TREATY, SIGNED.plusDays(5), "Islamabad",
                    List.of(Signature.by(PK_MINISTER)), null, CITED);

            AgreementRecord agreement = concluded().apply(byAzerbaijan, 2).apply(byPakistan, 3);

            assertThat(agreement.signings()).containsExactly(byAzerbaijan, byPakistan);
            assertThat(agreement.firstSignedOn()).isEqualTo(SIGNED);
        }

        @Test
        void a_ratification_is_added() {
            AgreementRecord agreement = concluded().apply(SIGNATURE, 2).apply(AZ_RATIFICATION, 3)
                    .apply(PK_RATIFICATION, 4);

            assertThat(agreement.ratifications()).containsExactly(AZ_RATIFICATION, PK_RATIFICATION);
        }

        @Test
        void the_entry_into_force_sets_its_date_and_the_expiry() {
            AgreementRecord agreement = inForce();

            assertThat(agreement.inForceFrom()).isEqualTo(IN_FORCE);
            assertThat(agreement.expiresOn()).isEqualTo(EXPIRES);
        }

        @Test
        void the_entry_into_force_of_an_agreement_without_term_sets_no_expiry() {
            AgreementRecord agreement = concluded().apply(SIGNATURE, 2)
                    .apply(new AgreementEnteredIntoForce(TREATY, IN_FORCE, null, CITED), 3);

            assertThat(agreement.inForceFrom()).isEqualTo(IN_FORCE);
            assertThat(agreement.expiresOn()).isNull();
        }

        @Test
        void the_provisional_application_sets_its_date() {
            AgreementRecord agreement = concluded().apply(SIGNATURE, 2).apply(PROVISIONAL_APPLICATION, 3);

            assertThat(agreement.provisionallyAppliedFrom()).isEqualTo(PROVISIONALLY_APPLIED);
            assertThat(agreement.inForceFrom()).isNull();
        }

        @Test
        void an_amendment_is_added() {
            AgreementRecord agreement = inForce().apply(AMENDMENT, 6);

            assertThat(agreement.amendments()).containsExactly(AMENDMENT);
        }

        @Test
        void a_suspension_opens_a_period_with_its_reason() {
            AgreementRecord agreement = inForce().apply(SUSPENSION, 6);

            assertThat(agreement.suspensions())
                    .containsExactly(new Suspension(SUSPENDED, null, "Dispute over implementation"));
        }

        @Test
        void a_resumption_closes_the_open_suspension() {
            AgreementRecord agreement = inForce().apply(SUSPENSION, 6).apply(RESUMPTION, 7);

            assertThat(agreement.suspensions())
                    .containsExactly(new Suspension(SUSPENDED, RESUMED, "Dispute over implementation"));
        }

        @Test
        void a_second_suspension_opens_a_new_period_after_the_closed_one() {
            AgreementSuspended again = new AgreementSuspended(TREATY, LocalDate.of(2026, 2, 1), null, CITED);

            AgreementRecord agreement = inForce().apply(SUSPENSION, 6).apply(RESUMPTION, 7).apply(again, 8);

            assertThat(agreement.suspensions()).containsExactly(
                    new Suspension(SUSPENDED, RESUMED, "Dispute over implementation"),
                    new Suspension(LocalDate.of(2026, 2, 1), null, null));
        }

        @Test
        void a_resumption_without_an_open_suspension_changes_only_the_position() {
            AgreementRecord agreement = inForce().apply(RESUMPTION, 6);

            assertThat(agreement.suspensions()).isEmpty();
            assertThat(agreement.position()).isEqualTo(6);
        }

        @Test
        void the_termination_is_kept() {
            AgreementTerminated termination = denouncedByAzerbaijan(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2027, 1, 1));

            AgreementRecord agreement = inForce().apply(termination, 6);

            assertThat(agreement.termination()).isEqualTo(termination);
        }

        @Test
        void the_registration_is_kept_and_its_sources_gathered() {
            AgreementRecord agreement = inForce().apply(REGISTRATION, 6);

            assertThat(agreement.registration()).isEqualTo(REGISTRATION);
            assertThat(agreement.registration().registrationNumber()).isEqualTo("I-58231");
            assertThat(agreement.sources()).containsExactly(SEED_ARTICLE, UN_TREATY_SERIES);
        }

        @Test
        void each_event_folded_in_advances_the_position_to_its_own() {
            assertThat(concluded().position()).isEqualTo(1);
            assertThat(concluded().apply(SIGNATURE, 9).position()).isEqualTo(9);
            assertThat(wholeLife().position()).isEqualTo(10);
        }
    }

    @Nested
    class Status_on_a_date {

        @Test
        void before_its_conclusion_there_is_no_status() {
            assertThat(wholeLife().statusOn(CONCLUDED.minusDays(1))).isNull();
        }

        @Test
        void from_its_conclusion_until_the_first_signature_it_is_concluded() {
            assertThat(wholeLife().statusOn(CONCLUDED)).isEqualTo(AgreementStatus.CONCLUDED);
            assertThat(concluded().statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(AgreementStatus.CONCLUDED);
        }

        @Test
        void from_the_signing_date_it_is_signed() {
            AgreementRecord agreement = wholeLife();

            assertThat(agreement.statusOn(SIGNED)).isEqualTo(AgreementStatus.SIGNED);
            assertThat(agreement.statusOn(PROVISIONALLY_APPLIED.minusDays(1))).isEqualTo(AgreementStatus.SIGNED);
        }

        @Test
        void from_the_provisional_application_until_the_entry_into_force_it_is_provisionally_applied() {
            AgreementRecord agreement = wholeLife();

            assertThat(agreement.statusOn(PROVISIONALLY_APPLIED)).isEqualTo(AgreementStatus.PROVISIONALLY_APPLIED);
            assertThat(agreement.statusOn(AZ_RATIFIED)).isEqualTo(AgreementStatus.PROVISIONALLY_APPLIED);
            assertThat(agreement.statusOn(IN_FORCE.minusDays(1))).isEqualTo(AgreementStatus.PROVISIONALLY_APPLIED);
        }

        @Test
        void a_ratification_alone_does_not_put_it_in_force() {
            AgreementRecord agreement = concluded().apply(SIGNATURE, 2).apply(AZ_RATIFICATION, 3)
                    .apply(PK_RATIFICATION, 4);

            assertThat(agreement.statusOn(PK_RATIFIED.plusDays(10))).isEqualTo(AgreementStatus.SIGNED);
        }

        @Test
        void from_the_entry_into_force_it_is_in_force() {
            AgreementRecord agreement = wholeLife();

            assertThat(agreement.statusOn(IN_FORCE)).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(agreement.statusOn(AMENDED)).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(agreement.statusOn(SUSPENDED.minusDays(1))).isEqualTo(AgreementStatus.IN_FORCE);
        }

        @Test
        void while_suspended_it_is_suspended_and_from_the_resumption_in_force_again() {
            AgreementRecord agreement = wholeLife();

            assertThat(agreement.statusOn(SUSPENDED)).isEqualTo(AgreementStatus.SUSPENDED);
            assertThat(agreement.statusOn(RESUMED.minusDays(1))).isEqualTo(AgreementStatus.SUSPENDED);
            assertThat(agreement.statusOn(RESUMED)).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(agreement.statusOn(REGISTERED)).isEqualTo(AgreementStatus.IN_FORCE);
        }

        @Test
        void a_suspension_not_yet_resumed_lasts_on_every_later_date_before_expiry() {
            AgreementRecord agreement = inForce().apply(SUSPENSION, 6);

            assertThat(agreement.statusOn(LocalDate.of(2027, 1, 1))).isEqualTo(AgreementStatus.SUSPENDED);
            assertThat(agreement.statusOn(EXPIRES)).isEqualTo(AgreementStatus.EXPIRED);
        }

        @Test
        void a_provisional_application_suspended_and_resumed_before_the_entry_into_force_applies_provisionally_again() {
            AgreementRecord agreement = concluded().apply(SIGNATURE, 2).apply(PROVISIONAL_APPLICATION, 3)
                    .apply(new AgreementSuspended(TREATY, LocalDate.of(2024, 9, 1), null, CITED), 4)
                    .apply(new AgreementResumed(TREATY, LocalDate.of(2024, 9, 15), CITED), 5);

            assertThat(agreement.statusOn(LocalDate.of(2024, 9, 1))).isEqualTo(AgreementStatus.SUSPENDED);
            assertThat(agreement.statusOn(LocalDate.of(2024, 9, 15)))
                    .isEqualTo(AgreementStatus.PROVISIONALLY_APPLIED);
        }

        @Test
        void it_expires_on_its_expiry_date_not_the_day_before() {
            AgreementRecord agreement = wholeLife();

            assertThat(agreement.statusOn(EXPIRES.minusDays(1))).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(agreement.statusOn(EXPIRES)).isEqualTo(AgreementStatus.EXPIRED);
            assertThat(agreement.statusOn(LocalDate.of(2040, 1, 1))).isEqualTo(AgreementStatus.EXPIRED);
        }

        @Test
        void a_denunciation_terminates_it_on_its_effective_date_not_on_the_notice_date() {
            LocalDate notice = LocalDate.of(2026, 1, 1);
            LocalDate effective = LocalDate.of(2027, 1, 1);
            AgreementRecord agreement = inForce().apply(denouncedByAzerbaijan(notice, effective), 6);

            assertThat(agreement.statusOn(notice)).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(agreement.statusOn(effective.minusDays(1))).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(agreement.statusOn(effective)).isEqualTo(AgreementStatus.TERMINATED);
            assertThat(agreement.statusOn(EXPIRES.plusYears(1))).isEqualTo(AgreementStatus.TERMINATED);
        }

        @Test
        void a_termination_by_consent_with_immediate_effect_terminates_it_that_day() {
            LocalDate on = LocalDate.of(2026, 1, 1);
            AgreementRecord agreement = inForce().apply(new AgreementTerminated(TREATY, on, on,
                    TerminationGround.MUTUAL_CONSENT, null, null, CITED), 6);

            assertThat(agreement.statusOn(on.minusDays(1))).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(agreement.statusOn(on)).isEqualTo(AgreementStatus.TERMINATED);
        }

        @Test
        void a_suspended_agreement_terminated_is_terminated_from_the_effective_date() {
            LocalDate on = LocalDate.of(2026, 1, 1);
            AgreementRecord agreement = inForce().apply(SUSPENSION, 6).apply(new AgreementTerminated(TREATY, on, on,
                    TerminationGround.MUTUAL_CONSENT, null, null, CITED), 7);

            assertThat(agreement.statusOn(on.minusDays(1))).isEqualTo(AgreementStatus.SUSPENDED);
            assertThat(agreement.statusOn(on)).isEqualTo(AgreementStatus.TERMINATED);
        }

        @Test
        void a_denunciation_taking_effect_only_after_the_expiry_leaves_it_expired() {
            // Notice given before the end of the term, with twelve months' notice running past it: the treaty
            // ended by expiry first, and an agreement that has ended cannot then be terminated.
            LocalDate notice = LocalDate.of(2029, 6, 1);
            LocalDate effective = LocalDate.of(2030, 6, 1);
            AgreementRecord agreement = inForce().apply(denouncedByAzerbaijan(notice, effective), 6);

            assertThat(agreement.statusOn(notice)).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(agreement.statusOn(EXPIRES)).isEqualTo(AgreementStatus.EXPIRED);
            assertThat(agreement.statusOn(effective)).isEqualTo(AgreementStatus.EXPIRED);
            assertThat(agreement.statusOn(LocalDate.of(2035, 1, 1))).isEqualTo(AgreementStatus.EXPIRED);
        }

        @Test
        void a_termination_taking_effect_on_the_expiry_date_terminates_it() {
            AgreementRecord agreement = inForce().apply(new AgreementTerminated(TREATY, LocalDate.of(2029, 1, 1),
                    EXPIRES, TerminationGround.MUTUAL_CONSENT, null, null, CITED), 6);

            assertThat(agreement.statusOn(EXPIRES)).isEqualTo(AgreementStatus.TERMINATED);
        }
    }

    @Nested
    class Dyads {

        @Test
        void a_bilateral_agreement_concerns_one_dyad() {
            assertThat(concluded().dyads()).containsExactly(AZ_PK);
        }

        @Test
        void a_trilateral_agreement_concerns_the_three_dyads_among_its_parties() {
            AgreementRecord trilateral = AgreementRecord.of(new AgreementConcluded(
                    AgreementId.of("az-pk-tr-declaration-2021"), LocalDate.of(2021, 1, 13), "Islamabad Declaration",
                    InstrumentKind.JOINT_DECLARATION, List.of(PK, AZ, TR), List.of(Sector.DIPLOMACY), List.of(),
                    null, null, null, CITED), 1);

            assertThat(trilateral.dyads()).containsExactlyInAnyOrder(AZ_PK, Dyad.of(AZ, TR), Dyad.of(PK, TR));
        }
    }

    @Nested
    class Signed_during_a_visit {

        @Test
        void is_true_for_the_visit_named_by_a_signature() {
            assertThat(concluded().apply(SIGNATURE, 2).signedDuring(VISIT)).isTrue();
        }

        @Test
        void is_false_for_another_visit() {
            assertThat(concluded().apply(SIGNATURE, 2).signedDuring(VisitId.of("sharif-azerbaijan-2025"))).isFalse();
        }

        @Test
        void is_false_when_unsigned_or_signed_outside_any_visit() {
            AgreementSigned inBaku = new AgreementSigned(TREATY, SIGNED, "Baku",
                    List.of(Signature.forParty(AZ), Signature.forParty(PK)), null, CITED);

            assertThat(concluded().signedDuring(VISIT)).isFalse();
            assertThat(concluded().apply(inBaku, 2).signedDuring(VISIT)).isFalse();
        }

        @Test
        void is_true_when_only_one_of_several_signatures_was_made_during_the_visit() {
            AgreementSigned inBaku = new AgreementSigned(TREATY, SIGNED, "Baku",
                    List.of(Signature.forParty(AZ)), null, CITED);
            AgreementSigned duringTheVisit = new AgreementSigned(TREATY, SIGNED, "Islamabad",
                    List.of(Signature.forParty(PK)), VISIT, CITED);

            assertThat(concluded().apply(inBaku, 2).apply(duringTheVisit, 3).signedDuring(VISIT)).isTrue();
        }
    }
}
