package dev.entente.application.query;

import static dev.entente.application.fixtures.Events.ANNOUNCED;
import static dev.entente.application.fixtures.Events.ESTABLISHED;
import static dev.entente.application.fixtures.Events.FIRST_DAY;
import static dev.entente.application.fixtures.Events.LAST_DAY;
import static dev.entente.application.fixtures.Events.RECOGNISED;
import static dev.entente.application.fixtures.Events.SIGNED_DURING_VISIT;
import static dev.entente.application.fixtures.Events.VISIT;
import static dev.entente.application.fixtures.Events.arrived;
import static dev.entente.application.fixtures.Events.concluded;
import static dev.entente.application.fixtures.Events.inForce;
import static dev.entente.application.fixtures.Events.referenceHistory;
import static dev.entente.application.fixtures.Events.scheduled;
import static dev.entente.application.fixtures.Events.signedByBoth;
import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.DE;
import static dev.entente.domain.fixtures.Countries.FR;
import static dev.entente.domain.fixtures.Countries.FR_DE;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.application.fixtures.Events;
import dev.entente.application.fixtures.Events.At;
import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.projection.ReadModelProjector;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.RelationshipRecord.Relations;
import dev.entente.application.readmodel.RelationshipState;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoreReadModelsTest {

    private static final Dyad AZ_TR = Dyad.of(AZ, TR);
    private static final Dyad PK_TR = Dyad.of(PK, TR);

    /** A trilateral declaration of 2021, in force on signature. */
    private static final AgreementId DECLARATION = AgreementId.of("az-pk-tr-islamabad-declaration-2021");
    private static final LocalDate DECLARED = LocalDate.of(2021, 1, 13);
    /** A Franco-German treaty, to see the party filter leave it out. */
    private static final AgreementId AACHEN = AgreementId.of("fr-de-aachen-treaty-2019");
    private static final LocalDate AACHEN_SIGNED = LocalDate.of(2019, 1, 22);
    /** A treaty signed in 2024 that needs ratification: signed, not in force. */
    private static final AgreementId INVESTMENT = AgreementId.of("az-pk-investment-2024");
    /** Prime Minister Sharif's official visit to Azerbaijan, with a health agreement signed during it. */
    private static final VisitId SHARIF_VISIT = VisitId.of("sharif-azerbaijan-2025");
    private static final LocalDate SHARIF_ARRIVED = LocalDate.of(2025, 2, 24);
    private static final AgreementId HEALTH = AgreementId.of("az-pk-health-2025");

    private final InMemoryReadModelStore store = new InMemoryReadModelStore();
    private final StoreReadModels readModels = new StoreReadModels(store);

    @BeforeEach
    void project_the_history() {
        List<Object> events = new ArrayList<>();
        referenceHistory().forEach(at -> events.add(at.event()));
        events.add(concluded(DECLARATION, DECLARED, InstrumentKind.JOINT_DECLARATION, List.of(AZ, PK, TR),
                List.of(Sector.DIPLOMACY)));
        events.add(new AgreementSigned(DECLARATION, DECLARED, "Islamabad",
                List.of(Signature.forParty(AZ), Signature.forParty(PK), Signature.forParty(TR)), null, CITED));
        events.add(inForce(DECLARATION, DECLARED, null));
        events.add(concluded(AACHEN, AACHEN_SIGNED, InstrumentKind.TREATY, List.of(FR, DE),
                List.of(Sector.DIPLOMACY, Sector.DEFENCE), EntryIntoForceRule.onLastRatification(), null));
        events.add(new AgreementSigned(AACHEN, AACHEN_SIGNED, "Aachen",
                List.of(Signature.forParty(FR), Signature.forParty(DE)), null, CITED));
        events.add(concluded(INVESTMENT, FIRST_DAY, InstrumentKind.TREATY, List.of(AZ, PK),
                List.of(Sector.INVESTMENT, Sector.TRADE), EntryIntoForceRule.daysAfterLastRatification(30),
                Period.ofYears(10)));
        events.add(signedByBoth(INVESTMENT, LAST_DAY, null));
        events.add(scheduled(SHARIF_VISIT, LocalDate.of(2025, 2, 1), SHARIF, AZ, VisitKind.OFFICIAL, SHARIF_ARRIVED,
                SHARIF_ARRIVED.plusDays(1)));
        events.add(arrived(SHARIF_VISIT, SHARIF_ARRIVED));
        events.add(concluded(HEALTH, SHARIF_ARRIVED, InstrumentKind.MEMORANDUM_OF_UNDERSTANDING, List.of(AZ, PK),
                List.of(Sector.HEALTH)));
        events.add(signedByBoth(HEALTH, SHARIF_ARRIVED, SHARIF_VISIT));
        events.add(inForce(HEALTH, SHARIF_ARRIVED, null));

        ReadModelProjector projector = new ReadModelProjector(store);
        for (At at : Events.numbered(events)) {
            projector.project(at.event(), at.position());
        }
    }

    private static List<AgreementId> ids(List<AgreementEntry> entries) {
        return entries.stream().map(entry -> entry.agreement().id()).toList();
    }

    @Nested
    class State_of_a_dyad {

        @Test
        void is_the_state_derived_from_the_dyads_records_on_the_date() {
            RelationshipState state = readModels.stateOf(AZ_PK, LAST_DAY);

            assertThat(state).isEqualTo(RelationshipState.on(LAST_DAY, AZ_PK, store.relationship(AZ_PK).orElseThrow(),
                    store.visitsOf(AZ_PK), store.agreementsOf(AZ_PK)));
            assertThat(state.diplomaticRelations()).isEqualTo(Relations.ESTABLISHED);
            assertThat(state.relationsSince()).isEqualTo(ESTABLISHED);
            assertThat(state.agreementsByStatus().get(AgreementStatus.IN_FORCE)).isEqualTo(6);
            assertThat(state.agreementsByStatus().get(AgreementStatus.SIGNED)).isEqualTo(1);
            assertThat(state.lastHighLevelVisit().id()).isEqualTo(VISIT);
        }

        @Test
        void counts_a_trilateral_agreement_for_each_of_its_dyads() {
            assertThat(readModels.stateOf(PK_TR, LAST_DAY).agreementsInForceBySector())
                    .containsOnlyKeys(Sector.DIPLOMACY);
            assertThat(readModels.stateOf(AZ_TR, LAST_DAY).agreementsByStatus().get(AgreementStatus.IN_FORCE))
                    .isEqualTo(1);
        }

        @Test
        void of_a_dyad_without_history_has_no_relations_and_nothing_counted() {
            RelationshipState state = readModels.stateOf(Dyad.of(AZ, FR), LAST_DAY);

            assertThat(state.diplomaticRelations()).isEqualTo(Relations.NONE);
            assertThat(state.agreementsByStatus().values()).containsOnly(0);
            assertThat(state.visitsByKind()).isEmpty();
        }

        @Test
        void needs_a_dyad_and_a_date() {
            assertThatThrownBy(() -> readModels.stateOf(null, LAST_DAY)).isInstanceOf(InvalidValue.class);
            assertThatThrownBy(() -> readModels.stateOf(AZ_PK, null)).isInstanceOf(InvalidValue.class);
        }
    }

    @Nested
    class Timeline {

        @Test
        void runs_from_the_first_date_to_the_last_both_included() {
            List<TimelineEntry> entries = readModels.timeline(AZ_PK, ANNOUNCED, FIRST_DAY);

            assertThat(entries).first().extracting(TimelineEntry::kind).isEqualTo("visit.scheduled");
            assertThat(entries).last().extracting(TimelineEntry::occurredOn).isEqualTo(FIRST_DAY);
            assertThat(entries).extracting(TimelineEntry::occurredOn).containsOnly(ANNOUNCED, FIRST_DAY);
        }

        @Test
        void of_a_single_day_has_only_that_days_entries_in_the_order_recorded() {
            List<TimelineEntry> entries = readModels.timeline(AZ_PK, LAST_DAY, LAST_DAY);

            assertThat(entries).extracting(TimelineEntry::kind)
                    .containsExactly("visit.joint-statement-issued", "visit.concluded", "agreement.signed");
            assertThat(entries).extracting(TimelineEntry::position).isSorted();
        }

        @Test
        void without_bounds_is_the_whole_history_ordered_by_date_then_position() {
            List<TimelineEntry> entries = readModels.timeline(AZ_PK, null, null);

            assertThat(entries).first().extracting(TimelineEntry::occurredOn).isEqualTo(RECOGNISED);
            assertThat(entries).last().extracting(TimelineEntry::occurredOn).isEqualTo(SHARIF_ARRIVED);
            assertThat(entries).isSortedAccordingTo((a, b) -> a.occurredOn().equals(b.occurredOn())
                    ? Long.compare(a.position(), b.position()) : a.occurredOn().compareTo(b.occurredOn()));
            assertThat(entries).extracting(TimelineEntry::subject).contains(DECLARATION.value());
        }

        @Test
        void puts_an_event_recorded_late_at_its_date() {
            // The trilateral declaration of 2021 was recorded after the 2024 visit.
            List<TimelineEntry> entries = readModels.timeline(PK_TR, null, null);

            assertThat(entries).extracting(TimelineEntry::kind).containsExactly(
                    "agreement.concluded", "agreement.signed", "agreement.entered-into-force");
            assertThat(readModels.timeline(AZ_PK, DECLARED, DECLARED)).hasSize(3);
            assertThat(readModels.timeline(AZ_PK, null, DECLARED)).extracting(TimelineEntry::occurredOn)
                    .containsExactly(RECOGNISED, ESTABLISHED, LocalDate.of(2017, 9, 1), DECLARED, DECLARED, DECLARED);
        }

        @Test
        void with_only_one_bound_is_open_at_the_other_end() {
            assertThat(readModels.timeline(AZ_PK, SHARIF_ARRIVED, null)).extracting(TimelineEntry::occurredOn)
                    .containsOnly(SHARIF_ARRIVED);
            assertThat(readModels.timeline(AZ_PK, null, RECOGNISED)).hasSize(1);
        }

        @Test
        void running_backwards_is_refused() {
            assertThatThrownBy(() -> readModels.timeline(AZ_PK, LAST_DAY, FIRST_DAY))
                    .hasMessageContaining(LAST_DAY.toString())
                    .hasMessageContaining(FIRST_DAY.toString())
                    .isInstanceOfSatisfying(InvalidValue.class,
                            e -> assertThat(e.code()).isEqualTo("timeline.range-out-of-order"));
        }

        @Test
        void of_a_dyad_without_history_is_empty() {
            assertThat(readModels.timeline(Dyad.of(AZ, FR), null, null)).isEmpty();
        }
    }

    @Nested
    class Agreement_register {

        @Test
        void lists_every_agreement_concluded_by_the_date_with_its_status_then_ordered_by_conclusion() {
            List<AgreementEntry> entries = readModels.agreements(AgreementQuery.on(LAST_DAY));

            assertThat(ids(entries)).containsExactly(AACHEN, DECLARATION, AgreementId.of("az-pk-culture-2024"),
                    AgreementId.of("az-pk-defence-2024"), AgreementId.of("az-pk-education-mou-2024"),
                    AgreementId.of("az-pk-energy-mou-2024"), INVESTMENT, AgreementId.of("az-pk-trade-2024"));
            assertThat(entries).allSatisfy(entry ->
                    assertThat(entry.status()).isEqualTo(entry.agreement().statusOn(LAST_DAY)));
            assertThat(entries.get(0).status()).isEqualTo(AgreementStatus.SIGNED);
        }

        @Test
        void leaves_out_agreements_not_yet_concluded_on_the_date() {
            assertThat(ids(readModels.agreements(AgreementQuery.on(LocalDate.of(2020, 1, 1)))))
                    .containsExactly(AACHEN);
            assertThat(readModels.agreements(AgreementQuery.on(LocalDate.of(2000, 1, 1)))).isEmpty();
        }

        @Test
        void filters_by_party() {
            assertThat(ids(readModels.agreements(AgreementQuery.on(LAST_DAY).withParty(TR))))
                    .containsExactly(DECLARATION);
            assertThat(ids(readModels.agreements(AgreementQuery.on(LAST_DAY).withParty(DE))))
                    .containsExactly(AACHEN);
            assertThat(ids(readModels.agreements(AgreementQuery.on(LAST_DAY).withParty(AZ))))
                    .hasSize(7).doesNotContain(AACHEN);
        }

        @Test
        void filters_by_sector() {
            assertThat(ids(readModels.agreements(AgreementQuery.on(LAST_DAY).inSector(Sector.DIPLOMACY))))
                    .containsExactly(AACHEN, DECLARATION);
            assertThat(ids(readModels.agreements(AgreementQuery.on(LAST_DAY).inSector(Sector.TRADE))))
                    .containsExactly(INVESTMENT, AgreementId.of("az-pk-trade-2024"));
        }

        @Test
        void filters_by_kind() {
            assertThat(ids(readModels.agreements(AgreementQuery.on(LAST_DAY)
                    .ofKind(InstrumentKind.MEMORANDUM_OF_UNDERSTANDING))))
                    .containsExactly(AgreementId.of("az-pk-education-mou-2024"),
                            AgreementId.of("az-pk-energy-mou-2024"));
        }

        @Test
        void filters_by_status_on_the_date() {
            assertThat(ids(readModels.agreements(AgreementQuery.on(LAST_DAY).withStatus(AgreementStatus.SIGNED))))
                    .containsExactly(AACHEN, INVESTMENT);
            assertThat(ids(readModels.agreements(AgreementQuery.on(FIRST_DAY).withStatus(AgreementStatus.CONCLUDED))))
                    .containsExactly(INVESTMENT);
            assertThat(readModels.agreements(AgreementQuery.on(LAST_DAY).withStatus(AgreementStatus.IN_FORCE)))
                    .hasSize(6).extracting(AgreementEntry::status).containsOnly(AgreementStatus.IN_FORCE);
        }

        @Test
        void combines_the_filters() {
            AgreementQuery query = AgreementQuery.on(SHARIF_ARRIVED).withParty(PK).inSector(Sector.HEALTH)
                    .ofKind(InstrumentKind.MEMORANDUM_OF_UNDERSTANDING).withStatus(AgreementStatus.IN_FORCE);

            assertThat(ids(readModels.agreements(query))).containsExactly(HEALTH);
            assertThat(readModels.agreements(query.withParty(FR))).isEmpty();
            assertThat(readModels.agreements(query.withStatus(AgreementStatus.SIGNED))).isEmpty();
        }

        @Test
        void needs_a_query_with_a_date() {
            assertThatThrownBy(() -> readModels.agreements(null)).isInstanceOf(InvalidValue.class);
            assertThatThrownBy(() -> AgreementQuery.on(null)).isInstanceOf(InvalidValue.class);
        }
    }

    @Nested
    class Visit_log {

        @Test
        void lists_the_dyads_visits_in_either_direction_by_planned_start() {
            List<VisitLogEntry> visits = readModels.visits(AZ_PK);

            assertThat(visits).extracting(entry -> entry.visit().id()).containsExactly(VISIT, SHARIF_VISIT);
        }

        @Test
        void gives_each_visit_the_agreements_signed_during_it() {
            List<VisitLogEntry> visits = readModels.visits(AZ_PK);

            assertThat(visits.get(0).agreementsSigned()).extracting(AgreementRecord::id)
                    .containsExactlyInAnyOrderElementsOf(SIGNED_DURING_VISIT)
                    .doesNotContain(INVESTMENT, HEALTH);
            assertThat(visits.get(1).agreementsSigned()).extracting(AgreementRecord::id).containsExactly(HEALTH);
        }

        @Test
        void orders_the_agreements_of_a_visit_by_conclusion() {
            assertThat(readModels.visits(AZ_PK).get(0).agreementsSigned()).extracting(AgreementRecord::id)
                    .containsExactly(AgreementId.of("az-pk-culture-2024"), AgreementId.of("az-pk-defence-2024"),
                            AgreementId.of("az-pk-education-mou-2024"), AgreementId.of("az-pk-energy-mou-2024"),
                            AgreementId.of("az-pk-trade-2024"));
        }

        @Test
        void of_a_dyad_without_visits_is_empty() {
            assertThat(readModels.visits(PK_TR)).isEmpty();
            assertThat(readModels.visits(FR_DE)).isEmpty();
        }
    }

    @Nested
    class Records_and_dyads {

        @Test
        void every_dyad_with_a_history_is_listed_in_canonical_order() {
            assertThat(readModels.dyads()).containsExactly(AZ_PK, AZ_TR, FR_DE, PK_TR);
        }

        @Test
        void a_visit_and_an_agreement_are_found_by_id() {
            assertThat(readModels.visit(VISIT)).map(VisitRecord::guest).map(g -> g.name()).contains("Ilham Aliyev");
            assertThat(readModels.agreement(HEALTH)).map(AgreementRecord::sectors).contains(List.of(Sector.HEALTH));
            assertThat(readModels.visit(VisitId.of("unknown-visit"))).isEmpty();
            assertThat(readModels.agreement(AgreementId.of("unknown-agreement"))).isEmpty();
        }
    }
}
