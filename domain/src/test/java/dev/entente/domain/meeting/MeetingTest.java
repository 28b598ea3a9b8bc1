package dev.entente.domain.meeting;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.FR;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.Violations.violates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.InvalidValue;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The rules of a multilateral meeting, given–when–then. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MeetingTest {

    private static final MeetingId SUMMIT = MeetingId.of("az-pk-tr-summit-2024");
    private static final LocalDate HELD_ON = LocalDate.of(2024, 7, 4);
    private static final String MECHANISM = "Azerbaijan–Pakistan–Türkiye trilateral summit";
    private static final Dignitary ERDOGAN = Dignitary.headOfState("Recep Tayyip Erdoğan", TR);
    private static final Dignitary MACRON = Dignitary.headOfState("Emmanuel Macron", FR);

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
    }

    private static HoldMeeting.Builder trilateralSummit() {
        return HoldMeeting.builder(SUMMIT).on(HELD_ON).kind(MeetingKind.SUMMIT).mechanism(MECHANISM).place("Astana")
                .participants(AZ, PK, TR).dignitaries(ALIYEV, SHARIF, ERDOGAN)
                .outcome("Astana Declaration").sources(CITED);
    }

    private static MeetingHeld held(HoldMeeting command) {
        return new MeetingHeld(command.meetingId(), command.occurredOn(), command.kind(), command.mechanism(),
                command.place(), command.host(), command.participants(), command.dignitaries(), command.outcome(),
                command.sources());
    }

    @Test
    void records_a_trilateral_summit_held_at_a_third_location() {
        HoldMeeting summit = trilateralSummit().build();
        fixture.givenNoPriorActivity()
                .when(summit)
                .expectEvents(new MeetingHeld(SUMMIT, HELD_ON, MeetingKind.SUMMIT, MECHANISM, "Astana", null,
                        List.of(AZ, PK, TR), List.of(ALIYEV, SHARIF, ERDOGAN),
                        "Astana Declaration", CITED));
    }

    @Test
    void records_a_hosted_council_meeting_without_mechanism_dignitaries_or_outcome() {
        HoldMeeting council = HoldMeeting.builder(SUMMIT).on(HELD_ON).kind(MeetingKind.COUNCIL_MEETING)
                .place("Baku").host(AZ).participants(AZ, PK, TR, FR).build();
        fixture.givenNoPriorActivity()
                .when(council)
                .expectEvents(held(council));
    }

    @Test
    void refuses_an_id_recorded_twice() {
        fixture.given(held(trilateralSummit().build()))
                .when(trilateralSummit().on(HELD_ON.plusDays(1)).build())
                .expectException(violates(MeetingRule.ALREADY_HELD));
    }

    @Test
    void refuses_a_meeting_of_two_states() {
        fixture.givenNoPriorActivity()
                .when(trilateralSummit().participants(AZ, PK).dignitaries(ALIYEV, SHARIF).build())
                .expectException(violates(MeetingRule.TOO_FEW_STATES));
    }

    @Test
    void refuses_a_host_that_does_not_take_part() {
        fixture.givenNoPriorActivity()
                .when(trilateralSummit().host(FR).build())
                .expectException(violates(MeetingRule.HOST_NOT_PARTICIPATING));
    }

    @Test
    void refuses_a_dignitary_of_a_state_not_taking_part() {
        fixture.givenNoPriorActivity()
                .when(trilateralSummit().dignitaries(ALIYEV, SHARIF, MACRON).build())
                .expectException(violates(MeetingRule.DIGNITARY_NOT_PARTICIPATING));
    }

    @Test
    void a_state_listed_twice_is_bad_input_not_a_fourth_participant() {
        assertThatThrownBy(() -> trilateralSummit().participants(AZ, PK, TR, PK).build())
                .isInstanceOfSatisfying(InvalidValue.class,
                        invalid -> assertThat(invalid.code()).isEqualTo("value.duplicate"));
    }

    @Test
    void the_meeting_reaches_every_pair_of_its_participants_once() {
        MeetingHeld held = held(trilateralSummit().participants(TR, AZ, PK, FR).dignitaries().build());
        assertThat(held.dyads()).containsExactly(Dyad.of(TR, AZ), Dyad.of(TR, PK), Dyad.of(TR, FR), Dyad.of(AZ, PK),
                Dyad.of(AZ, FR), Dyad.of(PK, FR));
        assertThat(held.title()).isEqualTo(MECHANISM);
    }
}
