package dev.entente.application.readmodel;

import static dev.entente.application.fixtures.Events.FIRST_DAY;
import static dev.entente.application.fixtures.Events.VISIT;
import static dev.entente.application.fixtures.Events.arrived;
import static dev.entente.application.fixtures.Events.concluded;
import static dev.entente.application.fixtures.Events.inForce;
import static dev.entente.application.fixtures.Events.referenceVisitScheduled;
import static dev.entente.application.fixtures.Events.signedByBoth;
import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.People.AZ_MINISTER;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.AgreementTerminated;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.agreement.TerminationGround;
import dev.entente.domain.relationship.DiplomaticRelationsSevered;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.visit.GuestArrived;
import dev.entente.domain.visit.GunSalute;
import dev.entente.domain.visit.Honours;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DescribeTest {

    private static final AgreementId TRADE = AgreementId.of("az-pk-trade-2024");

    private static VisitRecord arrivedVisit(GuestArrived arrival) {
        return VisitRecord.of(referenceVisitScheduled(), 1).apply(arrival, 2);
    }

    private static AgreementRecord inForceTrade() {
        return AgreementRecord.of(concluded(TRADE, FIRST_DAY, InstrumentKind.AGREEMENT, List.of(AZ, PK),
                List.of(Sector.TRADE)), 1).apply(signedByBoth(TRADE, FIRST_DAY, VISIT), 2)
                .apply(inForce(TRADE, FIRST_DAY, null), 3);
    }

    @Nested
    class The_arrival {

        @Test
        void names_the_place_who_received_the_guest_and_the_honours() {
            GuestArrived arrival = arrived(VISIT, FIRST_DAY);

            TimelineEntry entry = Describe.visit(arrival, arrivedVisit(arrival), 2);

            assertThat(entry.summary()).isEqualTo("Ilham Aliyev arrived in Pakistan at Nur Khan Airbase, Rawalpindi,"
                    + " received by Shehbaz Sharif (head of government, PK);"
                    + " honours: guard of honour, 21-gun salute, red carpet");
            assertThat(entry.kind()).isEqualTo("visit.guest-arrived");
            assertThat(entry.dyad()).isEqualTo(AZ_PK);
            assertThat(entry.occurredOn()).isEqualTo(FIRST_DAY);
            assertThat(entry.position()).isEqualTo(2);
            assertThat(entry.subject()).isEqualTo(VISIT.value());
            assertThat(entry.sources()).isEqualTo(CITED);
        }

        @Test
        void without_honours_or_reception_says_neither() {
            GuestArrived arrival = new GuestArrived(VISIT, FIRST_DAY, "Islamabad", List.of(), Honours.none(), CITED);

            TimelineEntry entry = Describe.visit(arrival, arrivedVisit(arrival), 2);

            assertThat(entry.summary()).isEqualTo("Ilham Aliyev arrived in Pakistan at Islamabad");
        }

        @Test
        void marks_an_exceptional_salute_and_adds_other_honours() {
            GuestArrived arrival = new GuestArrived(VISIT, FIRST_DAY, "Islamabad", List.of(SHARIF),
                    new Honours(false, GunSalute.exceptional(21), false, List.of("fly-past by JF-17 jets")), CITED);

            TimelineEntry entry = Describe.visit(arrival, arrivedVisit(arrival), 2);

            assertThat(entry.summary()).endsWith("; honours: 21-gun salute (exceptional), fly-past by JF-17 jets");
        }
    }

    @Nested
    class A_signature {

        @Test
        void without_a_named_signatory_says_the_sources_do_not_name_one() {
            AgreementSigned signed = signedByBoth(TRADE, FIRST_DAY, VISIT);

            List<TimelineEntry> entries = Describe.agreement(signed, inForceTrade(), 2);

            assertThat(entries).singleElement().extracting(TimelineEntry::summary).isEqualTo(
                    "'Agreement az-pk-trade-2024' signed for Azerbaijan by a signatory not named in the sources,"
                            + " Pakistan by a signatory not named in the sources"
                            + " at Prime Minister's House, Islamabad during visit aliyev-pakistan-2024");
        }

        @Test
        void with_a_named_signatory_names_them() {
            AgreementSigned signed = new AgreementSigned(TRADE, FIRST_DAY, null,
                    List.of(Signature.by(AZ_MINISTER), Signature.forParty(PK)), null, CITED);

            List<TimelineEntry> entries = Describe.agreement(signed, inForceTrade(), 2);

            assertThat(entries.get(0).summary()).isEqualTo("'Agreement az-pk-trade-2024' signed for Azerbaijan by"
                    + " Mikayil Jabbarov, Pakistan by a signatory not named in the sources");
            assertThat(entries.get(0).kind()).isEqualTo("agreement.signed");
        }
    }

    @Nested
    class A_termination {

        @Test
        void by_denunciation_states_who_denounced_and_its_effective_date() {
            AgreementTerminated denounced = new AgreementTerminated(TRADE, LocalDate.of(2026, 1, 1),
                    LocalDate.of(2027, 1, 1), TerminationGround.DENUNCIATION, AZ, null, CITED);

            List<TimelineEntry> entries = Describe.agreement(denounced, inForceTrade().apply(denounced, 4), 4);

            assertThat(entries).singleElement().satisfies(entry -> {
                assertThat(entry.summary()).isEqualTo("'Agreement az-pk-trade-2024' terminated by denunciation"
                        + " of Azerbaijan, with effect from 2027-01-01");
                assertThat(entry.occurredOn()).isEqualTo(LocalDate.of(2026, 1, 1));
                assertThat(entry.kind()).isEqualTo("agreement.terminated");
            });
        }

        @Test
        void by_consent_states_its_effective_date() {
            AgreementTerminated ended = new AgreementTerminated(TRADE, LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 3, 1), TerminationGround.MUTUAL_CONSENT, null, null, CITED);

            List<TimelineEntry> entries = Describe.agreement(ended, inForceTrade().apply(ended, 4), 4);

            assertThat(entries.get(0).summary()).isEqualTo("'Agreement az-pk-trade-2024' terminated by mutual consent,"
                    + " with effect from 2026-03-01");
        }
    }

    @Nested
    class An_agreement_event {

        @Test
        void gives_one_entry_per_dyad_among_the_parties_all_at_the_same_position() {
            AgreementConcluded trilateral = concluded(AgreementId.of("az-pk-tr-declaration-2021"),
                    LocalDate.of(2021, 1, 13), InstrumentKind.JOINT_DECLARATION, List.of(AZ, PK, TR),
                    List.of(Sector.DIPLOMACY));

            List<TimelineEntry> entries = Describe.agreement(trilateral, AgreementRecord.of(trilateral, 9), 9);

            assertThat(entries).extracting(TimelineEntry::dyad)
                    .containsExactlyInAnyOrder(AZ_PK, Dyad.of(AZ, TR), Dyad.of(PK, TR));
            assertThat(entries).extracting(TimelineEntry::position).containsOnly(9L);
            assertThat(entries).extracting(TimelineEntry::summary).containsOnly("Joint declaration"
                    + " 'Agreement az-pk-tr-declaration-2021' concluded between AZ, PK, TR (diplomacy)");
        }
    }

    @Nested
    class A_relationship_event {

        @Test
        void a_severance_names_who_severed_relations_and_why() {
            TimelineEntry entry = Describe.relationship(new DiplomaticRelationsSevered(AZ_PK,
                    LocalDate.of(2000, 1, 10), AZ, "hypothetical", CITED), 3);

            assertThat(entry.summary()).isEqualTo("Azerbaijan severed diplomatic relations with Pakistan"
                    + " (hypothetical)");
            assertThat(entry.subject()).isEqualTo("AZ-PK");
            assertThat(entry.kind()).isEqualTo("relationship.diplomatic-relations-severed");
        }

        @Test
        void a_declaration_of_support_names_the_issue_and_the_forum() {
            TimelineEntry entry = Describe.relationship(new SupportDeclared(AZ_PK, FIRST_DAY, AZ, PK, "Kashmir",
                    "OIC", CITED), 3);

            assertThat(entry.summary()).isEqualTo("Azerbaijan declared support for Pakistan's position on Kashmir"
                    + " at OIC");
        }
    }

    @Test
    void the_kind_of_an_event_is_its_stored_name() {
        assertThat(Describe.kindOf(referenceVisitScheduled())).isEqualTo("visit.scheduled");
        assertThat(Describe.kindOf(signedByBoth(TRADE, FIRST_DAY, VISIT))).isEqualTo("agreement.signed");
        assertThat(Describe.kindOf("text")).isEqualTo("String");
    }
}
