package dev.entente.adapters.json;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.AZ_MINISTER;
import static dev.entente.domain.fixtures.People.DAR;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.People.ZARDARI;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.Sources.SEED_ARTICLE;

import dev.entente.domain.agreement.AgreementAmended;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEnteredIntoForce;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementNotified;
import dev.entente.domain.agreement.AgreementProvisionallyApplied;
import dev.entente.domain.agreement.AgreementRatified;
import dev.entente.domain.agreement.AgreementRegistered;
import dev.entente.domain.agreement.AgreementResumed;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.AgreementSuspended;
import dev.entente.domain.agreement.AgreementTerminated;
import dev.entente.domain.agreement.ConsentKind;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.agreement.TerminationGround;
import dev.entente.domain.fixtures.AgreementFixture;
import dev.entente.domain.fixtures.VisitFixture;
import dev.entente.domain.meeting.MeetingHeld;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.meeting.MeetingKind;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.DiplomaticRelationsRestored;
import dev.entente.domain.relationship.DiplomaticRelationsSevered;
import dev.entente.domain.relationship.GovernmentRecognised;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.relationship.PartnershipDeclared;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.PartnershipReaffirmed;
import dev.entente.domain.relationship.PledgeAnnounced;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.CeremonyKind;
import dev.entente.domain.visit.GuestArrived;
import dev.entente.domain.visit.GunSalute;
import dev.entente.domain.visit.Honours;
import dev.entente.domain.visit.JointStatementIssued;
import dev.entente.domain.visit.TalksFormat;
import dev.entente.domain.visit.TalksHeld;
import dev.entente.domain.visit.VisitCancelled;
import dev.entente.domain.visit.VisitConcluded;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitPostponed;
import dev.entente.domain.visit.VisitScheduled;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** At least one instance of every stored event, with the values that are easy to get wrong in JSON. */
final class SampleEvents {

    static final VisitId VISIT = VisitFixture.VISIT;
    static final AgreementId TREATY = AgreementFixture.TREATY;
    static final LocalDate DAY = LocalDate.of(2024, 7, 11);
    static final Source WITH_URL = Source.of("Joint statement", "Ministry of Foreign Affairs of Pakistan",
            LocalDate.of(2024, 7, 12), "https://mofa.gov.pk/joint-statement");

    static final VisitScheduled SCHEDULED = new VisitScheduled(VISIT, LocalDate.of(2024, 7, 8), ALIYEV, PK,
            VisitKind.STATE, DAY, DAY.plusDays(1), CITED);
    static final GuestArrived ARRIVED = new GuestArrived(VISIT, DAY, "Nur Khan Airbase, Rawalpindi",
            List.of(SHARIF, ZARDARI), new Honours(true, GunSalute.exceptional(21), true, List.of("flypast")), CITED);
    static final AgreementConcluded CONCLUDED = new AgreementConcluded(TREATY, LocalDate.of(2024, 7, 10),
            "Preferential Trade Agreement", InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.TRADE),
            List.of(Area.of("agriculture"), Area.of("Textile industries")),
            EntryIntoForceRule.daysAfterLastRatification(30), Period.ofYears(5), null, CITED);
    static final AgreementSigned SIGNED = new AgreementSigned(TREATY, DAY, "Prime Minister's House, Islamabad",
            List.of(Signature.by(AZ_MINISTER), Signature.forParty(PK)), VISIT, List.of(SEED_ARTICLE, WITH_URL));

    private SampleEvents() {
    }

    static List<Object> all() {
        return List.of(
                SCHEDULED,
                new VisitPostponed(VISIT, LocalDate.of(2024, 7, 9), DAY.plusDays(3), DAY.plusDays(4), null, CITED),
                new VisitCancelled(VISIT, LocalDate.of(2024, 7, 10), "Floods in the host country", List.of()),
                ARRIVED,
                new GuestArrived(VISIT, DAY, null, List.of(), null, null),
                new CeremonyHeld(VISIT, DAY, CeremonyKind.WREATH_LAYING, "Wreath laid at the National Monument",
                        "Pakistan Monument, Islamabad", CITED),
                new TalksHeld(VISIT, DAY.plusDays(1), TalksFormat.DELEGATION_LEVEL, List.of(ALIYEV, SHARIF, DAR),
                        List.of(Sector.TRADE, Sector.ENERGY, Sector.SCIENCE_AND_TECHNOLOGY), CITED),
                new JointStatementIssued(VISIT, DAY.plusDays(1), "Joint statement on the state visit",
                        "Both sides reaffirmed their strategic partnership.", List.of(WITH_URL)),
                new VisitConcluded(VISIT, DAY.plusDays(1), "Nur Khan Airbase, Rawalpindi", CITED),

                CONCLUDED,
                new AgreementConcluded(AgreementFixture.MOU, LocalDate.of(2024, 7, 10), "MoU on energy",
                        InstrumentKind.MEMORANDUM_OF_UNDERSTANDING, List.of(AZ, PK), List.of(Sector.ENERGY),
                        List.of(), EntryIntoForceRule.onSignature(), null, null, CITED),
                new AgreementConcluded(AgreementId.of("az-pk-tr-transit-2024"), DAY, "Trilateral transit protocol",
                        InstrumentKind.PROTOCOL, List.of(AZ, PK, TR), List.of(Sector.TRANSPORT, Sector.TRADE),
                        List.of(Area.of("transit")), EntryIntoForceRule.onLastRatification(), Period.of(2, 6, 0),
                        Period.ofMonths(6), CITED),
                new AgreementConcluded(AgreementId.of("az-pk-culture-2024"), DAY, "Cultural exchange programme",
                        InstrumentKind.PROGRAMME, List.of(AZ, PK), List.of(Sector.CULTURE), List.of(),
                        EntryIntoForceRule.onFixedDate(LocalDate.of(2025, 1, 1)), Period.ofYears(3), null, CITED),
                SIGNED,
                new AgreementRatified(TREATY, LocalDate.of(2024, 10, 1), AZ, ConsentKind.RATIFICATION, CITED),
                new AgreementEnteredIntoForce(TREATY, LocalDate.of(2024, 12, 15), LocalDate.of(2029, 12, 15), CITED),
                new AgreementEnteredIntoForce(AgreementFixture.MOU, DAY, null, CITED),
                new AgreementProvisionallyApplied(TREATY, LocalDate.of(2024, 8, 1), CITED),
                new AgreementAmended(TREATY, LocalDate.of(2025, 2, 1), "Tariff schedule extended to textiles", CITED),
                new AgreementSuspended(TREATY, LocalDate.of(2025, 3, 1), "Dispute over implementation", CITED),
                new AgreementResumed(TREATY, LocalDate.of(2025, 6, 1), CITED),
                new AgreementTerminated(TREATY, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                        TerminationGround.SUPERSEDED, null, AgreementId.of("az-pk-free-trade-2026"), CITED),
                new AgreementTerminated(TREATY, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                        TerminationGround.DENUNCIATION, PK, null, CITED),
                new AgreementRegistered(TREATY, LocalDate.of(2025, 1, 20), "I-58123", CITED),
                new AgreementNotified(TREATY, LocalDate.of(2024, 10, 15), PK, CITED),
                new AgreementEnteredIntoForce(TREATY, LocalDate.of(2024, 12, 1), null, List.of(WITH_URL), true, null,
                        null),
                new AgreementEnteredIntoForce(TREATY, LocalDate.of(2024, 12, 1), null, CITED, false,
                        "on the first day of the 2nd month after the last notification",
                        "Pakistan's notification of 2024-10-15"),
                new AgreementConcluded(AgreementId.of("az-pk-trade-protocol-2025"), DAY, "Protocol",
                        InstrumentKind.JOINT_DECLARATION, List.of(AZ, PK), List.of(Sector.TRADE), List.of(),
                        EntryIntoForceRule.daysAfter(30, EntryIntoForceRule.ConsentStep.NOTIFICATION, 2),
                        Period.ofYears(10), null, CITED, true, Period.ofYears(5), TREATY,
                        AgreementId.of("az-pk-trade-2001")),
                new AgreementConcluded(AgreementId.of("az-pk-unknown-rule"), DAY, "Agreement", InstrumentKind.AGREEMENT,
                        List.of(AZ, PK), List.of(Sector.TRADE), List.of(), EntryIntoForceRule.notOnRecord(), null,
                        null, CITED, false, null, null, null),
                new AgreementConcluded(AgreementId.of("az-pk-first-day"), DAY, "Agreement", InstrumentKind.AGREEMENT,
                        List.of(AZ, PK), List.of(Sector.TRADE), List.of(),
                        EntryIntoForceRule.firstDayOfMonthAfter(2, EntryIntoForceRule.ConsentStep.RATIFICATION, null),
                        null, null, CITED),

                new DiplomaticRelationsEstablished(AZ_PK, LocalDate.of(1992, 6, 9), CITED),
                new DiplomaticRelationsSevered(AZ_PK, LocalDate.of(2000, 1, 10), AZ, "hypothetical, for the tests", CITED),
                new DiplomaticRelationsRestored(AZ_PK, LocalDate.of(2001, 1, 10), CITED),
                new IndependenceRecognised(AZ_PK, LocalDate.of(1991, 12, 13), PK, AZ, CITED),
                new SupportDeclared(AZ_PK, DAY, PK, AZ, "Karabakh", null, CITED),
                new SupportDeclared(AZ_PK, DAY, AZ, PK, "Kashmir", "OIC", CITED),
                new PartnershipDeclared(AZ_PK, LocalDate.of(2017, 9, 1), PartnershipLevel.STRATEGIC, CITED),
                new PartnershipReaffirmed(AZ_PK, DAY, PartnershipLevel.of("Comprehensive  Strategic Partnership"), CITED),
                new DiplomaticRelationsEstablished(AZ_PK, LocalDate.of(1992, 6, 30), CITED, WrittenDate.parse("1992-06")),
                new GovernmentRecognised(AZ_PK, LocalDate.of(1992, 12, 31), PK, AZ, "the new government", CITED,
                        WrittenDate.parse("1992~")),
                new PledgeAnnounced(AZ_PK, DAY, AZ, "investment in Pakistan", "an initial $2 billion",
                        List.of(Sector.INVESTMENT), CITED, null),
                new CeremonyHeld(VISIT, DAY, CeremonyKind.SIGNING_CEREMONY, null, "PM House", CITED, 15),

                new MeetingHeld(MeetingId.of("az-pk-tr-summit-2024"), LocalDate.of(2024, 7, 4), MeetingKind.SUMMIT,
                        "Azerbaijan–Pakistan–Türkiye trilateral summit", "Astana", null, List.of(AZ, PK, TR),
                        List.of(ALIYEV, SHARIF), "Joint statement", List.of(WITH_URL)),
                new MeetingHeld(MeetingId.of("oic-council-2024"), DAY, MeetingKind.COUNCIL_MEETING, null, "Baku", AZ,
                        List.of(AZ, PK, TR), List.of(), null, CITED));
    }
}
