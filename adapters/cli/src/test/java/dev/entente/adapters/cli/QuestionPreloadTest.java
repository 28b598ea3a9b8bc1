package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A question's preload (ADR 0033): started for the four questions only, on a thread that never holds the exit. */
class QuestionPreloadTest {

    @ParameterizedTest
    @ValueSource(strings = {"state AZ PK", "timeline AZ PK --format json", "agreements --party AZ", "visits AZ PK"})
    void a_question_starts_it_on_a_daemon_thread_that_ends(String line) throws InterruptedException {
        Thread preload = QuestionPreload.startFor(line.split(" "));

        assertThat(preload).isNotNull();
        assertThat(preload.isDaemon()).isTrue();
        assertThat(preload.getName()).isEqualTo("entente-preload");
        preload.join(30_000);
        assertThat(preload.isAlive()).isFalse();
        // What the main thread waits for is made by then: its waits end.
        assertThat(QuestionPreload.madeWhatMainWaitsFor()).isTrue();
        QuestionPreload.awaitZone();
        QuestionPreload.awaitDateFormat();
    }

    @ParameterizedTest
    @ValueSource(strings = {"apply chronicle.json", "replay", "check", "demo", "--help", "State AZ PK", ""})
    void any_other_command_starts_nothing(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");

        assertThat(QuestionPreload.startFor(args)).isNull();
        assertThat(QuestionPreload.madeWhatMainWaitsFor()).isTrue();
    }
}
