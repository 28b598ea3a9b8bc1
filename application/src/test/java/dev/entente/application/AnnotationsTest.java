package dev.entente.application;

import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.VisitFixture.FIRST_DAY;
import static dev.entente.domain.fixtures.VisitFixture.LAST_DAY;
import static dev.entente.domain.fixtures.VisitFixture.VISIT;
import static dev.entente.domain.fixtures.VisitFixture.arrival;
import static dev.entente.domain.fixtures.VisitFixture.scheduleStateVisit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.inmemory.InMemoryStorage;
import dev.entente.application.query.AgreementQuery;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.Alternative;
import dev.entente.application.readmodel.AnnotatedFact;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.fixtures.AgreementFixture;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A note and alternative claims beside a command: stamped into its events' metadata and shown by the read models. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AnnotationsTest {

    static final Source SEED = Source.of("Seed article", "Azernews", LocalDate.of(2024, 7, 13));
    static final Annotations DISPUTED_PLACE = Annotations.of("Sources disagree on where the guest landed",
            List.of(new Alternative("place", "Islamabad International Airport", List.of(SEED))));

    private final InMemoryStorage storage = new InMemoryStorage();
    private final EntenteEngine engine = EntenteEngine.builder()
            .storage(storage)
            .serialization(InMemoryEngineTest.UNUSED_SERIALIZATION)
            .start();

    @AfterEach
    void close() {
        engine.close();
    }

    private void applyVisitWithDisputedArrival() {
        engine.apply(List.of(new PlannedCommand(scheduleStateVisit(), "schedule", "command 1"),
                new PlannedCommand(arrival(), "arrival", "command 2", DISPUTED_PLACE)));
    }

    @Nested
    class Given_a_command_with_a_note_and_an_alternative_claim {

        @Test
        void when_applied_then_its_event_carries_them_as_metadata_beside_the_command_digest() {
            applyVisitWithDisputedArrival();

            List<? extends DomainEventMessage<?>> events = engine.axonConfiguration().eventStore()
                    .readEvents(VISIT.aggregateId(), 0).asStream().toList();
            assertThat(events.get(0).getMetaData()).doesNotContainKeys(EventMetadata.NOTE, EventMetadata.ALTERNATIVES);
            assertThat(events.get(1).getMetaData())
                    .containsEntry(EventMetadata.COMMAND_DIGEST, "arrival")
                    .containsEntry(EventMetadata.NOTE, "Sources disagree on where the guest landed")
                    .containsKey(EventMetadata.ALTERNATIVES);
            assertThat(Annotations.fromMetadata(events.get(1).getMetaData())).isEqualTo(DISPUTED_PLACE);
        }

        @Test
        void when_the_timeline_is_asked_then_the_arrival_shows_them_and_the_scheduling_shows_none() {
            applyVisitWithDisputedArrival();

            List<TimelineEntry> timeline = engine.timeline(AZ_PK, null, null);
            assertThat(timeline).extracting(TimelineEntry::kind, TimelineEntry::annotations).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("visit.scheduled", Annotations.NONE),
                    org.assertj.core.groups.Tuple.tuple("visit.guest-arrived", DISPUTED_PLACE));
        }

        @Test
        void when_the_visit_is_asked_then_its_arrival_shows_them() {
            applyVisitWithDisputedArrival();

            VisitRecord visit = engine.visit(VISIT).orElseThrow();
            assertThat(visit.annotationsOf(visit.arrival())).isEqualTo(DISPUTED_PLACE);
            assertThat(engine.stateOf(AZ_PK, LAST_DAY).lastHighLevelVisit().annotations())
                    .singleElement().satisfies(fact -> {
                        assertThat(fact.kind()).isEqualTo("visit.guest-arrived");
                        assertThat(fact.annotations()).isEqualTo(DISPUTED_PLACE);
                    });
        }

        @Test
        void when_asked_for_a_date_before_the_fact_then_its_annotations_are_not_shown() {
            applyVisitWithDisputedArrival();

            VisitRecord before = engine.visits(AZ_PK, FIRST_DAY.minusDays(1)).get(0).visit();
            assertThat(before.arrival()).isNull();
            assertThat(before.annotations()).isEmpty();
        }

        @Test
        void when_read_as_recorded_then_the_annotations_are_read_from_the_stored_metadata() {
            applyVisitWithDisputedArrival();

            VisitRecord visit = engine.asRecordedBy(Instant.now().plusSeconds(60)).visit(VISIT).orElseThrow();
            assertThat(visit.annotationsOf(visit.arrival())).isEqualTo(DISPUTED_PLACE);
        }
    }

    @Nested
    class Given_an_agreement_signed_with_a_note {

        private final Annotations signedNote = Annotations.of("Sources name different signatories", List.of());

        private void applyMouSignedWithANote() {
            engine.apply(List.of(new PlannedCommand(AgreementFixture.concludeMou(), "conclude", "command 1"),
                    new PlannedCommand(AgreementFixture.signBoth(AgreementFixture.MOU, AgreementFixture.SIGNED),
                            "sign", "command 2", signedNote)));
        }

        @Test
        void when_the_register_is_asked_after_the_signature_then_the_agreement_shows_the_note_on_its_signing() {
            applyMouSignedWithANote();

            AgreementRecord mou = engine.agreements(AgreementQuery.on(AgreementFixture.SIGNED)).get(0).agreement();
            assertThat(mou.annotationsOf(mou.signings().get(0))).isEqualTo(signedNote);
            // A memorandum in force on signature: both events of the one command carry its note.
            assertThat(mou.annotations()).extracting(AnnotatedFact::kind)
                    .containsExactly("agreement.signed", "agreement.entered-into-force");
        }

        @Test
        void when_the_register_is_asked_before_the_signature_then_the_note_is_not_shown() {
            applyMouSignedWithANote();

            AgreementRecord mou = engine.agreements(AgreementQuery.on(AgreementFixture.CONCLUDED)).get(0).agreement();
            assertThat(mou.signings()).isEmpty();
            assertThat(mou.annotations()).isEmpty();
        }
    }

    @Nested
    class Given_an_alternative_claim_about_a_field {

        @Test
        void when_the_command_has_no_such_field_then_the_planned_command_is_refused_as_bad_input() {
            Annotations aboutNothing = Annotations.of(null,
                    List.of(new Alternative("airport", "Islamabad International Airport", List.of(SEED))));

            assertThatThrownBy(() -> new PlannedCommand(arrival(), "arrival", "command 2", aboutNothing))
                    .isInstanceOf(InvalidValue.class)
                    .hasMessageContaining("'airport', which RecordArrival does not have")
                    .hasMessageContaining("place")
                    .satisfies(e -> assertThat(((InvalidValue) e).code()).isEqualTo("annotation.unknown-field"));
        }

        @Test
        void when_it_names_the_sources_field_then_it_is_refused_too() {
            Annotations aboutSources = Annotations.of(null,
                    List.of(new Alternative("sources", "another list", List.of(SEED))));

            assertThatThrownBy(() -> new PlannedCommand(arrival(), "arrival", "command 2", aboutSources))
                    .isInstanceOf(InvalidValue.class);
        }

        @Test
        void when_it_cites_no_source_then_it_is_refused() {
            assertThatThrownBy(() -> new Alternative("place", "Islamabad International Airport", List.of()))
                    .isInstanceOf(InvalidValue.class)
                    .satisfies(e -> assertThat(((InvalidValue) e).code())
                            .isEqualTo("annotation.alternative-without-sources"));
        }
    }

    @Nested
    class Given_event_metadata {

        @Test
        void without_annotation_keys_then_there_are_none() {
            assertThat(Annotations.fromMetadata(Map.of(EventMetadata.COMMAND_DIGEST, "x"))).isSameAs(Annotations.NONE);
        }

        @Test
        void with_alternatives_that_are_not_a_list_then_it_is_refused_with_the_key_named() {
            assertThatThrownBy(() -> Annotations.fromMetadata(Map.of(EventMetadata.ALTERNATIVES, "Nur Khan")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(EventMetadata.ALTERNATIVES);
        }

        @Test
        void written_by_to_metadata_then_it_reads_back_the_same() {
            Annotations withAddress = Annotations.of("a note", List.of(new Alternative("place", "Chaklala",
                    List.of(Source.of("A report", "Dawn", LocalDate.of(2024, 7, 11), "https://www.dawn.com/x")))));

            assertThat(Annotations.fromMetadata(withAddress.toMetadata())).isEqualTo(withAddress);
            assertThat(Annotations.NONE.toMetadata()).isEmpty();
        }
    }
}
