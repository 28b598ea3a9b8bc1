package dev.entente.application.projection;

import static dev.entente.application.fixtures.Events.ANNOUNCED;
import static dev.entente.application.fixtures.Events.ESTABLISHED;
import static dev.entente.application.fixtures.Events.FIRST_DAY;
import static dev.entente.application.fixtures.Events.LAST_DAY;
import static dev.entente.application.fixtures.Events.SIGNED_DURING_VISIT;
import static dev.entente.application.fixtures.Events.VISIT;
import static dev.entente.application.fixtures.Events.arrived;
import static dev.entente.application.fixtures.Events.concluded;
import static dev.entente.application.fixtures.Events.delegationTalks;
import static dev.entente.application.fixtures.Events.departed;
import static dev.entente.application.fixtures.Events.inForce;
import static dev.entente.application.fixtures.Events.referenceHistory;
import static dev.entente.application.fixtures.Events.referenceVisitScheduled;
import static dev.entente.application.fixtures.Events.signedByBoth;
import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.application.fixtures.Events.At;
import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.query.AgreementEntry;
import dev.entente.application.query.AgreementQuery;
import dev.entente.application.query.StoreReadModels;
import dev.entente.application.query.VisitLogEntry;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.RelationshipRecord.Relations;
import dev.entente.application.readmodel.RelationshipState;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.PartnershipReaffirmed;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadModelProjectorTest {

    private static final Dyad AZ_TR = Dyad.of(AZ, TR);
    private static final Dyad PK_TR = Dyad.of(PK, TR);
    private static final AgreementId TRILATERAL = AgreementId.of("az-pk-tr-islamabad-declaration-2021");
    private static final LocalDate TRILATERAL_ON = LocalDate.of(2021, 1, 13);
    private static final AgreementId TRADE = SIGNED_DURING_VISIT.get(0);

    private final InMemoryReadModelStore store = new InMemoryReadModelStore();
    private final ReadModelProjector projector = new ReadModelProjector(store);

    private void project(List<At> events) {
        events.forEach(at -> projector.project(at.event(), at.position()));
    }

    private List<TimelineEntry> timeline(Dyad dyad) {
        return store.timeline(dyad, LocalDate.MIN, LocalDate.MAX);
    }

    private static AgreementConcluded trilateralConcluded() {
        return concluded(TRILATERAL, TRILATERAL_ON, InstrumentKind.JOINT_DECLARATION, List.of(AZ, PK, TR),
                List.of(Sector.DIPLOMACY));
    }

    private static AgreementSigned trilateralSigned() {
        return new AgreementSigned(TRILATERAL, TRILATERAL_ON, "Islamabad",
                List.of(Signature.forParty(AZ), Signature.forParty(PK), Signature.forParty(TR)), null, CITED);
    }

    @Nested
    class Visits {

        @Test
        void the_scheduling_creates_the_record_and_links_it_to_the_dyad() {
            projector.project(referenceVisitScheduled(), 1);

            assertThat(store.visit(VISIT)).contains(VisitRecord.of(referenceVisitScheduled(), 1));
            assertThat(store.visitsOf(AZ_PK)).extracting(VisitRecord::id).containsExactly(VISIT);
            assertThat(store.dyads()).containsExactly(AZ_PK);
        }

        @Test
        void each_later_event_is_folded_into_the_record_at_its_position() {
            projector.project(referenceVisitScheduled(), 1);
            projector.project(arrived(VISIT, FIRST_DAY), 2);
            projector.project(delegationTalks(VISIT, FIRST_DAY), 3);
            projector.project(departed(VISIT, LAST_DAY), 4);

            VisitRecord visit = store.visit(VISIT).orElseThrow();
            assertThat(visit).isEqualTo(VisitRecord.of(referenceVisitScheduled(), 1)
                    .apply(arrived(VISIT, FIRST_DAY), 2)
                    .apply(delegationTalks(VISIT, FIRST_DAY), 3)
                    .apply(departed(VISIT, LAST_DAY), 4));
            assertThat(visit.position()).isEqualTo(4);
            assertThat(visit.statusOn(LAST_DAY)).isEqualTo(VisitStatus.CONCLUDED);
            assertThat(store.visitsOf(AZ_PK)).hasSize(1);
        }

        @Test
        void each_event_adds_a_timeline_entry_of_its_stored_name() {
            projector.project(referenceVisitScheduled(), 1);
            projector.project(arrived(VISIT, FIRST_DAY), 2);
            projector.project(delegationTalks(VISIT, FIRST_DAY), 3);
            projector.project(departed(VISIT, LAST_DAY), 4);

            assertThat(timeline(AZ_PK)).extracting(TimelineEntry::kind).containsExactly(
                    "visit.scheduled", "visit.guest-arrived", "visit.talks-held", "visit.concluded");
            assertThat(timeline(AZ_PK)).extracting(TimelineEntry::position).containsExactly(1L, 2L, 3L, 4L);
            assertThat(timeline(AZ_PK)).extracting(TimelineEntry::occurredOn)
                    .containsExactly(ANNOUNCED, FIRST_DAY, FIRST_DAY, LAST_DAY);
            assertThat(timeline(AZ_PK)).allSatisfy(entry -> {
                assertThat(entry.dyad()).isEqualTo(AZ_PK);
                assertThat(entry.subject()).isEqualTo(VISIT.value());
                assertThat(entry.sources()).isEqualTo(CITED);
            });
        }

        @Test
        void an_event_without_the_scheduling_is_refused_naming_the_visit() {
            VisitId unknown = VisitId.of("sharif-azerbaijan-2025");

            assertThatThrownBy(() -> projector.project(arrived(unknown, FIRST_DAY), 7))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("sharif-azerbaijan-2025")
                    .hasMessageContaining("visit.guest-arrived")
                    .hasMessageContaining("7");
            assertThat(store.visit(unknown)).isEmpty();
            assertThat(store.dyads()).isEmpty();
        }
    }

    @Nested
    class Agreements {

        @Test
        void the_conclusion_creates_the_record_and_links_it_to_the_dyad() {
            projector.project(concluded(TRADE, FIRST_DAY, InstrumentKind.AGREEMENT, List.of(AZ, PK),
                    List.of(Sector.TRADE)), 1);
            projector.project(signedByBoth(TRADE, FIRST_DAY, VISIT), 2);
            projector.project(inForce(TRADE, FIRST_DAY, null), 3);

            AgreementRecord agreement = store.agreement(TRADE).orElseThrow();
            assertThat(agreement.position()).isEqualTo(3);
            assertThat(agreement.statusOn(FIRST_DAY)).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(store.agreementsOf(AZ_PK)).containsExactly(agreement);
            assertThat(timeline(AZ_PK)).extracting(TimelineEntry::kind).containsExactly(
                    "agreement.concluded", "agreement.signed", "agreement.entered-into-force");
            assertThat(timeline(AZ_PK)).extracting(TimelineEntry::subject).containsOnly(TRADE.value());
        }

        @Test
        void a_trilateral_agreement_is_linked_to_the_three_dyads_and_each_event_is_on_their_three_timelines() {
            projector.project(trilateralConcluded(), 1);
            projector.project(trilateralSigned(), 2);

            AgreementRecord agreement = store.agreement(TRILATERAL).orElseThrow();
            for (Dyad dyad : List.of(AZ_PK, AZ_TR, PK_TR)) {
                assertThat(store.agreementsOf(dyad)).as("agreements of %s", dyad).containsExactly(agreement);
                assertThat(timeline(dyad)).as("timeline of %s", dyad).extracting(TimelineEntry::kind)
                        .containsExactly("agreement.concluded", "agreement.signed");
                assertThat(timeline(dyad)).extracting(TimelineEntry::dyad).containsOnly(dyad);
                assertThat(timeline(dyad)).extracting(TimelineEntry::position).containsExactly(1L, 2L);
            }
            assertThat(store.dyads()).containsExactly(AZ_PK, AZ_TR, PK_TR);
        }

        @Test
        void an_event_without_the_conclusion_is_refused_naming_the_agreement() {
            assertThatThrownBy(() -> projector.project(signedByBoth(TRADE, FIRST_DAY, VISIT), 3))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(TRADE.value())
                    .hasMessageContaining("agreement.signed");
            assertThat(store.agreement(TRADE)).isEmpty();
            assertThat(timeline(AZ_PK)).isEmpty();
        }
    }

    @Nested
    class Relationships {

        @Test
        void each_event_is_folded_into_the_dyads_record_and_its_timeline() {
            DiplomaticRelationsEstablished established = new DiplomaticRelationsEstablished(AZ_PK, ESTABLISHED, CITED);
            PartnershipReaffirmed reaffirmed =
                    new PartnershipReaffirmed(AZ_PK, FIRST_DAY, PartnershipLevel.STRATEGIC, CITED);

            projector.project(established, 1);
            projector.project(reaffirmed, 2);

            assertThat(store.relationship(AZ_PK))
                    .contains(RelationshipRecord.empty(AZ_PK).apply(established, 1).apply(reaffirmed, 2));
            assertThat(timeline(AZ_PK)).extracting(TimelineEntry::kind).containsExactly(
                    "relationship.diplomatic-relations-established", "relationship.partnership-reaffirmed");
            assertThat(timeline(AZ_PK)).extracting(TimelineEntry::subject).containsOnly("AZ-PK");
            assertThat(store.dyads()).containsExactly(AZ_PK);
        }

        @Test
        void the_first_event_needs_no_creation_event() {
            projector.project(new PartnershipReaffirmed(AZ_PK, FIRST_DAY, PartnershipLevel.STRATEGIC, CITED), 5);

            assertThat(store.relationship(AZ_PK).orElseThrow().position()).isEqualTo(5);
        }
    }

    @Nested
    class Annotations_recorded_with_an_event {

        private final Annotations noted = Annotations.of("Sources disagree", List.of());

        @Test
        void a_visit_event_carries_them_into_its_timeline_entry_and_its_record() {
            projector.project(referenceVisitScheduled(), 1);
            projector.project(arrived(VISIT, FIRST_DAY), 2, noted);

            assertThat(timeline(AZ_PK)).extracting(TimelineEntry::annotations)
                    .containsExactly(Annotations.NONE, noted);
            VisitRecord visit = store.visit(VISIT).orElseThrow();
            assertThat(visit.annotationsOf(visit.arrival())).isEqualTo(noted);
        }

        @Test
        void an_agreement_event_carries_them_into_every_dyads_entry_and_its_record() {
            projector.project(trilateralConcluded(), 1, noted);

            for (Dyad dyad : List.of(AZ_PK, AZ_TR, PK_TR)) {
                assertThat(timeline(dyad)).extracting(TimelineEntry::annotations).containsExactly(noted);
            }
            assertThat(store.agreement(TRILATERAL).orElseThrow().annotations()).singleElement()
                    .satisfies(fact -> assertThat(fact.kind()).isEqualTo("agreement.concluded"));
        }

        @Test
        void a_relationship_event_carries_them_into_its_timeline_entry() {
            projector.project(new DiplomaticRelationsEstablished(AZ_PK, ESTABLISHED, CITED), 1, noted);

            assertThat(timeline(AZ_PK)).extracting(TimelineEntry::annotations).containsExactly(noted);
        }
    }

    @Nested
    class Folding_an_event_again {

        @Test
        void at_the_same_position_changes_nothing() {
            projector.project(referenceVisitScheduled(), 1);
            projector.project(arrived(VISIT, FIRST_DAY), 2);
            projector.project(trilateralConcluded(), 3);
            projector.project(new DiplomaticRelationsEstablished(AZ_PK, ESTABLISHED, CITED), 4);
            VisitRecord visit = store.visit(VISIT).orElseThrow();
            AgreementRecord agreement = store.agreement(TRILATERAL).orElseThrow();
            RelationshipRecord relationship = store.relationship(AZ_PK).orElseThrow();
            List<TimelineEntry> timeline = timeline(AZ_PK);

            projector.project(arrived(VISIT, FIRST_DAY), 2);
            projector.project(trilateralConcluded(), 3);
            projector.project(new DiplomaticRelationsEstablished(AZ_PK, ESTABLISHED, CITED), 4);

            assertThat(store.visit(VISIT)).contains(visit);
            assertThat(store.agreement(TRILATERAL)).contains(agreement);
            assertThat(store.relationship(AZ_PK)).contains(relationship);
            assertThat(timeline(AZ_PK)).isEqualTo(timeline);
            assertThat(timeline(AZ_TR)).hasSize(1);
        }

        @Test
        void at_a_position_before_the_records_is_skipped() {
            projector.project(referenceVisitScheduled(), 1);
            projector.project(arrived(VISIT, FIRST_DAY), 2);
            projector.project(departed(VISIT, LAST_DAY), 4);
            VisitRecord visit = store.visit(VISIT).orElseThrow();

            projector.project(delegationTalks(VISIT, FIRST_DAY), 3);

            assertThat(store.visit(VISIT)).contains(visit);
            assertThat(store.visit(VISIT).orElseThrow().talks()).isEmpty();
            assertThat(timeline(AZ_PK)).extracting(TimelineEntry::position).containsExactly(1L, 2L, 4L);
        }

        @Test
        void the_scheduling_replayed_does_not_reset_the_record() {
            projector.project(referenceVisitScheduled(), 1);
            projector.project(arrived(VISIT, FIRST_DAY), 2);

            projector.project(referenceVisitScheduled(), 1);

            assertThat(store.visit(VISIT).orElseThrow().arrival()).isEqualTo(arrived(VISIT, FIRST_DAY));
        }
    }

    @Nested
    class Rebuilding_from_scratch {

        private final List<LocalDate> dates = List.of(LocalDate.of(1990, 1, 1), ESTABLISHED, ANNOUNCED, FIRST_DAY,
                LAST_DAY, LocalDate.of(2030, 1, 1));

        /** Every answer the queries give about the reference history, in one comparable list. */
        private List<Object> answers() {
            StoreReadModels queries = new StoreReadModels(store);
            List<Object> answers = new ArrayList<>();
            answers.add(queries.dyads());
            for (Dyad dyad : queries.dyads()) {
                for (LocalDate date : dates) {
                    answers.add(queries.stateOf(dyad, date));
                    answers.add(queries.agreements(AgreementQuery.on(date)));
                    answers.add(queries.agreements(AgreementQuery.on(date).withParty(AZ).inSector(Sector.ENERGY)));
                }
                answers.add(queries.timeline(dyad, null, null));
                answers.add(queries.timeline(dyad, FIRST_DAY, FIRST_DAY));
                answers.add(queries.visits(dyad));
            }
            answers.add(queries.visit(VISIT));
            SIGNED_DURING_VISIT.forEach(id -> answers.add(queries.agreement(id)));
            return answers;
        }

        @Test
        void gives_the_same_answer_to_every_query() {
            project(referenceHistory());
            List<Object> before = answers();

            store.clear();
            assertThat(store.dyads()).isEmpty();
            assertThat(store.visit(VISIT)).isEmpty();
            project(referenceHistory());

            assertThat(answers()).isEqualTo(before);
        }

        @Test
        void of_the_reference_history_answers_what_the_article_reports() {
            project(referenceHistory());
            StoreReadModels queries = new StoreReadModels(store);

            RelationshipState state = queries.stateOf(AZ_PK, LAST_DAY);
            assertThat(state.diplomaticRelations()).isEqualTo(Relations.ESTABLISHED);
            assertThat(state.partnership().level()).isEqualTo(PartnershipLevel.STRATEGIC);
            assertThat(state.partnership().lastAffirmedOn()).isEqualTo(FIRST_DAY);
            assertThat(state.supports()).hasSize(2);
            assertThat(state.agreementsByStatus().get(AgreementStatus.IN_FORCE)).isEqualTo(5);
            assertThat(state.lastHighLevelVisit().id()).isEqualTo(VISIT);

            List<VisitLogEntry> visits = queries.visits(AZ_PK);
            assertThat(visits).hasSize(1);
            assertThat(visits.get(0).agreementsSigned()).extracting(a -> a.id())
                    .containsExactlyInAnyOrderElementsOf(SIGNED_DURING_VISIT);

            List<AgreementEntry> register = queries.agreements(AgreementQuery.on(LAST_DAY));
            assertThat(register).hasSize(5).extracting(AgreementEntry::status).containsOnly(AgreementStatus.IN_FORCE);

            List<TimelineEntry> arrivalDay = queries.timeline(AZ_PK, FIRST_DAY, FIRST_DAY);
            assertThat(arrivalDay).first().extracting(TimelineEntry::kind).isEqualTo("visit.guest-arrived");
            assertThat(arrivalDay).extracting(TimelineEntry::kind).filteredOn("agreement.signed"::equals).hasSize(5);
            assertThat(queries.timeline(AZ_PK, null, null)).hasSize(referenceHistory().size());
        }
    }
}
