package dev.entente.domain.relationship;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Sources.SEED_ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The relationship commands' builders build what the canonical constructors build, and refuse what they refuse. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RelationshipCommandBuildersTest {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 11);
    private static final WrittenDate JUNE_1992 = WrittenDate.parse("1992-06");

    static void refusedAsMissing(ThrowingCallable build, String what) {
        assertThatThrownBy(build).isInstanceOf(InvalidValue.class)
                .hasMessage(what + " is required")
                .extracting(e -> ((InvalidValue) e).code()).isEqualTo("value.required");
    }

    @Nested
    class AnnouncePledge_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            AnnouncePledge built = AnnouncePledge.builder(AZ_PK).on(DAY).pledgedBy(AZ).pledge("investment")
                    .amount("an initial $2 billion").sectors(Sector.INVESTMENT).sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new AnnouncePledge(AZ_PK, DAY, AZ, "investment", "an initial $2 billion",
                    List.of(Sector.INVESTMENT), List.of(SEED_ARTICLE), null));
        }

        @Test
        void refuses_a_pledge_without_its_pledging_country() {
            refusedAsMissing(() -> AnnouncePledge.builder(AZ_PK).on(DAY).pledge("investment").build(),
                    "pledging country");
        }
    }

    @Nested
    class DeclarePartnership_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor_from_a_date_as_written() {
            DeclarePartnership built = DeclarePartnership.builder(AZ_PK).written("1992-06")
                    .level(PartnershipLevel.STRATEGIC).sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new DeclarePartnership(AZ_PK, null, PartnershipLevel.STRATEGIC,
                    List.of(SEED_ARTICLE), JUNE_1992));
            assertThat(built.occurredOn()).isEqualTo(LocalDate.of(1992, 6, 30));
        }

        @Test
        void refuses_a_declaration_without_any_date() {
            refusedAsMissing(() -> DeclarePartnership.builder(AZ_PK).level(PartnershipLevel.STRATEGIC).build(),
                    "date of the declaration");
        }
    }

    @Nested
    class DeclareSupport_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            DeclareSupport built = DeclareSupport.builder(AZ_PK).on(DAY).supporter(PK).supported(AZ)
                    .issue("Karabakh").forum("OIC").sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new DeclareSupport(AZ_PK, DAY, PK, AZ, "Karabakh", "OIC", List.of(SEED_ARTICLE)));
        }

        @Test
        void refuses_a_declaration_without_the_supported_country() {
            refusedAsMissing(() -> DeclareSupport.builder(AZ_PK).on(DAY).supporter(PK).issue("Karabakh").build(),
                    "supported country");
        }
    }

    @Nested
    class ReaffirmPartnership_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            ReaffirmPartnership built = ReaffirmPartnership.builder(AZ_PK).on(DAY).written(WrittenDate.day(DAY))
                    .level(PartnershipLevel.COMPREHENSIVE_STRATEGIC).sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new ReaffirmPartnership(AZ_PK, DAY, PartnershipLevel.COMPREHENSIVE_STRATEGIC,
                    List.of(SEED_ARTICLE)));
        }

        @Test
        void refuses_a_reaffirmation_without_its_level() {
            refusedAsMissing(() -> ReaffirmPartnership.builder(AZ_PK).on(DAY).build(), "partnership level");
        }
    }

    @Nested
    class RecogniseGovernment_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            RecogniseGovernment built = RecogniseGovernment.builder(AZ_PK).written("1992?").recognising(PK)
                    .recognised(AZ).government("the Provisional Government").sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new RecogniseGovernment(AZ_PK, null, PK, AZ, "the Provisional Government",
                    List.of(SEED_ARTICLE), WrittenDate.parse("1992?")));
        }

        @Test
        void refuses_a_recognition_without_the_recognising_country() {
            refusedAsMissing(() -> RecogniseGovernment.builder(AZ_PK).on(DAY).recognised(AZ).build(),
                    "recognising country");
        }
    }

    @Nested
    class RecogniseIndependence_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            RecogniseIndependence built = RecogniseIndependence.builder(AZ_PK).on(LocalDate.of(1991, 12, 13))
                    .recognising(PK).recognised(AZ).sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new RecogniseIndependence(AZ_PK, LocalDate.of(1991, 12, 13), PK, AZ,
                    List.of(SEED_ARTICLE)));
        }

        @Test
        void refuses_a_recognition_without_the_recognised_country() {
            refusedAsMissing(() -> RecogniseIndependence.builder(AZ_PK).on(DAY).recognising(PK).build(),
                    "recognised country");
        }
    }

    @Nested
    class SeverDiplomaticRelations_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            SeverDiplomaticRelations built = SeverDiplomaticRelations.builder(AZ_PK).on(DAY).severedBy(AZ)
                    .reason("a dispute").sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new SeverDiplomaticRelations(AZ_PK, DAY, AZ, "a dispute", List.of(SEED_ARTICLE)));
        }

        @Test
        void refuses_a_severance_without_the_country_that_severed() {
            refusedAsMissing(() -> SeverDiplomaticRelations.builder(AZ_PK).on(DAY).build(),
                    "country that severed relations");
        }
    }

    @Test
    void a_builder_refuses_a_date_as_written_that_disagrees_with_the_day_as_the_constructor_does() {
        assertThatThrownBy(() -> DeclarePartnership.builder(AZ_PK).on(DAY).written(JUNE_1992)
                .level(PartnershipLevel.STRATEGIC).build())
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).code()).isEqualTo("date.written-differs");
    }
}
