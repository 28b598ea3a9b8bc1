package dev.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.agreement.Agreement;
import dev.entente.domain.agreement.AgreementState;
import dev.entente.domain.fixtures.ReferenceArticle;
import dev.entente.domain.relationship.Relationship;
import dev.entente.domain.relationship.RelationshipStanding;
import dev.entente.domain.shared.AggregateType;
import dev.entente.domain.shared.RuleViolation;
import dev.entente.domain.visit.Visit;
import dev.entente.domain.visit.VisitRule;
import dev.entente.domain.visit.VisitState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The pure rules, given–when–then without Axon: folding {@code decide}/{@code evolve} over the reference article
 * gives the same events as the Axon shells, aggregate by aggregate, and the same final states.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeciderTest {

    /** The reference article through decide/evolve alone: events by aggregate id, and each aggregate's state. */
    private record Folded(Map<String, List<Object>> events, Map<String, Object> states) {
    }

    private static Folded fold(List<Object> commands) {
        Map<String, List<Object>> events = new LinkedHashMap<>();
        Map<String, Object> states = new HashMap<>();
        for (Object command : commands) {
            AggregateType<?, ?, ?> type = Aggregates.forCommand(command).orElseThrow();
            String id = type.targetOf(command);
            Object state = states.getOrDefault(id, type.decider().initial());
            for (Object event : type.decide(state, command)) {
                state = type.evolve(state, event);
                events.computeIfAbsent(id, any -> new ArrayList<>()).add(event);
            }
            states.put(id, state);
        }
        return new Folded(events, states);
    }

    @Test
    void the_pure_functions_and_the_axon_shells_record_the_same_events_for_the_reference_article() {
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> storage)
                .configureAggregate(Visit.class)
                .configureAggregate(Agreement.class)
                .configureAggregate(Relationship.class)
                .buildConfiguration();
        axon.start();
        Map<String, List<Object>> byAxon = new LinkedHashMap<>();
        Map<String, Object> statesByAxon = new HashMap<>();
        try {
            ReferenceArticle.commands().forEach(axon.commandGateway()::sendAndWait);
            storage.readEvents(null, false).forEach(event -> byAxon.computeIfAbsent(
                    ((DomainEventMessage<?>) event).getAggregateIdentifier(), any -> new ArrayList<>())
                    .add(event.getPayload()));
            for (String id : byAxon.keySet()) {
                statesByAxon.put(id, stateByAxon(axon, id));
            }
        } finally {
            axon.shutdown();
        }

        Folded pure = fold(ReferenceArticle.commands());

        assertThat(pure.events()).isEqualTo(byAxon);
        assertThat(pure.events()).hasSize(1 + ReferenceArticle.agreementIds().size() + 1);
        assertThat(pure.states()).isEqualTo(statesByAxon);
    }

    /** The state of the shell Axon rebuilds from the stored events. */
    private static Object stateByAxon(Configuration axon, String id) {
        AggregateType<?, ?, ?> type = Aggregates.all().stream()
                .filter(candidate -> id.startsWith(candidate.name().toLowerCase() + ":")).findFirst().orElseThrow();
        DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(null);
        try {
            Object root = axon.repository(type.shell()).load(id).invoke(aggregate -> aggregate);
            if (root instanceof Visit visit) {
                return visit.state();
            }
            if (root instanceof Agreement agreement) {
                return agreement.state();
            }
            return ((Relationship) root).state();
        } finally {
            unit.rollback();
        }
    }

    @Test
    void a_visit_scheduled_arrived_and_concluded_evolves_to_concluded_and_refuses_a_second_arrival() {
        List<Object> article = ReferenceArticle.commands();
        Folded folded = fold(article);
        VisitState visit = (VisitState) folded.states().get(ReferenceArticle.VISIT.aggregateId());
        assertThat(visit.status()).isEqualTo(dev.entente.domain.visit.VisitStatus.CONCLUDED);
        assertThat(visit.arrivedOn()).isEqualTo(ReferenceArticle.DAY_ONE);
        assertThat(visit.latestStepOn()).isEqualTo(ReferenceArticle.DAY_TWO);

        Object arrival = article.stream().filter(dev.entente.domain.visit.RecordArrival.class::isInstance)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> Aggregates.VISIT.decide(visit, arrival))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(VisitRule.ALREADY_CONCLUDED));
    }

    @Test
    void the_agreements_of_the_reference_article_enter_into_force_on_their_signature() {
        Folded folded = fold(ReferenceArticle.commands());
        for (var id : ReferenceArticle.agreementIds()) {
            AgreementState agreement = (AgreementState) folded.states().get(id.aggregateId());
            assertThat(agreement.inForceFrom()).as("%s in force", id).isEqualTo(ReferenceArticle.DAY_ONE);
            assertThat(agreement.signedOn()).containsOnlyKeys("AZ", "PK");
        }
        RelationshipStanding relationship = (RelationshipStanding) folded.states().values().stream()
                .filter(RelationshipStanding.class::isInstance).findFirst().orElseThrow();
        assertThat(relationship.partnershipLevel()).isNotNull();
    }
}
