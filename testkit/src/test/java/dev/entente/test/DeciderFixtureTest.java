package dev.entente.test;

import static dev.entente.test.EntenteFixtures.relationships;
import static dev.entente.test.EntenteFixtures.agreements;
import static dev.entente.test.EntenteFixtures.meetings;
import static dev.entente.test.EntenteFixtures.visits;
import static dev.entente.test.Samples.ALIYEV;
import static dev.entente.test.Samples.ANNOUNCED;
import static dev.entente.test.Samples.AZ_PK;
import static dev.entente.test.Samples.FIRST_DAY;
import static dev.entente.test.Samples.LAST_DAY;
import static dev.entente.test.Samples.PK;
import static dev.entente.test.Samples.SOURCES;
import static dev.entente.test.Samples.VISIT;
import static dev.entente.test.Samples.stateVisit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.SuspendAgreement;
import dev.entente.domain.meeting.HoldMeeting;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.meeting.MeetingKind;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.EstablishDiplomaticRelations;
import dev.entente.domain.shared.Country;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitScheduled;
import dev.entente.domain.visit.VisitStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeciderFixtureTest {

    private static final VisitScheduled SCHEDULED = new VisitScheduled(VISIT, ANNOUNCED, ALIYEV, PK, VisitKind.STATE,
            FIRST_DAY, LAST_DAY, SOURCES);
    private static final LocalDate RELATIONS_DAY = LocalDate.of(1992, 6, 9);

    @Test
    void an_accepted_command_shows_the_events_it_recorded_and_the_state_after() {
        var outcome = visits().givenNothing().when(stateVisit()).thenEvents(SCHEDULED);

        assertThat(outcome.events()).containsExactly(SCHEDULED);
        assertThat(outcome.violation()).isNull();
        outcome.thenState(state -> assertThat(state.status()).isEqualTo(VisitStatus.SCHEDULED));
    }

    @Test
    void a_refused_command_shows_the_rule_that_refused_it() {
        var outcome = visits().givenCommands(stateVisit()).when(stateVisit()).thenViolates("visit.already-scheduled");

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.violation().code()).isEqualTo("visit.already-scheduled");
    }

    @Test
    void a_meeting_of_two_states_is_refused_by_the_meetings_fixture() {
        var twoStates = HoldMeeting.builder(MeetingId.of("az-pk-2024")).on(FIRST_DAY).kind(MeetingKind.SUMMIT)
                .place("Astana").participants(Country.of("AZ"), PK).build();

        meetings().givenNothing().when(twoStates).thenViolates("meeting.too-few-states");
    }

    @Test
    void a_past_given_as_events_is_the_same_as_one_given_as_commands() {
        visits().given(SCHEDULED).when(stateVisit()).thenViolates("visit.already-scheduled");
    }

    @Test
    void other_events_than_expected_fail_the_test_and_name_both() {
        var outcome = visits().givenNothing().when(stateVisit());

        assertThatThrownBy(() -> outcome.thenEvents()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("recorded [" + SCHEDULED);
    }

    @Test
    void expecting_a_violation_of_a_command_that_was_accepted_fails_the_test() {
        var outcome = visits().givenNothing().when(stateVisit());

        assertThatThrownBy(() -> outcome.thenViolates("visit.already-scheduled")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("but it recorded");
    }

    @Test
    void a_violation_of_another_rule_fails_the_test_and_names_the_rule_seen() {
        var outcome = visits().givenCommands(stateVisit()).when(stateVisit());

        assertThatThrownBy(() -> outcome.thenViolates("visit.guest-is-host")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("visit.already-scheduled");
        assertThatThrownBy(() -> outcome.thenEvents(SCHEDULED)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("refused");
    }

    @Test
    void a_given_command_the_rules_refuse_fails_the_test_as_a_wrong_premise() {
        assertThatThrownBy(() -> visits().givenCommands(stateVisit(), stateVisit()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("given command")
                .hasMessageContaining("visit.already-scheduled");
    }

    @Test
    void the_relationship_fixture_runs_the_relationships_rules() {
        EstablishDiplomaticRelations establish = new EstablishDiplomaticRelations(AZ_PK, RELATIONS_DAY, SOURCES);

        relationships().givenNothing().when(establish)
                .thenEvents(new DiplomaticRelationsEstablished(AZ_PK, RELATIONS_DAY, SOURCES));
        relationships().givenCommands(establish).when(establish)
                .thenViolates("relationship.relations-already-established");
    }

    @Test
    void the_agreement_fixture_runs_the_agreements_rules() {
        agreements().givenNothing()
                .when(new SuspendAgreement(AgreementId.of("az-pk-trade"), FIRST_DAY, "dispute", SOURCES))
                .thenViolates("agreement.unknown");
    }
}
