package dev.entente.engine;

import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.EntenteEngine;
import dev.entente.application.RecordedEvent;
import dev.entente.application.batch.PlannedCommand;
import dev.entente.application.readmodel.Alternative;
import dev.entente.application.readmodel.Annotations;
import dev.entente.domain.fixtures.VisitFixture;
import dev.entente.embedded.Entente;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the embedded default (SQLite, JSON), a listener gets what was recorded beside an applied command as the store
 * reads it back: the metadata goes through the serializer and the event table, not only through memory.
 */
class ListenersOnDiskTest {

    @TempDir
    Path directory;

    @Test
    void a_listener_hears_an_applied_command_with_its_digest_note_and_alternative_claims() {
        List<RecordedEvent> heard = new CopyOnWriteArrayList<>();
        try (EntenteEngine engine = Entente.builder()
                .storage(JdbcStorage.sqlite(directory, EntenteJson.mapper()))
                .onEvent("recorder", heard::add)
                .start()) {
            engine.apply(List.of(new PlannedCommand(VisitFixture.scheduleStateVisit(), "digest-of-schedule",
                    "visits.json:1:1", Annotations.of("dates differ between the sources",
                            List.of(new Alternative("plannedFrom", "2024-07-10", CITED))))));
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (heard.isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            List<RecordedEvent> history;
            try (var events = engine.history()) {
                history = events.toList();
            }

            assertThat(heard).singleElement().satisfies(event -> {
                assertThat(event.commandDigest()).isEqualTo("digest-of-schedule");
                assertThat(event.annotations().note()).isEqualTo("dates differ between the sources");
                assertThat(event.annotations().alternatives()).singleElement()
                        .satisfies(alternative -> assertThat(alternative.sources()).isEqualTo(CITED));
                assertThat(event.recordedAt()).isEqualTo(history.get(0).recordedAt());
                assertThat(event.position()).isEqualTo(history.get(0).position());
            });
            assertThat(history.get(0).annotations()).isEqualTo(heard.get(0).annotations());
        }
    }
}
