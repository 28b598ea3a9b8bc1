package dev.entente.adapters.json.chronicle;

import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AmendAgreement;
import dev.entente.domain.agreement.ApplyAgreementProvisionally;
import dev.entente.domain.agreement.ConcludeAgreement;
import dev.entente.domain.agreement.NotifyAgreement;
import dev.entente.domain.agreement.RecordEntryIntoForce;
import dev.entente.domain.agreement.ConsentKind;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.RatifyAgreement;
import dev.entente.domain.agreement.RegisterAgreement;
import dev.entente.domain.agreement.ResumeAgreement;
import dev.entente.domain.agreement.SignAgreement;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.agreement.SuspendAgreement;
import dev.entente.domain.agreement.TerminateAgreement;
import dev.entente.domain.agreement.TerminationGround;
import dev.entente.domain.meeting.HoldMeeting;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.meeting.MeetingKind;
import dev.entente.domain.relationship.DeclarePartnership;
import dev.entente.domain.relationship.DeclareSupport;
import dev.entente.domain.relationship.EstablishDiplomaticRelations;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.AnnouncePledge;
import dev.entente.domain.relationship.ReaffirmPartnership;
import dev.entente.domain.relationship.RecogniseGovernment;
import dev.entente.domain.relationship.RecogniseIndependence;
import dev.entente.domain.relationship.RestoreDiplomaticRelations;
import dev.entente.domain.relationship.SeverDiplomaticRelations;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Office;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.shared.Source;
import dev.entente.domain.visit.CancelVisit;
import dev.entente.domain.visit.CeremonyKind;
import dev.entente.domain.visit.ConcludeVisit;
import dev.entente.domain.visit.GunSalute;
import dev.entente.domain.visit.HoldCeremony;
import dev.entente.domain.visit.HoldTalks;
import dev.entente.domain.visit.Honours;
import dev.entente.domain.visit.IssueJointStatement;
import dev.entente.domain.visit.PostponeVisit;
import dev.entente.domain.visit.RecordArrival;
import dev.entente.domain.visit.ScheduleVisit;
import dev.entente.domain.visit.TalksFormat;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The chronicles in src/test/resources/chronicles, and the commands they hold, built in Java. */
final class EveryCommand {

    static final String DOCUMENT = "every-command.json";
    static final String LINES = "every-command.jsonl";

    static final Country AZ = Country.of("AZ");
    static final Country PK = Country.of("PK");
    static final Dyad AZ_PK = Dyad.of(AZ, PK);
    static final VisitId VISIT = VisitId.of("aliyev-pakistan-2024");
    static final AgreementId PTA = AgreementId.of("az-pk-preferential-trade-2024");
    static final Dignitary ALIYEV = Dignitary.headOfState("Ilham Aliyev", AZ);
    static final Dignitary SHARIF = Dignitary.headOfGovernment("Shehbaz Sharif", PK);
    static final Source TRIBUNE = Source.of("Aliyev arrives in Islamabad on a two-day state visit",
            "The Express Tribune", day("2024-07-11"), "https://tribune.com.pk/story/aliyev-arrives-in-islamabad");
    static final Source APA = Source.of("Azerbaijan and Pakistan sign documents", "APA", day("2024-07-12"));
    static final Source RADIO = Source.of("President Aliyev arrives in Pakistan", "Radio Pakistan",
            day("2024-07-11"), "https://www.radio.gov.pk/11-07-2024/aliyev-arrives");

    private EveryCommand() {
    }

    static List<Object> commands() {
        return List.of(
                new ScheduleVisit(VISIT, day("2024-07-10"), ALIYEV, PK, VisitKind.STATE, day("2024-07-11"),
                        day("2024-07-12"), List.of(TRIBUNE)),
                new PostponeVisit(VisitId.of("sharif-baku-2024"), day("2024-05-20"), day("2024-06-10"),
                        day("2024-06-11"), "the parliament's budget session", List.of()),
                new CancelVisit(VisitId.of("dar-baku-2024"), day("2024-06-01"), null, List.of()),
                new RecordArrival(VISIT, day("2024-07-11"), "Nur Khan Airbase, Rawalpindi", List.of(SHARIF),
                        new Honours(true, GunSalute.of(21), true, List.of("children in national dress")),
                        List.of(RADIO)),
                new HoldCeremony(VISIT, day("2024-07-11"), CeremonyKind.WREATH_LAYING,
                        "wreath at the Pakistan Monument", "Islamabad", List.of()),
                new HoldTalks(VISIT, day("2024-07-11"), TalksFormat.ONE_ON_ONE, List.of(ALIYEV, SHARIF),
                        List.of(Sector.TRADE, Sector.SCIENCE_AND_TECHNOLOGY, Sector.DEFENCE), List.of(TRIBUNE)),
                new IssueJointStatement(VISIT, day("2024-07-12"),
                        "Joint Declaration on the establishment of a strategic partnership",
                        "The two leaders agreed to raise trade to two billion dollars.", List.of()),
                new ConcludeVisit(VISIT, day("2024-07-12"), "Nur Khan Airbase, Rawalpindi", List.of(APA)),
                new ConcludeAgreement(PTA, day("2024-07-11"), "Preferential Trade Agreement", InstrumentKind.AGREEMENT,
                        List.of(AZ, PK), List.of(Sector.TRADE),
                        List.of(Area.of("textiles"), Area.of("pharmaceuticals")),
                        EntryIntoForceRule.daysAfterLastRatification(30), Period.ofYears(5), Period.ofMonths(6),
                        List.of(APA), true, Period.ofYears(5), AgreementId.of("az-pk-trade-1997"),
                        AgreementId.of("az-pk-trade-1995")),
                new SignAgreement(PTA, day("2024-07-11"), "Islamabad",
                        List.of(new Signature(new Dignitary("Mikayil Jabbarov", Office.MINISTER, AZ, "Minister of Economy"), AZ),
                                Signature.forParty(PK)),
                        VISIT, List.of(APA)),
                new RatifyAgreement(PTA, day("2024-10-01"), AZ, ConsentKind.APPROVAL, List.of()),
                new ApplyAgreementProvisionally(PTA, day("2024-08-01"), List.of()),
                new AmendAgreement(PTA, day("2025-03-01"), "tariff lines for textiles added", List.of()),
                new SuspendAgreement(PTA, day("2025-06-01"), "a dispute over rules of origin", List.of()),
                new ResumeAgreement(PTA, day("2025-09-01"), List.of()),
                new TerminateAgreement(PTA, day("2026-01-01"), TerminationGround.SUPERSEDED, null,
                        AgreementId.of("az-pk-free-trade-2026"), day("2026-02-01"), List.of()),
                new RegisterAgreement(PTA, day("2024-12-01"), "I-58123", List.of()),
                new NotifyAgreement(PTA, day("2024-10-15"), PK, List.of()),
                new RecordEntryIntoForce(PTA, day("2024-12-01"), List.of(APA)),
                new EstablishDiplomaticRelations(AZ_PK, day("1992-06-09"), List.of()),
                new SeverDiplomaticRelations(AZ_PK, day("2030-01-01"), PK, "a hypothetical break", List.of()),
                new RestoreDiplomaticRelations(AZ_PK, day("2031-01-01"), List.of()),
                new RecogniseIndependence(AZ_PK, day("1991-12-12"), PK, AZ, List.of()),
                new DeclareSupport(AZ_PK, day("2024-07-11"), AZ, PK, "Kashmir", "OIC", List.of(TRIBUNE)),
                new DeclarePartnership(AZ_PK, day("2024-07-11"), PartnershipLevel.STRATEGIC, List.of()),
                new ReaffirmPartnership(AZ_PK, day("2025-02-25"), PartnershipLevel.STRATEGIC, List.of()),
                new RecogniseGovernment(AZ_PK, null, PK, AZ, "the government of Abulfaz Elchibey", List.of(),
                        WrittenDate.parse("1992-06")),
                new AnnouncePledge(AZ_PK, day("2024-07-11"), AZ, "investment in Pakistan", "an initial $2 billion",
                        List.of(Sector.INVESTMENT), List.of(TRIBUNE), null),
                HoldMeeting.builder(MeetingId.of("az-pk-tr-summit-2024")).on(day("2024-07-04"))
                        .kind(MeetingKind.SUMMIT).mechanism("Azerbaijan–Pakistan–Türkiye trilateral summit")
                        .place("Astana").participants(AZ, PK, Country.of("TR")).dignitaries(ALIYEV, SHARIF)
                        .outcome("Joint statement of the trilateral summit").sources(APA).build());
    }

    static byte[] resource(String name) {
        try (InputStream in = EveryCommand.class.getResourceAsStream("/chronicles/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test chronicle " + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
