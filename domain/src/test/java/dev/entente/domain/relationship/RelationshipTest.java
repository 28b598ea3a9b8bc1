package dev.entente.domain.relationship;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.RelationshipFixture.ESTABLISHED;
import static dev.entente.domain.fixtures.RelationshipFixture.RECOGNISED;
import static dev.entente.domain.fixtures.RelationshipFixture.SEVERED;
import static dev.entente.domain.fixtures.RelationshipFixture.VISIT_DAY;
import static dev.entente.domain.fixtures.RelationshipFixture.azerbaijanSupportsPakistanOnKashmir;
import static dev.entente.domain.fixtures.RelationshipFixture.declareStrategicPartnership;
import static dev.entente.domain.fixtures.RelationshipFixture.establish;
import static dev.entente.domain.fixtures.RelationshipFixture.pakistanRecognisesAzerbaijan;
import static dev.entente.domain.fixtures.RelationshipFixture.pakistanSupportsAzerbaijanOnKarabakh;
import static dev.entente.domain.fixtures.RelationshipFixture.reaffirmStrategicPartnership;
import static dev.entente.domain.fixtures.RelationshipFixture.sever;
import static dev.entente.domain.fixtures.RelationshipFixture.withRecognition;
import static dev.entente.domain.fixtures.RelationshipFixture.withRelations;
import static dev.entente.domain.fixtures.RelationshipFixture.withRelationsSevered;
import static dev.entente.domain.fixtures.RelationshipFixture.withStrategicPartnership;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.Violations.violates;

import dev.entente.domain.shared.Dyad;
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

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RelationshipTest {

    private FixtureConfiguration<Relationship> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Relationship.class);
    }

    @Nested
    class A_dyad_with_no_history {

        @Test
        void establishes_diplomatic_relations_with_its_first_command() {
            fixture.givenNoPriorActivity()
                    .when(establish(ESTABLISHED))
                    .expectEvents(new DiplomaticRelationsEstablished(AZ_PK, ESTABLISHED, CITED));
        }

        @Test
        void records_a_recognition_of_independence() {
            fixture.givenNoPriorActivity()
                    .when(pakistanRecognisesAzerbaijan())
                    .expectEvents(new IndependenceRecognised(AZ_PK, RECOGNISED, PK, AZ, CITED));
        }

        @Test
        void records_support_declared_by_one_party_for_the_other_at_a_forum() {
            fixture.givenNoPriorActivity()
                    .when(azerbaijanSupportsPakistanOnKashmir())
                    .expectEvents(new SupportDeclared(AZ_PK, VISIT_DAY, AZ, PK, "Kashmir", "OIC", CITED));
        }

        @Test
        void records_support_without_a_forum() {
            fixture.givenNoPriorActivity()
                    .when(pakistanSupportsAzerbaijanOnKarabakh())
                    .expectEvents(new SupportDeclared(AZ_PK, VISIT_DAY, PK, AZ, "Karabakh", null, CITED));
        }

        @Test
        void declares_a_partnership_level() {
            fixture.givenNoPriorActivity()
                    .when(declareStrategicPartnership(VISIT_DAY))
                    .expectEvents(new PartnershipDeclared(AZ_PK, VISIT_DAY, PartnershipLevel.STRATEGIC, CITED));
        }

        @Test
        void reaffirms_a_partnership_whose_declaration_is_not_on_record() {
            fixture.givenNoPriorActivity()
                    .when(reaffirmStrategicPartnership(VISIT_DAY))
                    .expectEvents(new PartnershipReaffirmed(AZ_PK, VISIT_DAY, PartnershipLevel.STRATEGIC, CITED));
        }

        @Test
        void is_the_same_relationship_whichever_way_round_the_dyad_is_written() {
            fixture.givenCommands(new EstablishDiplomaticRelations(Dyad.of(PK, AZ), ESTABLISHED, CITED))
                    .when(new EstablishDiplomaticRelations(Dyad.of(AZ, PK), ESTABLISHED.plusDays(1), CITED))
                    .expectException(violates(RelationshipRule.RELATIONS_ALREADY_ESTABLISHED));
        }

        @Test
        void cannot_sever_relations_that_were_never_established() {
            fixture.givenNoPriorActivity()
                    .when(sever(SEVERED))
                    .expectException(violates(RelationshipRule.RELATIONS_NOT_ESTABLISHED));
        }

        @Test
        void cannot_restore_relations_that_were_never_severed() {
            fixture.givenNoPriorActivity()
                    .when(new RestoreDiplomaticRelations(AZ_PK, SEVERED, CITED))
                    .expectException(violates(RelationshipRule.RELATIONS_NOT_SEVERED));
        }

        @Test
        void refuses_a_supporter_outside_the_dyad() {
            fixture.givenNoPriorActivity()
                    .when(new DeclareSupport(AZ_PK, VISIT_DAY, TR, AZ, "Karabakh", "UN", CITED))
                    .expectException(violates(RelationshipRule.COUNTRY_NOT_IN_DYAD));
        }

        @Test
        void refuses_a_supported_country_outside_the_dyad() {
            fixture.givenNoPriorActivity()
                    .when(new DeclareSupport(AZ_PK, VISIT_DAY, PK, TR, "Cyprus", null, CITED))
                    .expectException(violates(RelationshipRule.COUNTRY_NOT_IN_DYAD));
        }

        @Test
        void refuses_a_recognition_naming_a_country_outside_the_dyad() {
            fixture.givenNoPriorActivity()
                    .when(new RecogniseIndependence(AZ_PK, RECOGNISED, TR, AZ, CITED))
                    .expectException(violates(RelationshipRule.COUNTRY_NOT_IN_DYAD));
        }

        @Test
        void refuses_a_severance_by_a_country_outside_the_dyad() {
            fixture.givenCommands(withRelations())
                    .when(new SeverDiplomaticRelations(AZ_PK, SEVERED, TR, null, CITED))
                    .expectException(violates(RelationshipRule.COUNTRY_NOT_IN_DYAD));
        }

        @Test
        void refuses_support_declared_for_oneself() {
            fixture.givenNoPriorActivity()
                    .when(new DeclareSupport(AZ_PK, VISIT_DAY, PK, PK, "Kashmir", null, CITED))
                    .expectException(violates(RelationshipRule.SUPPORTER_IS_SUPPORTED));
        }

        @Test
        void refuses_a_country_recognising_its_own_independence() {
            fixture.givenNoPriorActivity()
                    .when(new RecogniseIndependence(AZ_PK, RECOGNISED, AZ, AZ, CITED))
                    .expectException(violates(RelationshipRule.RECOGNISES_ITSELF));
        }
    }

    @Nested
    class A_dyad_with_diplomatic_relations {

        @Test
        void cannot_establish_them_again() {
            fixture.givenCommands(withRelations())
                    .when(establish(ESTABLISHED.plusYears(1)))
                    .expectException(violates(RelationshipRule.RELATIONS_ALREADY_ESTABLISHED));
        }

        @Test
        void severs_them() {
            fixture.givenCommands(withRelations())
                    .when(sever(SEVERED))
                    .expectEvents(new DiplomaticRelationsSevered(AZ_PK, SEVERED, AZ, "hypothetical, for the rules", CITED));
        }

        @Test
        void cannot_sever_them_before_they_were_established() {
            fixture.givenCommands(withRelations())
                    .when(sever(ESTABLISHED.minusDays(1)))
                    .expectException(violates(RelationshipRule.DATE_BEFORE_LAST_CHANGE));
        }
    }

    @Nested
    class A_dyad_whose_relations_were_severed {

        @Test
        void restores_them() {
            LocalDate restored = SEVERED.plusYears(2);
            fixture.givenCommands(withRelationsSevered())
                    .when(new RestoreDiplomaticRelations(AZ_PK, restored, CITED))
                    .expectEvents(new DiplomaticRelationsRestored(AZ_PK, restored, CITED));
        }

        @Test
        void may_establish_them_anew() {
            LocalDate again = SEVERED.plusYears(3);
            fixture.givenCommands(withRelationsSevered())
                    .when(establish(again))
                    .expectEvents(new DiplomaticRelationsEstablished(AZ_PK, again, CITED));
        }

        @Test
        void cannot_sever_them_twice() {
            fixture.givenCommands(withRelationsSevered())
                    .when(sever(SEVERED.plusDays(1)))
                    .expectException(violates(RelationshipRule.RELATIONS_NOT_ESTABLISHED));
        }

        @Test
        void cannot_restore_them_before_the_severance() {
            fixture.givenCommands(withRelationsSevered())
                    .when(new RestoreDiplomaticRelations(AZ_PK, SEVERED.minusDays(1), CITED))
                    .expectException(violates(RelationshipRule.DATE_BEFORE_LAST_CHANGE));
        }
    }

    @Nested
    class A_dyad_where_one_party_recognised_the_other {

        @Test
        void does_not_take_the_same_recognition_twice() {
            fixture.givenCommands(withRecognition())
                    .when(new RecogniseIndependence(AZ_PK, RECOGNISED.plusDays(3), PK, AZ, CITED))
                    .expectException(violates(RelationshipRule.INDEPENDENCE_ALREADY_RECOGNISED));
        }

        @Test
        void takes_the_recognition_in_the_other_direction() {
            fixture.givenCommands(withRecognition())
                    .when(new RecogniseIndependence(AZ_PK, RECOGNISED, AZ, PK, CITED))
                    .expectEvents(new IndependenceRecognised(AZ_PK, RECOGNISED, AZ, PK, CITED));
        }
    }

    @Nested
    class A_dyad_with_a_strategic_partnership {

        @Test
        void reaffirms_it() {
            fixture.givenCommands(withStrategicPartnership())
                    .when(reaffirmStrategicPartnership(VISIT_DAY))
                    .expectEvents(new PartnershipReaffirmed(AZ_PK, VISIT_DAY, PartnershipLevel.STRATEGIC, CITED));
        }

        @Test
        void cannot_declare_the_same_level_again() {
            fixture.givenCommands(withStrategicPartnership())
                    .when(declareStrategicPartnership(VISIT_DAY))
                    .expectException(violates(RelationshipRule.PARTNERSHIP_LEVEL_ALREADY_DECLARED));
        }

        @Test
        void declares_a_higher_level() {
            fixture.givenCommands(withStrategicPartnership())
                    .when(new DeclarePartnership(AZ_PK, VISIT_DAY, PartnershipLevel.COMPREHENSIVE_STRATEGIC, CITED))
                    .expectEvents(new PartnershipDeclared(AZ_PK, VISIT_DAY, PartnershipLevel.COMPREHENSIVE_STRATEGIC, CITED));
        }

        @Test
        void cannot_reaffirm_a_level_other_than_the_declared_one() {
            fixture.givenCommands(withStrategicPartnership())
                    .when(new ReaffirmPartnership(AZ_PK, VISIT_DAY, PartnershipLevel.of("all-weather partnership"), CITED))
                    .expectException(violates(RelationshipRule.REAFFIRMED_LEVEL_DIFFERS));
        }

        @Test
        void cannot_reaffirm_it_before_it_was_declared() {
            fixture.givenCommands(withStrategicPartnership())
                    .when(reaffirmStrategicPartnership(LocalDate.of(2010, 1, 1)))
                    .expectException(violates(RelationshipRule.DATE_BEFORE_LAST_CHANGE));
        }

        @Test
        void reads_the_level_the_same_however_it_is_spaced_or_cased() {
            fixture.givenCommands(withStrategicPartnership())
                    .when(new ReaffirmPartnership(AZ_PK, VISIT_DAY, PartnershipLevel.of("  Strategic   Partnership "), CITED))
                    .expectEvents(new PartnershipReaffirmed(AZ_PK, VISIT_DAY, PartnershipLevel.STRATEGIC, CITED));
        }
    }

    @Nested
    class Facts_the_sources_date_only_in_part {

        private final WrittenDate june1992 = WrittenDate.parse("1992-06");

        @Test
        void are_recorded_as_written_and_known_from_the_end_of_their_interval() {
            fixture.givenNoPriorActivity()
                    .when(new EstablishDiplomaticRelations(AZ_PK, null, CITED, june1992))
                    .expectEvents(new DiplomaticRelationsEstablished(AZ_PK, LocalDate.of(1992, 6, 30), CITED,
                            june1992));
        }

        @Test
        void an_exact_day_is_recorded_as_before_with_no_written_date() {
            fixture.givenNoPriorActivity()
                    .when(new EstablishDiplomaticRelations(AZ_PK, null, CITED, WrittenDate.parse("1992-06-09")))
                    .expectEvents(new DiplomaticRelationsEstablished(AZ_PK, ESTABLISHED, CITED));
        }

        @Test
        void a_recognition_may_be_approximate() {
            WrittenDate about1991 = WrittenDate.parse("1991~");
            fixture.givenNoPriorActivity()
                    .when(new RecogniseIndependence(AZ_PK, null, PK, AZ, CITED, about1991))
                    .expectEvents(new IndependenceRecognised(AZ_PK, LocalDate.of(1991, 12, 31), PK, AZ, CITED,
                            about1991));
        }

        @Test
        void a_change_within_the_month_of_the_last_one_is_not_certainly_out_of_order() {
            fixture.givenCommands(new EstablishDiplomaticRelations(AZ_PK, null, CITED, june1992))
                    .when(sever(LocalDate.of(1992, 6, 15)))
                    .expectEvents(new DiplomaticRelationsSevered(AZ_PK, LocalDate.of(1992, 6, 15), AZ,
                            "hypothetical, for the rules", CITED));
        }

        @Test
        void a_change_certainly_before_the_last_one_is_refused_naming_the_date_as_written() {
            fixture.givenCommands(new EstablishDiplomaticRelations(AZ_PK, null, CITED, june1992))
                    .when(sever(LocalDate.of(1992, 5, 31)))
                    .expectException(violates(RelationshipRule.DATE_BEFORE_LAST_CHANGE))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("last changed on 1992-06."));
        }

        @Test
        void a_partial_date_that_may_fall_after_the_last_change_is_taken() {
            fixture.givenCommands(withRelations())
                    .when(new SeverDiplomaticRelations(AZ_PK, null, AZ, null, CITED, june1992))
                    .expectEvents(new DiplomaticRelationsSevered(AZ_PK, LocalDate.of(1992, 6, 30), AZ, null, CITED,
                            june1992));
        }

        @Test
        void a_partial_date_certainly_before_the_last_change_is_refused() {
            fixture.givenCommands(withRelations())
                    .when(new SeverDiplomaticRelations(AZ_PK, null, AZ, null, CITED, WrittenDate.parse("1992-05")))
                    .expectException(violates(RelationshipRule.DATE_BEFORE_LAST_CHANGE));
        }

        @Test
        void an_approximate_date_is_never_certainly_out_of_order() {
            fixture.givenCommands(withRelations())
                    .when(new SeverDiplomaticRelations(AZ_PK, null, AZ, null, CITED, WrittenDate.parse("1990~")))
                    .expectEvents(new DiplomaticRelationsSevered(AZ_PK, LocalDate.of(1990, 12, 31), AZ, null, CITED,
                            WrittenDate.parse("1990~")));
        }

        @Test
        void a_reaffirmation_in_the_year_of_the_declaration_is_taken() {
            fixture.givenCommands(new DeclarePartnership(AZ_PK, null, PartnershipLevel.STRATEGIC, CITED,
                            WrittenDate.parse("2017")))
                    .when(reaffirmStrategicPartnership(LocalDate.of(2017, 3, 1)))
                    .expectEvents(new PartnershipReaffirmed(AZ_PK, LocalDate.of(2017, 3, 1), PartnershipLevel.STRATEGIC,
                            CITED));
        }

        @Test
        void a_reaffirmation_certainly_before_a_declaration_dated_on_or_before_is_not_refused() {
            // "On or before 2017" has no earliest day: nothing can be proved to come before it.
            fixture.givenCommands(new DeclarePartnership(AZ_PK, null, PartnershipLevel.STRATEGIC, CITED,
                            WrittenDate.parse("[..2017]")))
                    .when(reaffirmStrategicPartnership(LocalDate.of(2010, 1, 1)))
                    .expectEvents(new PartnershipReaffirmed(AZ_PK, LocalDate.of(2010, 1, 1), PartnershipLevel.STRATEGIC,
                            CITED));
        }
    }

    @Nested
    class Recognising_a_government {

        @Test
        void is_a_fact_apart_from_recognising_independence() {
            fixture.givenCommands(withRecognition())
                    .when(new RecogniseGovernment(AZ_PK, VISIT_DAY, PK, AZ, "the new government", CITED, null))
                    .expectEvents(new GovernmentRecognised(AZ_PK, VISIT_DAY, PK, AZ, "the new government", CITED,
                            null));
        }

        @Test
        void may_happen_again_when_governments_change() {
            fixture.givenCommands(new RecogniseGovernment(AZ_PK, RECOGNISED, PK, AZ, null, CITED, null))
                    .when(new RecogniseGovernment(AZ_PK, VISIT_DAY, PK, AZ, null, CITED, null))
                    .expectEvents(new GovernmentRecognised(AZ_PK, VISIT_DAY, PK, AZ, null, CITED, null));
        }

        @Test
        void refuses_a_country_outside_the_dyad() {
            fixture.givenNoPriorActivity()
                    .when(new RecogniseGovernment(AZ_PK, VISIT_DAY, TR, AZ, null, CITED, null))
                    .expectException(violates(RelationshipRule.COUNTRY_NOT_IN_DYAD));
        }

        @Test
        void refuses_a_state_recognising_its_own_government() {
            fixture.givenNoPriorActivity()
                    .when(new RecogniseGovernment(AZ_PK, VISIT_DAY, PK, PK, null, CITED, null))
                    .expectException(violates(RelationshipRule.RECOGNISES_ITSELF));
        }
    }

    @Nested
    class Making_a_pledge {

        @Test
        void records_what_was_pledged_and_the_amount_in_the_sources_words() {
            fixture.givenNoPriorActivity()
                    .when(new AnnouncePledge(AZ_PK, VISIT_DAY, AZ, "investment in Pakistan", "an initial $2 billion",
                            List.of(Sector.INVESTMENT), CITED, null))
                    .expectEvents(new PledgeAnnounced(AZ_PK, VISIT_DAY, AZ, "investment in Pakistan",
                            "an initial $2 billion", List.of(Sector.INVESTMENT), CITED, null));
        }

        @Test
        void is_made_to_the_other_state_of_the_dyad() {
            PledgeAnnounced pledge = new PledgeAnnounced(AZ_PK, VISIT_DAY, AZ, "investment", null, List.of(), CITED, null);

            org.assertj.core.api.Assertions.assertThat(pledge.pledgedTo()).isEqualTo(PK);
        }

        @Test
        void refuses_a_pledging_country_outside_the_dyad() {
            fixture.givenNoPriorActivity()
                    .when(new AnnouncePledge(AZ_PK, VISIT_DAY, TR, "investment", null, List.of(), CITED, null))
                    .expectException(violates(RelationshipRule.COUNTRY_NOT_IN_DYAD));
        }
    }
}
