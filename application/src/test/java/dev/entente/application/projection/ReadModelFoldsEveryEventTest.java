package dev.entente.application.projection;

import static dev.entente.application.fixtures.Events.ANNOUNCED;
import static dev.entente.application.fixtures.Events.ESTABLISHED;
import static dev.entente.application.fixtures.Events.FIRST_DAY;
import static dev.entente.application.fixtures.Events.LAST_DAY;
import static dev.entente.application.fixtures.Events.RECOGNISED;
import static dev.entente.application.fixtures.Events.VISIT;
import static dev.entente.application.fixtures.Events.arrived;
import static dev.entente.application.fixtures.Events.concluded;
import static dev.entente.application.fixtures.Events.delegationTalks;
import static dev.entente.application.fixtures.Events.departed;
import static dev.entente.application.fixtures.Events.inForce;
import static dev.entente.application.fixtures.Events.jointStatement;
import static dev.entente.application.fixtures.Events.referenceVisitScheduled;
import static dev.entente.application.fixtures.Events.scheduled;
import static dev.entente.application.fixtures.Events.signedByBoth;
import static dev.entente.application.fixtures.Events.wreathLaid;
import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.Describe;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.Aggregates;
import dev.entente.domain.agreement.AgreementAmended;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementProvisionallyApplied;
import dev.entente.domain.agreement.AgreementNotified;
import dev.entente.domain.agreement.AgreementRatified;
import dev.entente.domain.agreement.AgreementRegistered;
import dev.entente.domain.agreement.AgreementResumed;
import dev.entente.domain.agreement.AgreementSuspended;
import dev.entente.domain.agreement.AgreementTerminated;
import dev.entente.domain.agreement.ConsentKind;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.TerminationGround;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.DiplomaticRelationsRestored;
import dev.entente.domain.relationship.DiplomaticRelationsSevered;
import dev.entente.domain.relationship.GovernmentRecognised;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.meeting.MeetingHeld;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.meeting.MeetingKind;
import dev.entente.domain.relationship.PledgeAnnounced;
import dev.entente.domain.relationship.PartnershipDeclared;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.PartnershipReaffirmed;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.visit.VisitCancelled;
import dev.entente.domain.visit.VisitEvent;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitPostponed;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The projector's dispatch derives from the registry, and every stored event type has a fold that does something
 * with it: an event type added to an aggregate fails here until it has a sample below and its read model keeps what
 * it says.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadModelFoldsEveryEventTest {

    private static final AgreementId TREATY = AgreementId.of("az-pk-trade-2024");
    private static final VisitId CALLED_OFF = VisitId.of("aliyev-pakistan-2025");

    /** One event of every stored type, in an order the folds accept: each visit and agreement begins first. */
    private static final List<Object> ONE_OF_EACH = List.of(
            referenceVisitScheduled(),
            new VisitPostponed(VISIT, ANNOUNCED.plusDays(1), FIRST_DAY, LAST_DAY.plusDays(1), "Weather", CITED),
            arrived(VISIT, FIRST_DAY),
            wreathLaid(VISIT, FIRST_DAY),
            delegationTalks(VISIT, FIRST_DAY),
            jointStatement(VISIT, LAST_DAY),
            departed(VISIT, LAST_DAY),
            scheduled(CALLED_OFF, LAST_DAY, ALIYEV, PK, VisitKind.OFFICIAL, LAST_DAY.plusMonths(6),
                    LAST_DAY.plusMonths(6).plusDays(1)),
            new VisitCancelled(CALLED_OFF, LAST_DAY.plusMonths(1), "Elections", CITED),

            concluded(TREATY, FIRST_DAY, InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.TRADE)),
            signedByBoth(TREATY, FIRST_DAY, VISIT),
            new AgreementRatified(TREATY, FIRST_DAY.plusMonths(1), AZ, ConsentKind.RATIFICATION, CITED),
            new AgreementNotified(TREATY, FIRST_DAY.plusMonths(1), AZ, CITED),
            new AgreementProvisionallyApplied(TREATY, FIRST_DAY.plusMonths(1), CITED),
            inForce(TREATY, FIRST_DAY.plusMonths(2), FIRST_DAY.plusYears(5)),
            new AgreementAmended(TREATY, FIRST_DAY.plusMonths(3), "Textiles added", CITED),
            new AgreementSuspended(TREATY, FIRST_DAY.plusMonths(4), "Dispute", CITED),
            new AgreementResumed(TREATY, FIRST_DAY.plusMonths(5), CITED),
            new AgreementRegistered(TREATY, FIRST_DAY.plusMonths(5), "I-58123", CITED),
            new AgreementTerminated(TREATY, FIRST_DAY.plusYears(1), FIRST_DAY.plusYears(2),
                    TerminationGround.DENUNCIATION, PK, null, CITED),

            new IndependenceRecognised(AZ_PK, RECOGNISED, PK, AZ, CITED),
            new GovernmentRecognised(AZ_PK, RECOGNISED.plusYears(1), PK, AZ, "The new government", CITED, null),
            new PledgeAnnounced(AZ_PK, FIRST_DAY, AZ, "investment", "$2 billion", List.of(Sector.TRADE), CITED, null),
            new DiplomaticRelationsEstablished(AZ_PK, ESTABLISHED, CITED),
            new PartnershipDeclared(AZ_PK, ESTABLISHED.plusYears(20), PartnershipLevel.STRATEGIC, CITED),
            new PartnershipReaffirmed(AZ_PK, FIRST_DAY, PartnershipLevel.COMPREHENSIVE_STRATEGIC, CITED),
            new SupportDeclared(AZ_PK, FIRST_DAY, PK, AZ, "Karabakh", null, CITED),
            new DiplomaticRelationsSevered(AZ_PK, LAST_DAY.plusYears(1), AZ, "Hypothetical", CITED),
            new DiplomaticRelationsRestored(AZ_PK, LAST_DAY.plusYears(2), CITED),

            new MeetingHeld(MeetingId.of("az-pk-tr-summit-2024"), FIRST_DAY, MeetingKind.SUMMIT,
                    "Trilateral summit", "Astana", null, List.of(AZ, PK, TR), List.of(ALIYEV), "Declaration", CITED));

    @Test
    void every_event_type_of_the_registry_goes_to_a_fold() {
        assertThat(ReadModelProjector.foldedEventTypes())
                .containsExactlyInAnyOrderElementsOf(Aggregates.eventTypes());
    }

    @Test
    void folds_the_event_roots_of_every_aggregate_of_the_registry_and_no_other() {
        assertThat(ReadModelProjector.FOLDED_ROOTS).containsExactlyInAnyOrderElementsOf(Aggregates.eventRoots());
    }

    @Test
    void the_samples_hold_one_event_of_every_type_the_registry_lists() {
        Set<Class<?>> sampled = ONE_OF_EACH.stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(sampled).isEqualTo(Set.copyOf(Aggregates.eventTypes()));
    }

    @Test
    void each_event_changes_its_record_beyond_its_position_and_sources_and_has_its_own_timeline_entry() {
        InMemoryReadModelStore store = new InMemoryReadModelStore();
        ReadModelProjector projector = new ReadModelProjector(store);
        long position = 0;
        for (Object event : ONE_OF_EACH) {
            position++;
            Map<String, Object> before = content(recordOf(store, event));
            projector.project(event, position);
            Map<String, Object> after = content(recordOf(store, event));

            assertThat(after).as("what the read model keeps of %s", event.getClass().getSimpleName())
                    .isNotEqualTo(before);
            long at = position;
            assertThat(dyadsOf(store, event)).allSatisfy(dyad -> assertThat(store.timeline(dyad))
                    .filteredOn(entry -> entry.position() == at)
                    .extracting(TimelineEntry::kind)
                    .containsExactly(Describe.kindOf(event)));
        }
    }

    @Test
    void tells_the_event_handler_which_events_are_its_own_to_fold() {
        assertThat(ONE_OF_EACH).allMatch(ReadModelProjector::folds);
        assertThat(ReadModelProjector.folds("an event of the embedding application")).isFalse();
    }

    @Test
    void passes_over_an_event_of_an_application_aggregate_leaving_the_read_models_as_they_were() {
        InMemoryReadModelStore store = new InMemoryReadModelStore();
        ReadModelProjector projector = new ReadModelProjector(store);
        projector.project(ONE_OF_EACH.get(0), 1);
        List<Dyad> dyads = store.dyads();

        // Since extensions (ADR 0021), the history holds events of aggregates the read models know nothing of.
        projector.project(new ApplicationEvent("exchange:erasmus"), 2);

        assertThat(store.dyads()).isEqualTo(dyads);
        assertThat(dyads).allSatisfy(dyad -> assertThat(store.timeline(dyad))
                .extracting(TimelineEntry::position).doesNotContain(2L));
    }

    /** An event of an application's own aggregate. */
    private record ApplicationEvent(String programmeId) {
    }

    private static Object recordOf(InMemoryReadModelStore store, Object event) {
        if (event instanceof VisitEvent visit) {
            return store.visit(visit.visitId()).orElse(null);
        }
        if (event instanceof AgreementEvent agreement) {
            return store.agreement(agreement.agreementId()).orElse(null);
        }
        if (event instanceof MeetingHeld meeting) {
            // A meeting has no record of its own: what the read models keep of it is its dyads' timelines.
            return new MeetingTrace(meeting.dyads().stream().map(store::timeline).toList());
        }
        return store.relationship(((RelationshipEvent) event).dyad()).orElse(null);
    }

    /** The timelines of a meeting's dyads, as the read model a meeting changes. */
    private record MeetingTrace(List<List<TimelineEntry>> timelines) {
    }

    private static Set<Dyad> dyadsOf(InMemoryReadModelStore store, Object event) {
        if (event instanceof VisitEvent visit) {
            return Set.of(store.visit(visit.visitId()).map(VisitRecord::dyad).orElseThrow());
        }
        if (event instanceof AgreementEvent agreement) {
            return Set.copyOf(store.agreement(agreement.agreementId()).map(AgreementRecord::dyads).orElseThrow());
        }
        if (event instanceof MeetingHeld meeting) {
            assertThat(meeting.dyads()).hasSize(3);
            return Set.copyOf(meeting.dyads());
        }
        return Set.of(((RelationshipEvent) event).dyad());
    }

    /** A read model's components, without the position and sources every event changes. */
    private static Map<String, Object> content(Object record) {
        Map<String, Object> content = new LinkedHashMap<>();
        if (record == null) {
            return content;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (!component.getName().equals("position") && !component.getName().equals("sources")) {
                try {
                    content.put(component.getName(), component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return content;
    }
}
