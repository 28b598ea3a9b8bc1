package dev.entente.domain.agreement;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.Sources.SEED_ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.visit.VisitId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The agreement commands' builders build what the canonical constructors build, and refuse what they refuse. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AgreementCommandBuildersTest {

    private static final AgreementId PTA = AgreementId.of("az-pk-preferential-trade-agreement-2024");
    private static final AgreementId OLD = AgreementId.of("az-pk-trade-agreement-1996");
    private static final AgreementId PROTOCOL = AgreementId.of("az-pk-pta-protocol-2025");
    private static final LocalDate CONCLUDED = LocalDate.of(2024, 7, 11);
    private static final LocalDate LATER = LocalDate.of(2026, 3, 1);

    static void refusedAsMissing(ThrowingCallable build, String what) {
        assertThatThrownBy(build).isInstanceOf(InvalidValue.class)
                .hasMessage(what + " is required")
                .extracting(e -> ((InvalidValue) e).code()).isEqualTo("value.required");
    }

    @Nested
    class ConcludeAgreement_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            ConcludeAgreement built = ConcludeAgreement.builder(PTA).on(CONCLUDED).title("Preferential Trade Agreement")
                    .kind(InstrumentKind.AGREEMENT).parties(AZ, PK).sectors(Sector.TRADE).areas(Area.of("trade"))
                    .entryIntoForce(EntryIntoForceRule.onLastRatification()).term(Period.ofYears(5))
                    .denunciationNotice(Period.ofMonths(6)).sources(SEED_ARTICLE).binding(true)
                    .renewal(Period.ofYears(1)).amends(PROTOCOL).supersedes(OLD).build();

            assertThat(built).isEqualTo(new ConcludeAgreement(PTA, CONCLUDED, "Preferential Trade Agreement",
                    InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.TRADE), List.of(Area.of("trade")),
                    EntryIntoForceRule.onLastRatification(), Period.ofYears(5), Period.ofMonths(6),
                    List.of(SEED_ARTICLE), true, Period.ofYears(1), PROTOCOL, OLD));
        }

        /** The example of the README's "Writing commands in Java". */
        @Test
        void builds_the_readmes_example_as_the_canonical_constructor_would() {
            Source source = SEED_ARTICLE;
            ConcludeAgreement pta = ConcludeAgreement.builder(AgreementId.of("az-pk-pta-2024")).on(LocalDate.of(2024, 7, 11))
                    .title("Preferential Trade Agreement").kind(InstrumentKind.AGREEMENT).parties(Country.of("AZ"), Country.of("PK"))
                    .entryIntoForce(EntryIntoForceRule.onLastRatification()).term(Period.ofYears(5)).sources(source).build();

            assertThat(pta).isEqualTo(new ConcludeAgreement(AgreementId.of("az-pk-pta-2024"), LocalDate.of(2024, 7, 11),
                    "Preferential Trade Agreement", InstrumentKind.AGREEMENT, List.of(AZ, PK), null, null,
                    EntryIntoForceRule.onLastRatification(), Period.ofYears(5), null, List.of(source)));
        }

        @Test
        void leaves_what_is_not_named_to_the_records_defaults() {
            ConcludeAgreement built = ConcludeAgreement.builder(PTA).on(CONCLUDED).title("Memorandum")
                    .kind(InstrumentKind.MEMORANDUM_OF_UNDERSTANDING).parties(AZ, PK).build();

            assertThat(built).isEqualTo(new ConcludeAgreement(PTA, CONCLUDED, "Memorandum",
                    InstrumentKind.MEMORANDUM_OF_UNDERSTANDING, List.of(AZ, PK), null, null, null, null, null, null));
            assertThat(built.entryIntoForce()).isEqualTo(EntryIntoForceRule.onSignature());
            assertThat(built.bindsParties()).isEqualTo(InstrumentKind.MEMORANDUM_OF_UNDERSTANDING.isBinding());
        }

        @Test
        void refuses_an_agreement_without_its_kind() {
            refusedAsMissing(() -> ConcludeAgreement.builder(PTA).on(CONCLUDED).title("Preferential Trade Agreement")
                    .parties(AZ, PK).build(), "kind of instrument");
        }

        @Test
        void refuses_an_agreement_without_a_title() {
            refusedAsMissing(() -> ConcludeAgreement.builder(PTA).on(CONCLUDED).kind(InstrumentKind.TREATY).build(),
                    "title");
        }
    }

    @Nested
    class RatifyAgreement_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            RatifyAgreement built = RatifyAgreement.builder(PTA).on(LATER).party(PK).consent(ConsentKind.APPROVAL)
                    .sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new RatifyAgreement(PTA, LATER, PK, ConsentKind.APPROVAL, List.of(SEED_ARTICLE)));
        }

        @Test
        void records_a_ratification_when_no_other_consent_is_named() {
            assertThat(RatifyAgreement.builder(PTA).on(LATER).party(AZ).build().consent())
                    .isEqualTo(ConsentKind.RATIFICATION);
        }

        @Test
        void refuses_a_ratification_without_its_party() {
            refusedAsMissing(() -> RatifyAgreement.builder(PTA).on(LATER).build(), "ratifying party");
        }
    }

    @Nested
    class SignAgreement_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            VisitId visit = VisitId.of("aliyev-pakistan-2024");
            SignAgreement built = SignAgreement.builder(PTA).on(CONCLUDED).place("Islamabad")
                    .signatures(new Signature(ALIYEV, AZ), new Signature(SHARIF, PK)).duringVisit(visit)
                    .sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new SignAgreement(PTA, CONCLUDED, "Islamabad",
                    List.of(new Signature(ALIYEV, AZ), new Signature(SHARIF, PK)), visit, List.of(SEED_ARTICLE)));
        }

        @Test
        void refuses_a_signing_without_a_date() {
            refusedAsMissing(() -> SignAgreement.builder(PTA).signatures(new Signature(ALIYEV, AZ)).build(),
                    "date of signature");
        }
    }

    @Nested
    class TerminateAgreement_builder {

        @Test
        void builds_the_same_command_as_the_canonical_constructor() {
            TerminateAgreement built = TerminateAgreement.builder(PTA).on(LATER).ground(TerminationGround.DENUNCIATION)
                    .party(PK).effectiveOn(LATER.plusMonths(6)).sources(SEED_ARTICLE).build();

            assertThat(built).isEqualTo(new TerminateAgreement(PTA, LATER, TerminationGround.DENUNCIATION, PK, null,
                    LATER.plusMonths(6), List.of(SEED_ARTICLE)));
        }

        @Test
        void names_only_what_a_supersession_needs() {
            assertThat(TerminateAgreement.builder(OLD).on(CONCLUDED).ground(TerminationGround.SUPERSEDED)
                    .supersededBy(PTA).build())
                    .isEqualTo(new TerminateAgreement(OLD, CONCLUDED, TerminationGround.SUPERSEDED, null, PTA, null, null));
        }

        @Test
        void refuses_a_termination_without_its_ground() {
            refusedAsMissing(() -> TerminateAgreement.builder(PTA).on(LATER).party(PK).build(), "ground of termination");
        }
    }
}
