package dev.entente.adapters.json;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.agreement.Agreement;
import dev.entente.domain.agreement.AgreementEnteredIntoForce;
import dev.entente.domain.agreement.AgreementRatified;
import dev.entente.domain.agreement.AgreementSuspended;
import dev.entente.domain.agreement.ConsentKind;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.DiplomaticRelationsSevered;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.relationship.PartnershipDeclared;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.Relationship;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.CeremonyKind;
import dev.entente.domain.visit.Visit;
import dev.entente.domain.visit.VisitConcluded;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Aggregates keep their state in private fields with no getters; a snapshot must carry all of it. Each aggregate is
 * rebuilt from events through its own {@code @EventSourcingHandler}s, as Axon would, then snapshotted and read back.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SnapshotSerializationTest {

    private final Serializer snapshots = new JsonSerialization().snapshots();

    @Test
    void a_visit_round_trips() {
        Visit visit = rebuild(Visit.class, SampleEvents.SCHEDULED, SampleEvents.ARRIVED,
                new CeremonyHeld(SampleEvents.VISIT, LocalDate.of(2024, 7, 12), CeremonyKind.WREATH_LAYING, null,
                        null, CITED),
                new VisitConcluded(SampleEvents.VISIT, LocalDate.of(2024, 7, 12), null, CITED));

        String json = assertRoundTrips(visit);

        assertThat(json).contains("\"aggregateId\":\"visit:aliyev-pakistan-2024\"", "\"host\":\"PK\"",
                "\"status\":\"CONCLUDED\"", "\"guest\":{\"name\":\"Ilham Aliyev\"");
    }

    @Test
    void an_agreement_round_trips() {
        Agreement agreement = rebuild(Agreement.class, SampleEvents.CONCLUDED, SampleEvents.SIGNED,
                new AgreementRatified(SampleEvents.TREATY, LocalDate.of(2024, 10, 1), AZ, ConsentKind.RATIFICATION, CITED),
                new AgreementRatified(SampleEvents.TREATY, LocalDate.of(2024, 11, 15), PK, ConsentKind.APPROVAL, CITED),
                new AgreementEnteredIntoForce(SampleEvents.TREATY, LocalDate.of(2024, 12, 15),
                        LocalDate.of(2029, 12, 15), CITED),
                new AgreementSuspended(SampleEvents.TREATY, LocalDate.of(2025, 3, 1), "Dispute", CITED));

        String json = assertRoundTrips(agreement);

        assertThat(json).contains("\"entryIntoForce\":{\"type\":\"days-after-last-ratification\",\"days\":30}",
                "\"term\":\"P5Y\"", "\"ratifiedOn\":{\"AZ\":\"2024-10-01\",\"PK\":\"2024-11-15\"}",
                "\"status\":\"SUSPENDED\"");
    }

    @Test
    void a_relationship_round_trips() {
        Relationship relationship = rebuild(Relationship.class,
                new IndependenceRecognised(AZ_PK, LocalDate.of(1991, 12, 13), PK, AZ, CITED),
                new DiplomaticRelationsEstablished(AZ_PK, LocalDate.of(1992, 6, 9), CITED),
                new DiplomaticRelationsSevered(AZ_PK, LocalDate.of(2000, 1, 10), AZ, "hypothetical", CITED),
                new PartnershipDeclared(AZ_PK, LocalDate.of(2017, 9, 1), PartnershipLevel.STRATEGIC, CITED));

        String json = assertRoundTrips(relationship);

        assertThat(json).contains("\"relations\":\"SEVERED\"", "\"recognitions\":{\"PK>AZ\":\"1991-12-13\"}",
                "\"partnershipLevel\":\"strategic partnership\"");
    }

    private String assertRoundTrips(Object aggregate) {
        SerializedObject<byte[]> snapshot = snapshots.serialize(aggregate, byte[].class);
        Object read = snapshots.deserialize(snapshot);

        assertThat(read).isExactlyInstanceOf(aggregate.getClass());
        assertThat(read).usingRecursiveComparison().isEqualTo(aggregate);
        return new String(snapshot.getData(), StandardCharsets.UTF_8);
    }

    /** The aggregate as Axon rebuilds it: no-arg constructor, then each event to its sourcing handler. */
    private static <T> T rebuild(Class<T> type, Object... events) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T aggregate = constructor.newInstance();
            for (Object event : events) {
                Method handler = Arrays.stream(type.getDeclaredMethods())
                        .filter(method -> method.isAnnotationPresent(EventSourcingHandler.class))
                        .filter(method -> method.getParameterTypes()[0].isInstance(event))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no handler for " + event));
                handler.setAccessible(true);
                handler.invoke(aggregate, event);
            }
            return aggregate;
        } catch (InvocationTargetException e) {
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
