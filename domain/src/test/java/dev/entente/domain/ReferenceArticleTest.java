package dev.entente.domain;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.People.ZARDARI;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.agreement.Agreement;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEnteredIntoForce;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.ConcludeAgreement;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.SignAgreement;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.PartnershipReaffirmed;
import dev.entente.domain.relationship.ReaffirmPartnership;
import dev.entente.domain.relationship.Relationship;
import dev.entente.domain.relationship.DeclareSupport;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.CeremonyKind;
import dev.entente.domain.visit.ConcludeVisit;
import dev.entente.domain.visit.GuestArrived;
import dev.entente.domain.visit.GunSalute;
import dev.entente.domain.visit.HoldCeremony;
import dev.entente.domain.visit.HoldTalks;
import dev.entente.domain.visit.Honours;
import dev.entente.domain.visit.RecordArrival;
import dev.entente.domain.visit.ScheduleVisit;
import dev.entente.domain.visit.TalksFormat;
import dev.entente.domain.visit.TalksHeld;
import dev.entente.domain.visit.Visit;
import dev.entente.domain.visit.VisitConcluded;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitScheduled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reference article (President Aliyev in Pakistan, 11–12 July 2024) played as commands through the three
 * aggregates on one in-memory Axon configuration, and the events that come out checked.
 */
class ReferenceArticleTest {

    private static final VisitId VISIT = VisitId.of("aliyev-pakistan-2024");
    private static final LocalDate DAY_ONE = LocalDate.of(2024, 7, 11);
    private static final LocalDate DAY_TWO = LocalDate.of(2024, 7, 12);

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private Configuration axon;
    private CommandGateway commands;

    @BeforeEach
    void startAxon() {
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> storage)
                .configureAggregate(Visit.class)
                .configureAggregate(Agreement.class)
                .configureAggregate(Relationship.class)
                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
    }

    @AfterEach
    void stopAxon() {
        axon.shutdown();
    }

    /** One instrument per field the article names, with the areas it names for it. */
    private record Instrument(String id, String title, InstrumentKind kind, Sector sector, List<String> areas) {
    }

    private static final List<Instrument> INSTRUMENTS = List.of(
            new Instrument("az-pk-trade-2024", "Agreement on bilateral trade and economic cooperation",
                    InstrumentKind.AGREEMENT, Sector.TRADE, List.of("agriculture", "pharmaceuticals", "textile industries")),
            new Instrument("az-pk-energy-mou-2024", "Memorandum of understanding on energy cooperation",
                    InstrumentKind.MEMORANDUM_OF_UNDERSTANDING, Sector.ENERGY,
                    List.of("oil and gas exploration", "renewable energy projects")),
            new Instrument("az-pk-defence-2024", "Agreement on cooperation in defence production and military training",
                    InstrumentKind.AGREEMENT, Sector.DEFENCE, List.of("defence production", "military training")),
            new Instrument("az-pk-education-mou-2024", "Memorandum of understanding on educational exchanges",
                    InstrumentKind.MEMORANDUM_OF_UNDERSTANDING, Sector.EDUCATION, List.of("educational exchanges")),
            new Instrument("az-pk-culture-2024", "Cultural exchange programme",
                    InstrumentKind.PROGRAMME, Sector.CULTURE, List.of("cultural programs")));

    @Test
    void the_state_visit_its_agreements_and_the_principles_of_the_partnership_are_all_recorded() {
        commands.sendAndWait(new ScheduleVisit(VISIT, DAY_ONE, ALIYEV, PK, VisitKind.STATE, DAY_ONE, DAY_TWO, CITED));
        commands.sendAndWait(new RecordArrival(VISIT, DAY_ONE, "Islamabad International Airport", List.of(SHARIF),
                new Honours(true, GunSalute.of(21), true, List.of()), CITED));
        commands.sendAndWait(new HoldCeremony(VISIT, DAY_ONE, CeremonyKind.WREATH_LAYING,
                "Wreath laid at the National Monument", "Pakistan Monument, Islamabad", CITED));
        commands.sendAndWait(new HoldTalks(VISIT, DAY_ONE, TalksFormat.DELEGATION_LEVEL, List.of(ALIYEV, SHARIF),
                List.of(Sector.TRADE, Sector.INVESTMENT, Sector.ENERGY, Sector.DEFENCE, Sector.SECURITY,
                        Sector.EDUCATION, Sector.CULTURE), CITED));
        commands.sendAndWait(new HoldTalks(VISIT, DAY_ONE, TalksFormat.ONE_ON_ONE, List.of(ALIYEV, ZARDARI),
                List.of(Sector.TRADE, Sector.ENERGY), CITED));
        for (Instrument instrument : INSTRUMENTS) {
            AgreementId id = AgreementId.of(instrument.id());
            commands.sendAndWait(new ConcludeAgreement(id, DAY_ONE, instrument.title(), instrument.kind(),
                    List.of(AZ, PK), List.of(instrument.sector()), instrument.areas().stream().map(Area::of).toList(),
                    null, null, null, CITED));
            // The article names no signatories: each party's signature is recorded without inventing one.
            commands.sendAndWait(new SignAgreement(id, DAY_ONE, "Prime Minister's House, Islamabad",
                    List.of(Signature.forParty(AZ), Signature.forParty(PK)), VISIT, CITED));
        }
        commands.sendAndWait(new ReaffirmPartnership(AZ_PK, DAY_ONE, PartnershipLevel.STRATEGIC, CITED));
        commands.sendAndWait(new DeclareSupport(AZ_PK, DAY_ONE, PK, AZ, "Karabakh", null, CITED));
        commands.sendAndWait(new DeclareSupport(AZ_PK, DAY_ONE, AZ, PK, "Kashmir", null, CITED));
        commands.sendAndWait(new ConcludeVisit(VISIT, DAY_TWO, null, CITED));

        List<Object> events = new ArrayList<>();
        storage.readEvents(null, false).map(EventMessage::getPayload).forEach(events::add);

        assertThat(events).first().isEqualTo(new VisitScheduled(VISIT, DAY_ONE, ALIYEV, PK, VisitKind.STATE, DAY_ONE,
                DAY_TWO, CITED));
        GuestArrived arrival = only(events, GuestArrived.class);
        assertThat(arrival.honours().guardOfHonour()).isTrue();
        assertThat(arrival.honours().gunSalute().rounds()).isEqualTo(21);
        assertThat(arrival.honours().redCarpet()).isTrue();
        assertThat(arrival.receivedBy()).containsExactly(SHARIF);
        assertThat(only(events, CeremonyHeld.class).kind()).isEqualTo(CeremonyKind.WREATH_LAYING);
        assertThat(ofType(events, TalksHeld.class)).hasSize(2);

        Map<Sector, List<Area>> areasBySector = ofType(events, AgreementConcluded.class).stream()
                .collect(Collectors.toMap(c -> c.sectors().get(0), AgreementConcluded::areas));
        assertThat(areasBySector).containsOnlyKeys(Sector.TRADE, Sector.ENERGY, Sector.DEFENCE, Sector.EDUCATION,
                Sector.CULTURE);
        assertThat(areasBySector.get(Sector.TRADE)).extracting(Area::name)
                .containsExactly("agriculture", "pharmaceuticals", "textiles");
        assertThat(areasBySector.get(Sector.ENERGY)).extracting(Area::name)
                .containsExactly("oil and gas exploration", "renewable energy");
        assertThat(areasBySector.get(Sector.DEFENCE)).extracting(Area::name)
                .containsExactly("defence production", "military training");
        assertThat(areasBySector.get(Sector.EDUCATION)).extracting(Area::name).containsExactly("educational exchange");
        assertThat(areasBySector.get(Sector.CULTURE)).extracting(Area::name).containsExactly("cultural programmes");

        List<AgreementSigned> signatures = ofType(events, AgreementSigned.class);
        assertThat(signatures).hasSize(5).allSatisfy(signed -> {
            assertThat(signed.duringVisit()).isEqualTo(VISIT);
            assertThat(signed.occurredOn()).isEqualTo(DAY_ONE);
            assertThat(signed.signatures()).extracting(Signature::party).containsExactly(AZ, PK);
        });
        assertThat(ofType(events, AgreementEnteredIntoForce.class)).hasSize(5)
                .allSatisfy(inForce -> assertThat(inForce.occurredOn()).isEqualTo(DAY_ONE));

        assertThat(only(events, PartnershipReaffirmed.class).level()).isEqualTo(PartnershipLevel.STRATEGIC);
        assertThat(ofType(events, SupportDeclared.class))
                .extracting(s -> s.supporter() + " supports " + s.supported() + " on " + s.issue())
                .containsExactly("PK supports AZ on Karabakh", "AZ supports PK on Kashmir");
        assertThat(events).last().isEqualTo(new VisitConcluded(VISIT, DAY_TWO, null, CITED));
    }

    private static <T> List<T> ofType(List<Object> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> T only(List<Object> events, Class<T> type) {
        List<T> found = ofType(events, type);
        assertThat(found).as("events of type %s", type.getSimpleName()).hasSize(1);
        return found.get(0);
    }
}
