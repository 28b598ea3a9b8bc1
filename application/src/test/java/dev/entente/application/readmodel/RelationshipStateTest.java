package dev.entente.application.readmodel;

import static dev.entente.application.fixtures.Events.VISIT;
import static dev.entente.application.fixtures.Events.arrived;
import static dev.entente.application.fixtures.Events.concluded;
import static dev.entente.application.fixtures.Events.departed;
import static dev.entente.application.fixtures.Events.inForce;
import static dev.entente.application.fixtures.Events.referenceVisitScheduled;
import static dev.entente.application.fixtures.Events.scheduled;
import static dev.entente.application.fixtures.Events.signedByBoth;
import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.ASADOV;
import static dev.entente.domain.fixtures.People.DAR;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.entente.application.readmodel.RelationshipRecord.Relations;
import dev.entente.application.readmodel.RelationshipState.Partnership;
import dev.entente.application.readmodel.RelationshipState.VisitSummary;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.agreement.AgreementTerminated;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.TerminationGround;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.DiplomaticRelationsRestored;
import dev.entente.domain.relationship.DiplomaticRelationsSevered;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.relationship.PartnershipDeclared;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.PartnershipReaffirmed;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Office;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.visit.VisitCancelled;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RelationshipStateTest {

    private static final LocalDate RECOGNISED_BY_PK = LocalDate.of(1991, 12, 13);
    private static final LocalDate RECOGNISED_BY_AZ = LocalDate.of(1991, 12, 20);
    private static final LocalDate ESTABLISHED = LocalDate.of(1992, 6, 9);
    private static final LocalDate SEVERED = LocalDate.of(2000, 1, 10);
    private static final LocalDate RESTORED = LocalDate.of(2005, 3, 1);
    private static final LocalDate DECLARED = LocalDate.of(2017, 9, 1);
    private static final LocalDate VISIT_DAY = LocalDate.of(2024, 7, 11);
    private static final PartnershipLevel COMPREHENSIVE = PartnershipLevel.COMPREHENSIVE_STRATEGIC;

    /** The dyad's relationship record with {@code events} folded in at positions 1, 2, 3… */
    private static RelationshipRecord history(RelationshipEvent... events) {
        RelationshipRecord record = RelationshipRecord.empty(AZ_PK);
        long position = 1;
        for (RelationshipEvent event : events) {
            record = record.apply(event, position++);
        }
        return record;
    }

    private static RelationshipState stateOn(LocalDate date, RelationshipRecord history) {
        return RelationshipState.on(date, AZ_PK, history, List.of(), List.of());
    }

    @Nested
    class Diplomatic_relations {

        private final RelationshipRecord history = history(
                new DiplomaticRelationsEstablished(AZ_PK, ESTABLISHED, CITED),
                new DiplomaticRelationsSevered(AZ_PK, SEVERED, AZ, "hypothetical, for the read model", CITED),
                new DiplomaticRelationsRestored(AZ_PK, RESTORED, CITED));

        @Test
        void are_none_before_they_were_established_and_have_no_date() {
            RelationshipState state = stateOn(ESTABLISHED.minusDays(1), history);

            assertThat(state.diplomaticRelations()).isEqualTo(Relations.NONE);
            assertThat(state.relationsSince()).isNull();
        }

        @Test
        void are_none_for_a_dyad_without_any_relationship_event() {
            RelationshipState state = RelationshipState.on(VISIT_DAY, AZ_PK, null, List.of(), List.of());

            assertThat(state.dyad()).isEqualTo(AZ_PK);
            assertThat(state.asOf()).isEqualTo(VISIT_DAY);
            assertThat(state.diplomaticRelations()).isEqualTo(Relations.NONE);
            assertThat(state.relationsSince()).isNull();
            assertThat(state.recognitions()).isEmpty();
            assertThat(state.supports()).isEmpty();
            assertThat(state.partnership()).isNull();
            assertThat(state.lastHighLevelVisit()).isNull();
        }

        @Test
        void are_established_from_the_day_they_were_established() {
            RelationshipState state = stateOn(ESTABLISHED, history);

            assertThat(state.diplomaticRelations()).isEqualTo(Relations.ESTABLISHED);
            assertThat(state.relationsSince()).isEqualTo(ESTABLISHED);
            assertThat(stateOn(SEVERED.minusDays(1), history).relationsSince()).isEqualTo(ESTABLISHED);
        }

        @Test
        void are_severed_from_the_day_they_were_severed() {
            RelationshipState state = stateOn(SEVERED, history);

            assertThat(state.diplomaticRelations()).isEqualTo(Relations.SEVERED);
            assertThat(state.relationsSince()).isEqualTo(SEVERED);
            assertThat(stateOn(RESTORED.minusDays(1), history).diplomaticRelations()).isEqualTo(Relations.SEVERED);
        }

        @Test
        void are_established_again_from_the_day_they_were_restored() {
            RelationshipState state = stateOn(RESTORED, history);

            assertThat(state.diplomaticRelations()).isEqualTo(Relations.ESTABLISHED);
            assertThat(state.relationsSince()).isEqualTo(RESTORED);
            assertThat(stateOn(VISIT_DAY, history).relationsSince()).isEqualTo(RESTORED);
        }
    }

    @Nested
    class Recognitions_and_supports {

        private final IndependenceRecognised byPakistan =
                new IndependenceRecognised(AZ_PK, RECOGNISED_BY_PK, PK, AZ, CITED);
        private final IndependenceRecognised byAzerbaijan =
                new IndependenceRecognised(AZ_PK, RECOGNISED_BY_AZ, AZ, PK, CITED);
        private final SupportDeclared onKarabakh =
                new SupportDeclared(AZ_PK, VISIT_DAY, PK, AZ, "Karabakh", null, CITED);
        private final SupportDeclared onKashmir =
                new SupportDeclared(AZ_PK, LocalDate.of(2025, 2, 25), AZ, PK, "Kashmir", "OIC", CITED);
        private final RelationshipRecord history = history(byPakistan, byAzerbaijan, onKarabakh, onKashmir);

        @Test
        void only_recognitions_made_by_the_date_count() {
            assertThat(stateOn(RECOGNISED_BY_PK.minusDays(1), history).recognitions()).isEmpty();
            assertThat(stateOn(RECOGNISED_BY_PK, history).recognitions()).containsExactly(byPakistan);
            assertThat(stateOn(RECOGNISED_BY_AZ, history).recognitions()).containsExactly(byPakistan, byAzerbaijan);
        }

        @Test
        void only_support_declared_by_the_date_counts() {
            assertThat(stateOn(VISIT_DAY.minusDays(1), history).supports()).isEmpty();
            assertThat(stateOn(VISIT_DAY, history).supports()).containsExactly(onKarabakh);
            assertThat(stateOn(LocalDate.of(2025, 2, 25), history).supports()).containsExactly(onKarabakh, onKashmir);
        }
    }

    @Nested
    class Partnership_level {

        @Test
        void is_absent_before_any_declaration() {
            RelationshipRecord history = history(new PartnershipDeclared(AZ_PK, DECLARED, PartnershipLevel.STRATEGIC,
                    CITED));

            assertThat(stateOn(DECLARED.minusDays(1), history).partnership()).isNull();
        }

        @Test
        void declared_then_reaffirmed_holds_since_the_declaration_and_was_last_affirmed_on_the_reaffirmation() {
            RelationshipRecord history = history(
                    new PartnershipDeclared(AZ_PK, DECLARED, PartnershipLevel.STRATEGIC, CITED),
                    new PartnershipReaffirmed(AZ_PK, VISIT_DAY, PartnershipLevel.STRATEGIC, CITED));

            assertThat(stateOn(DECLARED, history).partnership())
                    .isEqualTo(new Partnership(PartnershipLevel.STRATEGIC, DECLARED, DECLARED));
            assertThat(stateOn(VISIT_DAY.minusDays(1), history).partnership())
                    .isEqualTo(new Partnership(PartnershipLevel.STRATEGIC, DECLARED, DECLARED));
            assertThat(stateOn(VISIT_DAY, history).partnership())
                    .isEqualTo(new Partnership(PartnershipLevel.STRATEGIC, DECLARED, VISIT_DAY));
        }

        @Test
        void reaffirmed_only_holds_since_the_first_reaffirmation() {
            LocalDate again = LocalDate.of(2025, 2, 25);
            RelationshipRecord history = history(
                    new PartnershipReaffirmed(AZ_PK, VISIT_DAY, PartnershipLevel.STRATEGIC, CITED),
                    new PartnershipReaffirmed(AZ_PK, again, PartnershipLevel.STRATEGIC, CITED));

            assertThat(stateOn(VISIT_DAY.minusDays(1), history).partnership()).isNull();
            assertThat(stateOn(VISIT_DAY, history).partnership())
                    .isEqualTo(new Partnership(PartnershipLevel.STRATEGIC, VISIT_DAY, VISIT_DAY));
            assertThat(stateOn(again, history).partnership())
                    .isEqualTo(new Partnership(PartnershipLevel.STRATEGIC, VISIT_DAY, again));
        }

        @Test
        void a_reaffirmation_recorded_late_with_an_earlier_date_does_not_move_the_last_affirmation_back() {
            LocalDate earlier = LocalDate.of(2020, 5, 1);
            RelationshipRecord history = history(
                    new PartnershipDeclared(AZ_PK, DECLARED, PartnershipLevel.STRATEGIC, CITED),
                    new PartnershipReaffirmed(AZ_PK, VISIT_DAY, PartnershipLevel.STRATEGIC, CITED),
                    new PartnershipReaffirmed(AZ_PK, earlier, PartnershipLevel.STRATEGIC, CITED));

            assertThat(stateOn(VISIT_DAY, history).partnership())
                    .isEqualTo(new Partnership(PartnershipLevel.STRATEGIC, DECLARED, VISIT_DAY));
            assertThat(stateOn(earlier, history).partnership())
                    .isEqualTo(new Partnership(PartnershipLevel.STRATEGIC, DECLARED, earlier));
        }

        @Test
        void raised_to_a_new_level_holds_the_new_level_since_it_was_declared() {
            LocalDate raised = LocalDate.of(2023, 3, 1);
            RelationshipRecord history = history(
                    new PartnershipDeclared(AZ_PK, DECLARED, PartnershipLevel.STRATEGIC, CITED),
                    new PartnershipReaffirmed(AZ_PK, LocalDate.of(2020, 5, 1), PartnershipLevel.STRATEGIC, CITED),
                    new PartnershipDeclared(AZ_PK, raised, COMPREHENSIVE, CITED),
                    new PartnershipReaffirmed(AZ_PK, VISIT_DAY, COMPREHENSIVE, CITED));

            assertThat(stateOn(raised.minusDays(1), history).partnership())
                    .isEqualTo(new Partnership(PartnershipLevel.STRATEGIC, DECLARED, LocalDate.of(2020, 5, 1)));
            assertThat(stateOn(raised, history).partnership())
                    .isEqualTo(new Partnership(COMPREHENSIVE, raised, raised));
            assertThat(stateOn(VISIT_DAY, history).partnership())
                    .isEqualTo(new Partnership(COMPREHENSIVE, raised, VISIT_DAY));
        }
    }

    @Nested
    class Agreements {

        private final AgreementId trade = AgreementId.of("az-pk-trade-2024");
        private final AgreementId energy = AgreementId.of("az-pk-energy-mou-2024");
        private final AgreementId defence = AgreementId.of("az-pk-defence-2024");
        private final AgreementId old = AgreementId.of("az-pk-transit-2010");
        private final AgreementId later = AgreementId.of("az-pk-health-2025");

        /** In force on the visit day, in trade and investment. */
        private final AgreementRecord tradeInForce = AgreementRecord.of(concluded(trade, VISIT_DAY,
                        InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.TRADE, Sector.INVESTMENT)), 1)
                .apply(signedByBoth(trade, VISIT_DAY, VISIT), 2)
                .apply(inForce(trade, VISIT_DAY, null), 3);
        /** In force on the visit day, in energy. */
        private final AgreementRecord energyInForce = AgreementRecord.of(concluded(energy, VISIT_DAY,
                        InstrumentKind.MEMORANDUM_OF_UNDERSTANDING, List.of(AZ, PK), List.of(Sector.ENERGY)), 4)
                .apply(signedByBoth(energy, VISIT_DAY, VISIT), 5)
                .apply(inForce(energy, VISIT_DAY, null), 6);
        /** Signed on the visit day, awaiting ratification. */
        private final AgreementRecord defenceSigned = AgreementRecord.of(concluded(defence, VISIT_DAY,
                        InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.DEFENCE)), 7)
                .apply(signedByBoth(defence, VISIT_DAY, VISIT), 8);
        /** In force from 2010, terminated by consent with effect from 2020-01-01. */
        private final AgreementRecord oldTerminated = AgreementRecord.of(concluded(old, LocalDate.of(2010, 3, 1),
                        InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.TRADE)), 9)
                .apply(signedByBoth(old, LocalDate.of(2010, 3, 1), null), 10)
                .apply(inForce(old, LocalDate.of(2010, 3, 1), null), 11)
                .apply(new AgreementTerminated(old, LocalDate.of(2019, 6, 1), LocalDate.of(2020, 1, 1),
                        TerminationGround.MUTUAL_CONSENT, null, null, CITED), 12);
        /** Concluded only after the visit. */
        private final AgreementRecord concludedLater = AgreementRecord.of(concluded(later,
                LocalDate.of(2025, 2, 25), InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.HEALTH)), 13);
        private final List<AgreementRecord> all =
                List.of(tradeInForce, energyInForce, defenceSigned, oldTerminated, concludedLater);

        @Test
        void are_counted_by_status_on_the_date_with_every_status_present_even_at_zero() {
            RelationshipState state = RelationshipState.on(VISIT_DAY, AZ_PK, null, List.of(), all);

            assertThat(state.agreementsByStatus()).containsOnlyKeys(AgreementStatus.values());
            assertThat(state.agreementsByStatus()).containsExactly(
                    entry(AgreementStatus.CONCLUDED, 0),
                    entry(AgreementStatus.SIGNED, 1),
                    entry(AgreementStatus.PROVISIONALLY_APPLIED, 0),
                    entry(AgreementStatus.IN_FORCE, 2),
                    entry(AgreementStatus.SUSPENDED, 0),
                    entry(AgreementStatus.TERMINATED, 1),
                    entry(AgreementStatus.EXPIRED, 0));
        }

        @Test
        void on_an_earlier_date_are_counted_by_their_status_then() {
            RelationshipState state = RelationshipState.on(LocalDate.of(2015, 1, 1), AZ_PK, null, List.of(), all);

            assertThat(state.agreementsByStatus().get(AgreementStatus.IN_FORCE)).isEqualTo(1);
            assertThat(state.agreementsByStatus().get(AgreementStatus.TERMINATED)).isZero();
            assertThat(state.agreementsByStatus().get(AgreementStatus.SIGNED)).isZero();
            assertThat(state.agreementsInForceBySector()).containsOnly(entry(Sector.TRADE, 1));
        }

        @Test
        void with_none_every_status_is_zero_and_no_sector_is_in_force() {
            RelationshipState state = RelationshipState.on(VISIT_DAY, AZ_PK, null, List.of(), List.of());

            assertThat(state.agreementsByStatus()).hasSize(AgreementStatus.values().length)
                    .allSatisfy((status, count) -> assertThat(count).isZero());
            assertThat(state.agreementsInForceBySector()).isEmpty();
        }

        @Test
        void in_force_are_counted_by_each_of_their_sectors_and_others_not_at_all() {
            RelationshipState state = RelationshipState.on(VISIT_DAY, AZ_PK, null, List.of(), all);

            assertThat(state.agreementsInForceBySector()).containsOnly(
                    entry(Sector.TRADE, 1), entry(Sector.INVESTMENT, 1), entry(Sector.ENERGY, 1));
        }

        @Test
        void one_concluded_after_the_date_is_not_counted_at_all() {
            RelationshipState state = RelationshipState.on(LocalDate.of(2025, 2, 25), AZ_PK, null, List.of(), all);
            int total = state.agreementsByStatus().values().stream().mapToInt(Integer::intValue).sum();

            assertThat(total).isEqualTo(5);
            assertThat(state.agreementsByStatus().get(AgreementStatus.CONCLUDED)).isEqualTo(1);
            assertThat(RelationshipState.on(VISIT_DAY, AZ_PK, null, List.of(), all).agreementsByStatus().values()
                    .stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        }
    }

    @Nested
    class Visits {

        private final LocalDate sharifArrived = LocalDate.of(2025, 2, 24);
        private final LocalDate darArrived = LocalDate.of(2025, 5, 1);
        private final VisitId sharifVisit = VisitId.of("sharif-azerbaijan-2025");
        private final VisitId darVisit = VisitId.of("dar-azerbaijan-2025");
        private final VisitId asadovVisit = VisitId.of("asadov-pakistan-2025");

        /** President Aliyev's state visit to Pakistan, 11–12 July 2024. */
        private final VisitRecord aliyev = VisitRecord.of(referenceVisitScheduled(), 1)
                .apply(arrived(VISIT, VISIT_DAY), 2)
                .apply(departed(VISIT, VISIT_DAY.plusDays(1)), 3);
        /** Prime Minister Sharif's official visit to Azerbaijan, February 2025. */
        private final VisitRecord sharif = VisitRecord.of(scheduled(sharifVisit, LocalDate.of(2025, 2, 1), SHARIF,
                        AZ, VisitKind.OFFICIAL, sharifArrived, sharifArrived.plusDays(1)), 4)
                .apply(arrived(sharifVisit, sharifArrived), 5);
        /** Foreign Minister Dar's working visit to Azerbaijan, May 2025: the latest visit, but not high-level. */
        private final VisitRecord dar = VisitRecord.of(scheduled(darVisit, LocalDate.of(2025, 4, 20), DAR, AZ,
                        VisitKind.WORKING, darArrived, darArrived), 6)
                .apply(arrived(darVisit, darArrived), 7);
        /** Prime Minister Asadov's visit to Pakistan, cancelled: it never took place. */
        private final VisitRecord asadovCancelled = VisitRecord.of(scheduled(asadovVisit, LocalDate.of(2025, 3, 1),
                        ASADOV, PK, VisitKind.OFFICIAL, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2)), 8)
                .apply(new VisitCancelled(asadovVisit, LocalDate.of(2025, 5, 20), null, CITED), 9);
        private final List<VisitRecord> all = List.of(aliyev, sharif, dar, asadovCancelled);

        private RelationshipState on(LocalDate date) {
            return RelationshipState.on(date, AZ_PK, null, all, List.of());
        }

        @Test
        void are_not_counted_before_the_guest_arrived_even_when_scheduled() {
            RelationshipState state = on(VISIT_DAY.minusDays(1));

            assertThat(state.visitsByKind()).isEmpty();
            assertThat(state.visitsByGuestOffice()).isEmpty();
            assertThat(state.lastHighLevelVisit()).isNull();
        }

        @Test
        void are_counted_by_kind_and_by_guest_office_from_the_day_the_guest_arrived() {
            RelationshipState state = on(VISIT_DAY);

            assertThat(state.visitsByKind()).containsOnly(entry(VisitKind.STATE, 1));
            assertThat(state.visitsByGuestOffice()).containsOnly(entry(Office.HEAD_OF_STATE, 1));
        }

        @Test
        void a_cancelled_visit_is_never_counted() {
            RelationshipState state = on(LocalDate.of(2026, 1, 1));

            assertThat(state.visitsByKind()).containsOnly(
                    entry(VisitKind.STATE, 1), entry(VisitKind.OFFICIAL, 1), entry(VisitKind.WORKING, 1));
            assertThat(state.visitsByGuestOffice()).containsOnly(entry(Office.HEAD_OF_STATE, 1),
                    entry(Office.HEAD_OF_GOVERNMENT, 1), entry(Office.FOREIGN_MINISTER, 1));
        }

        @Test
        void the_last_high_level_visit_is_the_latest_that_took_place_by_a_head_of_state_or_government() {
            // On the day of arrival the departure of the next day is not yet known.
            assertThat(on(VISIT_DAY).lastHighLevelVisit()).isEqualTo(new VisitSummary(VISIT, ALIYEV, PK,
                    VisitKind.STATE, VISIT_DAY, null));
            assertThat(on(VISIT_DAY.plusDays(1)).lastHighLevelVisit()).isEqualTo(new VisitSummary(VISIT, ALIYEV, PK,
                    VisitKind.STATE, VISIT_DAY, VISIT_DAY.plusDays(1)));
            assertThat(on(sharifArrived.minusDays(1)).lastHighLevelVisit().id()).isEqualTo(VISIT);
            assertThat(on(sharifArrived).lastHighLevelVisit()).isEqualTo(new VisitSummary(sharifVisit, SHARIF, AZ,
                    VisitKind.OFFICIAL, sharifArrived, null));
        }

        @Test
        void a_later_visit_by_a_minister_is_not_the_last_high_level_visit() {
            RelationshipState state = on(darArrived.plusDays(30));

            assertThat(state.lastHighLevelVisit().id()).isEqualTo(sharifVisit);
            assertThat(state.lastHighLevelVisit().guest().office()).isEqualTo(Office.HEAD_OF_GOVERNMENT);
        }

        @Test
        void the_last_high_level_visit_does_not_depend_on_the_order_of_the_visits() {
            List<VisitRecord> reversed = Arrays.asList(asadovCancelled, dar, sharif, aliyev);

            assertThat(RelationshipState.on(LocalDate.of(2026, 1, 1), AZ_PK, null, reversed, List.of())
                    .lastHighLevelVisit().id()).isEqualTo(sharifVisit);
        }
    }
}
