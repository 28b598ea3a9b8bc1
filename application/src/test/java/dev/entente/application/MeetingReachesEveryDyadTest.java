package dev.entente.application;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.FR;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.application.readmodel.RelationshipState;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.domain.meeting.HoldMeeting;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.meeting.MeetingKind;
import dev.entente.domain.meeting.MeetingRule;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A multilateral meeting, recorded once through the engine, shows in the timeline of every pair of its states. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MeetingReachesEveryDyadTest {

    private static final LocalDate HELD_ON = LocalDate.of(2024, 7, 4);
    private static final HoldMeeting SUMMIT = HoldMeeting.builder(MeetingId.of("az-pk-tr-summit-2024")).on(HELD_ON)
            .kind(MeetingKind.SUMMIT).mechanism("Azerbaijan–Pakistan–Türkiye trilateral summit").place("Astana")
            .participants(AZ, PK, TR).dignitaries(ALIYEV).outcome("Astana Declaration").sources(CITED).build();

    private final EntenteEngine engine = InMemoryEngineTest.inMemory()
            .start();

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void each_pair_of_participants_has_the_meeting_in_its_timeline_and_no_other_pair_does() {
        engine.send(SUMMIT);
        engine.awaitReadModels();

        for (Dyad dyad : new Dyad[] {Dyad.of(AZ, PK), Dyad.of(PK, TR), Dyad.of(AZ, TR)}) {
            assertThat(engine.timeline(dyad, null, null)).as(dyad.toString()).singleElement().satisfies(entry -> {
                assertThat(entry.kind()).isEqualTo("meeting.held");
                assertThat(entry.subject()).isEqualTo("az-pk-tr-summit-2024");
                assertThat(entry.occurredOn()).isEqualTo(HELD_ON);
                assertThat(entry.summary()).contains("Azerbaijan–Pakistan–Türkiye trilateral summit", "Astana",
                        "AZ, PK, TR", "Astana Declaration");
                assertThat(entry.sources()).isEqualTo(CITED);
            });
        }
        assertThat(engine.timeline(Dyad.of(AZ, FR), null, null)).isEmpty();
        assertThat(engine.dyads()).containsExactly(Dyad.of(AZ, PK), Dyad.of(AZ, TR), Dyad.of(PK, TR));
    }

    @Test
    void a_timeline_to_a_day_before_the_meeting_does_not_show_it() {
        engine.send(SUMMIT);
        engine.awaitReadModels();

        assertThat(engine.timeline(Dyad.of(PK, TR), null, HELD_ON.minusDays(1))).isEmpty();
        assertThat(engine.timeline(Dyad.of(PK, TR), null, HELD_ON)).extracting(TimelineEntry::kind)
                .containsExactly("meeting.held");
    }

    @Test
    void the_state_of_each_pair_counts_the_meeting_from_the_day_it_was_held() {
        engine.send(SUMMIT);
        engine.awaitReadModels();

        RelationshipState before = engine.stateOf(Dyad.of(AZ, TR), HELD_ON.minusDays(1));
        assertThat(before.multilateralMeetings()).isZero();
        assertThat(before.lastMultilateralMeeting()).isNull();

        RelationshipState on = engine.stateOf(Dyad.of(TR, AZ), HELD_ON);
        assertThat(on.multilateralMeetings()).isEqualTo(1);
        assertThat(on.lastMultilateralMeeting()).isEqualTo(new RelationshipState.MeetingSummary(
                MeetingId.of("az-pk-tr-summit-2024"), "Azerbaijan–Pakistan–Türkiye trilateral summit",
                MeetingKind.SUMMIT, "Astana", HELD_ON, List.of(AZ, PK, TR)));
        assertThat(engine.stateOf(Dyad.of(AZ, FR), HELD_ON).multilateralMeetings()).isZero();
    }

    @Test
    void the_last_meeting_is_the_latest_held_by_the_date_whatever_the_order_recorded() {
        HoldMeeting later = HoldMeeting.builder(MeetingId.of("council-2025")).on(HELD_ON.plusYears(1))
                .kind(MeetingKind.COUNCIL_MEETING).place("Baku").host(AZ).participants(AZ, PK, TR, FR).build();
        engine.send(later);
        engine.send(SUMMIT);
        engine.awaitReadModels();

        RelationshipState state = engine.stateOf(Dyad.of(PK, TR), HELD_ON.plusYears(2));
        assertThat(state.multilateralMeetings()).isEqualTo(2);
        assertThat(state.lastMultilateralMeeting().id()).isEqualTo(MeetingId.of("council-2025"));
        assertThat(state.lastMultilateralMeeting().title()).isEqualTo("council meeting");
        assertThat(engine.stateOf(Dyad.of(PK, TR), HELD_ON.plusMonths(6)).lastMultilateralMeeting().id())
                .isEqualTo(MeetingId.of("az-pk-tr-summit-2024"));
        assertThat(engine.stateOf(Dyad.of(AZ, FR), HELD_ON.plusYears(2)).multilateralMeetings()).isEqualTo(1);
    }

    @Test
    void the_same_meeting_recorded_twice_is_refused_by_its_rule() {
        engine.send(SUMMIT);

        assertThatThrownBy(() -> engine.send(SUMMIT)).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.rule()).isEqualTo(MeetingRule.ALREADY_HELD));
    }
}
