package dev.entente.domain.visit;

import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.DAR;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.People.ZARDARI;
import static dev.entente.domain.fixtures.Sources.SEED_ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Sector;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The visit commands' builders build what the canonical constructors build, and refuse what they refuse. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VisitCommandBuildersTest {

    private static final VisitId VISIT = VisitId.of("aliyev-pakistan-2024");
    private static final LocalDate ANNOUNCED = LocalDate.of(2024, 7, 1);
    private static final LocalDate ARRIVED = LocalDate.of(2024, 7, 11);
    private static final LocalDate LEFT = LocalDate.of(2024, 7, 12);

    static void refusedAsMissing(ThrowingCallable build, String what) {
        assertThatThrownBy(build).isInstanceOf(InvalidValue.class)
                .hasMessage(what + " is required")
                .extracting(e -> ((InvalidValue) e).code()).isEqualTo("value.required");
    }

    @Nested
    class ScheduleVisit_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            ScheduleVisit built = ScheduleVisit.builder(VISIT).on(ANNOUNCED).guest(ALIYEV).host(PK).kind(VisitKind.STATE)
                    .plannedFrom(ARRIVED).plannedTo(LEFT).sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new ScheduleVisit(VISIT, ANNOUNCED, ALIYEV, PK, VisitKind.STATE, ARRIVED, LEFT,
                    List.of(SEED_ARTICLE)));
        }

        @Test
        void refuses_a_visit_without_a_host() {
            refusedAsMissing(() -> ScheduleVisit.builder(VISIT).on(ANNOUNCED).guest(ALIYEV).kind(VisitKind.STATE)
                    .plannedFrom(ARRIVED).plannedTo(LEFT).build(), "host country");
        }
    }

    @Nested
    class HoldCeremony_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            HoldCeremony built = HoldCeremony.builder(VISIT).on(ARRIVED).kind(CeremonyKind.SIGNING_CEREMONY)
                    .description("documents exchanged").place("Islamabad").sources(List.of(SEED_ARTICLE))
                    .documentsSigned(15).build();

            assertThat(built).isEqualTo(new HoldCeremony(VISIT, ARRIVED, CeremonyKind.SIGNING_CEREMONY,
                    "documents exchanged", "Islamabad", List.of(SEED_ARTICLE), 15));
        }

        @Test
        void leaves_what_is_not_named_to_the_records_defaults() {
            assertThat(HoldCeremony.builder(VISIT).on(ARRIVED).kind(CeremonyKind.WREATH_LAYING).build())
                    .isEqualTo(new HoldCeremony(VISIT, ARRIVED, CeremonyKind.WREATH_LAYING, null, null, null));
        }

        @Test
        void refuses_a_ceremony_without_its_kind() {
            refusedAsMissing(() -> HoldCeremony.builder(VISIT).on(ARRIVED).build(), "kind of ceremony");
        }
    }

    @Nested
    class HoldTalks_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            HoldTalks built = HoldTalks.builder(VISIT).on(ARRIVED).format(TalksFormat.DELEGATION_LEVEL)
                    .participants(ALIYEV, SHARIF).topics(Sector.TRADE, Sector.INVESTMENT).sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new HoldTalks(VISIT, ARRIVED, TalksFormat.DELEGATION_LEVEL,
                    List.of(ALIYEV, SHARIF), List.of(Sector.TRADE, Sector.INVESTMENT), List.of(SEED_ARTICLE)));
        }

        @Test
        void refuses_talks_without_a_date() {
            refusedAsMissing(() -> HoldTalks.builder(VISIT).format(TalksFormat.ONE_ON_ONE).build(), "date of the talks");
        }
    }

    @Nested
    class IssueJointStatement_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            IssueJointStatement built = IssueJointStatement.builder(VISIT).on(LEFT).title("Joint Declaration")
                    .summary("on strategic partnership").sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new IssueJointStatement(VISIT, LEFT, "Joint Declaration",
                    "on strategic partnership", List.of(SEED_ARTICLE)));
        }

        @Test
        void refuses_a_statement_without_a_title() {
            refusedAsMissing(() -> IssueJointStatement.builder(VISIT).on(LEFT).build(), "title of the joint statement");
        }
    }

    @Nested
    class PostponeVisit_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            PostponeVisit built = PostponeVisit.builder(VISIT).on(ANNOUNCED).plannedFrom(LEFT).plannedTo(LEFT.plusDays(2))
                    .reason("elections").sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new PostponeVisit(VISIT, ANNOUNCED, LEFT, LEFT.plusDays(2), "elections",
                    List.of(SEED_ARTICLE)));
        }

        @Test
        void refuses_a_postponement_without_its_new_last_day() {
            refusedAsMissing(() -> PostponeVisit.builder(VISIT).on(ANNOUNCED).plannedFrom(LEFT).build(),
                    "new last planned day");
        }
    }

    @Nested
    class RecordArrival_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            Honours honours = Honours.builder().guardOfHonour().gunSalute(GunSalute.of(21)).build();
            RecordArrival built = RecordArrival.builder(VISIT).on(ARRIVED).place("Nur Khan Airbase")
                    .receivedBy(ZARDARI, SHARIF).honours(honours).sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new RecordArrival(VISIT, ARRIVED, "Nur Khan Airbase", List.of(ZARDARI, SHARIF),
                    honours, List.of(SEED_ARTICLE)));
        }

        @Test
        void renders_no_honours_when_none_are_named() {
            assertThat(RecordArrival.builder(VISIT).on(ARRIVED).place("Islamabad").build().honours())
                    .isEqualTo(Honours.none());
        }

        @Test
        void refuses_an_arrival_without_its_place() {
            refusedAsMissing(() -> RecordArrival.builder(VISIT).on(ARRIVED).receivedBy(DAR).build(), "place of arrival");
        }
    }

    @Nested
    class Honours_builder {

        @Test
        void names_each_honour_so_that_the_two_flags_cannot_be_swapped() {
            assertThat(Honours.builder().redCarpet().others("children with flowers").build())
                    .isEqualTo(new Honours(false, null, true, List.of("children with flowers")));
            assertThat(Honours.builder().guardOfHonour().gunSalute(GunSalute.exceptional(21)).build())
                    .isEqualTo(new Honours(true, GunSalute.exceptional(21), false, List.of()));
        }

        @Test
        void renders_nothing_when_nothing_is_named() {
            assertThat(Honours.builder().build()).isEqualTo(Honours.none());
            assertThat(Honours.builder().build().any()).isFalse();
        }
    }

    @Test
    void a_builder_refuses_an_empty_entry_in_a_list_as_the_constructor_does() {
        assertThatThrownBy(() -> HoldTalks.builder(VISIT).on(ARRIVED).format(TalksFormat.OTHER)
                .participants(ALIYEV, null).build())
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).code()).isEqualTo("value.required");
    }
}
