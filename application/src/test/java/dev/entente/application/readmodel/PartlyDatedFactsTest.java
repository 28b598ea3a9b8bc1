package dev.entente.application.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.readmodel.RelationshipRecord.Relations;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.GovernmentRecognised;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.relationship.PartnershipDeclared;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.PledgeAnnounced;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.CeremonyKind;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitScheduled;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How answers treat facts the sources date only in part (ADR 0016): known from the end of the written interval, shown
 * as written; and the new facts of a relationship (governments recognised, pledges) and of a visit (documents signed in
 * all), each only from its date.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PartlyDatedFactsTest {

    private static final Country AZ = Country.of("AZ");
    private static final Country PK = Country.of("PK");
    private static final Dyad AZ_PK = Dyad.of(AZ, PK);
    private static final WrittenDate JUNE_1992 = WrittenDate.parse("1992-06");
    private static final LocalDate END_OF_JUNE_1992 = LocalDate.of(1992, 6, 30);

    private static RelationshipRecord history(RelationshipEvent... events) {
        RelationshipRecord record = RelationshipRecord.empty(AZ_PK);
        long position = 0;
        for (RelationshipEvent event : events) {
            record = record.apply(event, position++);
        }
        return record;
    }

    private static RelationshipState stateOn(LocalDate date, RelationshipRecord history) {
        return RelationshipState.on(date, AZ_PK, history, List.of(), List.of());
    }

    @Nested
    class Given_relations_established_in_June_1992_without_a_day {

        private final RelationshipRecord history = history(
                new DiplomaticRelationsEstablished(AZ_PK, END_OF_JUNE_1992, List.of(), JUNE_1992));

        @Test
        void when_asked_inside_the_month_then_they_are_not_yet_known() {
            assertThat(stateOn(LocalDate.of(1992, 6, 15), history).diplomaticRelations()).isEqualTo(Relations.NONE);
        }

        @Test
        void when_asked_on_the_last_day_of_the_month_then_they_are_known_and_dated_as_written() {
            RelationshipState state = stateOn(END_OF_JUNE_1992, history);

            assertThat(state.diplomaticRelations()).isEqualTo(Relations.ESTABLISHED);
            assertThat(state.relationsSince()).isEqualTo(END_OF_JUNE_1992);
            assertThat(state.relationsSinceWritten().text()).isEqualTo("1992-06");
        }

        @Test
        void when_the_timeline_is_drawn_then_the_entry_sits_on_the_last_day_and_keeps_the_date_as_written() {
            TimelineEntry entry = Describe.relationship(
                    new DiplomaticRelationsEstablished(AZ_PK, END_OF_JUNE_1992, List.of(), JUNE_1992), 7);

            assertThat(entry.occurredOn()).isEqualTo(END_OF_JUNE_1992);
            assertThat(entry.dateAsWritten()).isEqualTo(JUNE_1992);
            assertThat(entry.writtenDate().text()).isEqualTo("1992-06");
        }
    }

    @Nested
    class Given_facts_dated_by_exact_days {

        @Test
        void then_no_date_as_written_is_kept_anywhere() {
            RelationshipRecord history = history(
                    new DiplomaticRelationsEstablished(AZ_PK, LocalDate.of(1992, 6, 9), List.of()),
                    new PartnershipDeclared(AZ_PK, LocalDate.of(2017, 9, 1), PartnershipLevel.STRATEGIC, List.of()));
            RelationshipState state = stateOn(LocalDate.of(2024, 1, 1), history);

            assertThat(state.relationsSinceAsWritten()).isNull();
            assertThat(state.relationsSinceWritten().text()).isEqualTo("1992-06-09");
            assertThat(state.partnership().sinceAsWritten()).isNull();
            assertThat(state.partnership().sinceWritten().text()).isEqualTo("2017-09-01");
        }
    }

    @Nested
    class Given_an_approximate_recognition_and_a_partnership_declared_in_a_year {

        private final RelationshipRecord history = history(
                new IndependenceRecognised(AZ_PK, LocalDate.of(1991, 12, 31), PK, AZ, List.of(),
                        WrittenDate.parse("1991~")),
                new PartnershipDeclared(AZ_PK, LocalDate.of(2017, 12, 31), PartnershipLevel.STRATEGIC, List.of(),
                        WrittenDate.parse("2017")));

        @Test
        void then_each_shows_as_written_once_its_interval_has_passed() {
            RelationshipState state = stateOn(LocalDate.of(2018, 1, 1), history);

            assertThat(state.recognitions()).singleElement()
                    .satisfies(r -> assertThat(r.writtenDate().text()).isEqualTo("1991~"));
            assertThat(state.partnership().sinceWritten().text()).isEqualTo("2017");
            assertThat(state.partnership().lastAffirmedWritten().text()).isEqualTo("2017");
        }

        @Test
        void then_the_partnership_is_not_known_during_its_year() {
            assertThat(stateOn(LocalDate.of(2017, 12, 30), history).partnership()).isNull();
        }
    }

    @Nested
    class Given_a_government_recognised_and_a_pledge {

        private final GovernmentRecognised government = new GovernmentRecognised(AZ_PK, LocalDate.of(1993, 6, 30),
                PK, AZ, "the government of Heydar Aliyev", List.of(), WrittenDate.parse("[..1993-06]"));
        private final PledgeAnnounced pledge = new PledgeAnnounced(AZ_PK, LocalDate.of(2024, 7, 11), AZ,
                "investment", "$2 billion", List.of(Sector.INVESTMENT), List.of(), null);
        private final RelationshipRecord history = history(government, pledge);

        @Test
        void then_the_record_folds_each_into_its_own_list() {
            assertThat(history.governmentRecognitions()).containsExactly(government);
            assertThat(history.pledges()).containsExactly(pledge);
            assertThat(history.recognitions()).isEmpty();
        }

        @Test
        void then_the_state_shows_each_only_from_its_date() {
            assertThat(stateOn(LocalDate.of(1993, 6, 29), history).governmentRecognitions()).isEmpty();
            assertThat(stateOn(LocalDate.of(1993, 6, 30), history).governmentRecognitions()).containsExactly(government);
            assertThat(stateOn(LocalDate.of(2024, 7, 10), history).pledges()).isEmpty();
            assertThat(stateOn(LocalDate.of(2024, 7, 11), history).pledges()).containsExactly(pledge);
        }

        @Test
        void then_the_timeline_says_who_recognised_what_and_who_pledged_what_to_whom() {
            assertThat(Describe.relationship(government, 1).summary())
                    .isEqualTo("Pakistan recognised the government of Heydar Aliyev of Azerbaijan");
            assertThat(Describe.relationship(government, 1).writtenDate().text()).isEqualTo("[..1993-06]");
            assertThat(Describe.relationship(pledge, 2).summary())
                    .isEqualTo("Azerbaijan pledged investment ($2 billion) to Pakistan; sectors: investment");
        }
    }

    @Nested
    class Given_a_visit_whose_signing_ceremony_states_the_documents_signed {

        private final VisitId visit = VisitId.of("aliyev-pakistan-2024");
        private final VisitRecord scheduled = VisitRecord.of(new VisitScheduled(visit, LocalDate.of(2024, 7, 1),
                Dignitary.headOfState("Ilham Aliyev", AZ), PK, VisitKind.STATE, LocalDate.of(2024, 7, 11),
                LocalDate.of(2024, 7, 12), List.of()), 0);

        @Test
        void then_no_number_is_known_until_a_ceremony_states_one() {
            VisitRecord wreath = scheduled.apply(new CeremonyHeld(visit, LocalDate.of(2024, 7, 11),
                    CeremonyKind.WREATH_LAYING, null, null, List.of()), 1);

            assertThat(wreath.documentsSignedInAll()).isNull();
        }

        @Test
        void then_the_numbers_the_ceremonies_state_add_up_and_count_only_from_their_day() {
            VisitRecord signed = scheduled
                    .apply(new CeremonyHeld(visit, LocalDate.of(2024, 7, 11), CeremonyKind.SIGNING_CEREMONY, null,
                            null, List.of(), 14), 1)
                    .apply(new CeremonyHeld(visit, LocalDate.of(2024, 7, 12), CeremonyKind.SIGNING_CEREMONY, null,
                            null, List.of(), 1), 2);

            assertThat(signed.documentsSignedInAll()).isEqualTo(15);
            assertThat(signed.asOf(LocalDate.of(2024, 7, 11), List::of).documentsSignedInAll()).isEqualTo(14);
        }
    }
}
