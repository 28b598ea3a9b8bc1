package dev.entente.adapters.jdbc.eventlog;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.EntenteEngine;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.integrity.IntegrityProblem;
import dev.entente.application.query.ReadModels;
import dev.entente.application.readmodel.Alternative;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.domain.relationship.EstablishDiplomaticRelations;
import dev.entente.domain.relationship.Relationship;
import dev.entente.domain.shared.Dyad;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations in the metadata of stored events: checked, folded when read as recorded, refused when malformed. */
class AnnotationsStoreCheckTest {

    static final Dyad AZ_PK = Dyad.of(AZ, PK);
    static final Annotations DISPUTED_DATE = Annotations.of("The sources give two dates",
            List.of(new Alternative("occurredOn", "1992-06-10", CITED)));

    @TempDir
    Path directory;

    private void applyAnnotatedRelations() {
        try (JdbcStorage storage = JdbcStorage.sqlite(directory, EntenteJson.mapper());
             EntenteEngine engine = EntenteEngine.builder().storage(storage).serialization(new JsonSerialization())
                     .start()) {
            engine.apply(List.of(new PlannedCommand(new EstablishDiplomaticRelations(AZ_PK, LocalDate.of(1992, 6, 9),
                    CITED), "relations", "relations.json:1:1", DISPUTED_DATE)));
            engine.awaitReadModels();
        }
    }

    @Test
    void a_store_whose_events_carry_annotations_is_whole_and_its_read_models_show_them() {
        applyAnnotatedRelations();

        try (JdbcStorage storage = JdbcStorage.sqlite(directory, EntenteJson.mapper())) {
            assertThat(StoreCheck.run(storage).problems()).isEmpty();
            assertThat(storage.readModels().timeline(AZ_PK)).extracting(TimelineEntry::annotations)
                    .containsExactly(DISPUTED_DATE);
        }
    }

    @Test
    void read_as_recorded_the_annotations_come_from_the_stored_metadata_and_later_events_are_left_out() {
        Instant before = Instant.now().minusSeconds(1);
        applyAnnotatedRelations();

        try (JdbcStorage storage = JdbcStorage.builder(EntenteJson.mapper()).sqlite(directory).readOnly().build()) {
            ReadModels now = AsRecorded.readModels(storage, Instant.now().plusSeconds(60));
            ReadModels then = AsRecorded.readModels(storage, before);

            assertThat(now.timeline(AZ_PK, null, null)).extracting(TimelineEntry::annotations)
                    .containsExactly(DISPUTED_DATE);
            assertThat(then.timeline(AZ_PK, null, null)).isEmpty();
        }
    }

    @Test
    void an_event_whose_alternatives_are_not_a_list_is_invalid_metadata() {
        applyAnnotatedRelations();
        try (JdbcStorage storage = JdbcStorage.sqlite(directory, EntenteJson.mapper())) {
            String id = Relationship.aggregateIdOf(AZ_PK);
            StoreCheckTest.TestRows.update(storage, "INSERT INTO DomainEventEntry (eventIdentifier, type, "
                    + "aggregateIdentifier, sequenceNumber, timeStamp, payloadType, payloadRevision, payload, metaData) "
                    + "VALUES ('bad-annotations', 'Test', ?, 1, '2024-07-11T10:00:00.123Z', "
                    + "'relationship.diplomatic-relations-severed', '1', ?, ?)", id,
                    StoreCheckTest.json(new dev.entente.domain.relationship.DiplomaticRelationsSevered(AZ_PK,
                            LocalDate.of(1993, 1, 14), PK, "a test", CITED))
                            .getBytes(StandardCharsets.UTF_8),
                    "{\"entente.alternatives\":\"Nur Khan\"}".getBytes(StandardCharsets.UTF_8));

            assertThat(StoreCheck.run(storage).problems()).filteredOn(p -> p.code().equals("check.invalid-metadata"))
                    .singleElement().extracting(IntegrityProblem::sentence).asString()
                    .contains("entente.alternatives", "not readable");
            assertThatThrownBy(() -> AsRecorded.readModels(storage, Instant.now()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("entente check");
        }
    }
}
