package dev.entente.domain;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.Sources.CITED;

import dev.entente.domain.fixtures.ReferenceArticle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.agreement.Agreement;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEnteredIntoForce;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.PartnershipReaffirmed;
import dev.entente.domain.relationship.Relationship;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.CeremonyKind;
import dev.entente.domain.visit.GuestArrived;
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

    private static final VisitId VISIT = ReferenceArticle.VISIT;
    private static final LocalDate DAY_ONE = ReferenceArticle.DAY_ONE;
    private static final LocalDate DAY_TWO = ReferenceArticle.DAY_TWO;

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

    @Test
    void the_state_visit_its_agreements_and_the_principles_of_the_partnership_are_all_recorded() {
        ReferenceArticle.commands().forEach(commands::sendAndWait);

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
