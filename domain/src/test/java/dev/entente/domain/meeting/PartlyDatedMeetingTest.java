package dev.entente.domain.meeting;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.Sources.CITED;

import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Meetings whose sources give the date only in part (issue 9 item 6, ADR 0023). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PartlyDatedMeetingTest {

    private static final MeetingId SUMMIT = MeetingId.of("az-pk-tr-summit-1996");

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    @Test
    void a_meeting_dated_by_its_year_is_recorded_as_written_and_known_from_the_last_day_of_the_year() {
        WrittenDate about1996 = WrittenDate.parse("1996~");
        fixture.givenNoPriorActivity()
                .when(HoldMeeting.builder(SUMMIT).written("1996~").kind(MeetingKind.SUMMIT).place("Islamabad")
                        .participants(AZ, PK, TR).sources(CITED).build())
                .expectEvents(new MeetingHeld(SUMMIT, LocalDate.of(1996, 12, 31), MeetingKind.SUMMIT, null,
                        "Islamabad", null, List.of(AZ, PK, TR), List.of(), null, CITED, about1996));
    }

    @Test
    void a_meeting_written_as_an_exact_day_is_recorded_as_before() {
        fixture.givenNoPriorActivity()
                .when(HoldMeeting.builder(SUMMIT).written("1996-06-20").kind(MeetingKind.SUMMIT).place("Islamabad")
                        .participants(AZ, PK, TR).build())
                .expectEvents(new MeetingHeld(SUMMIT, LocalDate.of(1996, 6, 20), MeetingKind.SUMMIT, null,
                        "Islamabad", null, List.of(AZ, PK, TR), List.of(), null, List.of()));
    }
}
