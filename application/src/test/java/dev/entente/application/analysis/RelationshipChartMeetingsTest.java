package dev.entente.application.analysis;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.query.DyadRecords;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.domain.meeting.MeetingHeld;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.meeting.MeetingKind;
import dev.entente.domain.shared.Dyad;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The chart shows the multilateral meetings of a dyad's two states as marks, with a legend entry. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RelationshipChartMeetingsTest {

    private static final LocalDate HELD_ON = LocalDate.of(2024, 7, 4);
    private static final Dyad PK_TR = Dyad.of(PK, TR);

    private static DyadRecords withMeetings(MeetingRecord... meetings) {
        return new DyadRecords(PK_TR, List.of(), List.of(), null, List.of(meetings));
    }

    private static MeetingRecord summit(String id, LocalDate on) {
        return MeetingRecord.of(new MeetingHeld(MeetingId.of(id), on, MeetingKind.SUMMIT, "Trilateral summit",
                "Astana", null, List.of(AZ, PK, TR), List.of(), null, CITED), 1, Annotations.NONE);
    }

    @Test
    void a_meeting_is_a_ring_on_the_visits_lane_named_in_its_tooltip_and_the_legend() {
        String svg = RelationshipChart.svg(withMeetings(summit("astana-2024", HELD_ON)), PK, TR,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

        assertThat(svg).contains("stroke=\"#9D755D\"")
                .contains("<title>2024-07-04: Trilateral summit at Astana (AZ, PK, TR)</title>")
                .contains(">Multilateral meeting</text>");
    }

    @Test
    void two_meetings_of_one_day_are_one_mark_with_their_number_and_a_meeting_after_the_end_is_not_drawn() {
        String svg = RelationshipChart.svg(withMeetings(summit("a", HELD_ON), summit("b", HELD_ON),
                summit("c", HELD_ON.plusYears(1))), PK, TR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

        assertThat(svg.split("stroke=\"#9D755D\"", -1)).hasSize(3); // the legend's ring and one mark
        assertThat(svg).contains(">×2</text>").doesNotContain("2025-07-04");
    }
}
