package dev.entente.application.analysis;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.People.AZ_MINISTER;
import static dev.entente.domain.fixtures.People.PK_MINISTER;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.EntenteEngine;
import dev.entente.application.InMemoryEngineTest;
import dev.entente.application.RecordedEvent;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.SignAgreement;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.fixtures.AgreementFixture;
import dev.entente.domain.meeting.HoldMeeting;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.meeting.MeetingKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A coded event needs one day: a step the sources date only in part counts on the last day of its interval, the day
 * it is known from (ADR 0023), in the coded events (and so the GDELT export) and in the series.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PartlyDatedCodingTest {

    private static final AgreementId SIGNED_IN_JULY = AgreementId.of("az-pk-signed-in-july-2024");

    private final EntenteEngine engine = InMemoryEngineTest.inMemory()
            .start();

    @AfterEach
    void close() {
        engine.close();
    }

    private void recordPartlyDatedSteps() {
        engine.send(AgreementFixture.conclude(SIGNED_IN_JULY, InstrumentKind.AGREEMENT, List.of(AZ, PK), null, null,
                null));
        engine.send(SignAgreement.builder(SIGNED_IN_JULY).written("2024-07").place("Baku")
                .signatures(Signature.by(AZ_MINISTER), Signature.by(PK_MINISTER)).sources(CITED).build());
        engine.send(HoldMeeting.builder(MeetingId.of("summit-in-autumn-2024")).written("2024-09").kind(MeetingKind.SUMMIT)
                .place("Astana").participants(AZ, PK, TR).sources(CITED).build());
    }

    private static String brief(CodedEvent e) {
        return e.day() + " " + e.source() + ">" + e.target() + " " + e.code().eventCode() + " " + e.kind();
    }

    @Test
    void a_step_dated_by_its_month_is_coded_on_the_last_day_of_the_month_from_the_history_and_the_records() {
        recordPartlyDatedSteps();
        List<String> fromHistory = new ArrayList<>();
        CodedEvents.Stream coder = new CodedEvents.Stream();
        try (Stream<RecordedEvent> history = engine.history()) {
            history.forEach(recorded -> coder.code(recorded).stream()
                    .filter(e -> AZ_PK.contains(e.source()) && AZ_PK.contains(e.target()))
                    .map(PartlyDatedCodingTest::brief).forEach(fromHistory::add));
        }
        assertThat(fromHistory).contains(
                "2024-07-31 AZ>PK 057 agreement.signed",
                "2024-09-30 AZ>PK 044 meeting.held");
        assertThat(CodedEvents.of(engine.records(AZ_PK)).stream().map(PartlyDatedCodingTest::brief))
                .containsExactlyInAnyOrderElementsOf(fromHistory);
    }

    @Test
    void a_series_by_day_counts_a_month_only_signature_on_the_month_s_last_day_and_never_before() {
        recordPartlyDatedSteps();
        DyadSeries series = DyadSeries.of(engine.records(AZ_PK), AZ, PK, Granularity.DAY, LocalDate.of(2024, 7, 1),
                LocalDate.of(2024, 7, 31), false);
        assertThat(series.periods().stream().filter(p -> !p.empty()).map(p -> p.start().toString()))
                .containsExactly("2024-07-31");
    }
}
