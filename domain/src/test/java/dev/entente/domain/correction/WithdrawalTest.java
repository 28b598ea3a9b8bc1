package dev.entente.domain.correction;

import static dev.entente.domain.fixtures.AgreementFixture.SIGNED;
import static dev.entente.domain.fixtures.AgreementFixture.TREATY;
import static dev.entente.domain.fixtures.AgreementFixture.concludeTreaty;
import static dev.entente.domain.fixtures.AgreementFixture.signBoth;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.VisitFixture.FIRST_DAY;
import static dev.entente.domain.fixtures.VisitFixture.LAST_DAY;
import static dev.entente.domain.fixtures.VisitFixture.VISIT;
import static dev.entente.domain.fixtures.VisitFixture.arrival;
import static dev.entente.domain.fixtures.VisitFixture.departure;
import static dev.entente.domain.fixtures.VisitFixture.scheduleStateVisit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.agreement.AgreementCommand;
import dev.entente.domain.agreement.AgreementDecider;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.correction.Withdrawals.Recorded;
import dev.entente.domain.shared.Decider;
import dev.entente.domain.shared.RuleViolation;
import dev.entente.domain.visit.VisitCommand;
import dev.entente.domain.visit.VisitDecider;
import dev.entente.domain.visit.RecordArrival;
import dev.entente.domain.visit.VisitEvent;
import dev.entente.domain.visit.VisitState;
import dev.entente.domain.visit.VisitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WithdrawalTest {

    private static final String AGREEMENT_ID = TREATY.aggregateId();

    /** The stream the commands record, each decided on the state the earlier ones left, numbered from 0. */
    private static <S, C, E> List<Recorded> recorded(Decider<S, C, E> decider, List<C> commands) {
        List<Recorded> history = new ArrayList<>();
        S state = decider.initial();
        for (C command : commands) {
            for (E event : decider.decide(state, command)) {
                history.add(new Recorded(history.size(), event));
                state = decider.evolve(state, event);
            }
        }
        return history;
    }

    private static List<Recorded> plus(List<Recorded> history, Object event) {
        List<Recorded> more = new ArrayList<>(history);
        more.add(new Recorded(history.size(), event));
        return more;
    }

    private static WithdrawFacts withdraw(String aggregateId, long... sequences) {
        List<Long> numbers = new ArrayList<>();
        for (long sequence : sequences) {
            numbers.add(sequence);
        }
        return new WithdrawFacts(aggregateId, numbers, "sign-treaty", "signed on another day", CITED);
    }

    @Nested
    class Given_a_treaty_signed_by_both {

        private final List<Recorded> signed = recorded(AgreementDecider.INSTANCE,
                List.<AgreementCommand>of(concludeTreaty(), signBoth(TREATY, SIGNED)));

        @Test
        void a_second_signature_is_refused_while_the_first_stands() {
            Object state = Withdrawals.fold(AgreementDecider.INSTANCE, AgreementEvent.class, signed);
            assertThatThrownBy(() -> AgreementDecider.INSTANCE.decide((dev.entente.domain.agreement.AgreementState)
                    state, signBoth(TREATY, SIGNED.plusDays(1)))).isInstanceOf(RuleViolation.class);
        }

        @Test
        void withdrawing_the_signature_lets_a_new_signature_be_recorded() {
            long signature = signed.stream().filter(r -> r.event() instanceof AgreementSigned).findFirst()
                    .orElseThrow().sequence();
            FactWithdrawn withdrawal = Withdrawals.decide(signed, withdraw(AGREEMENT_ID, signature));
            List<Recorded> corrected = plus(signed, withdrawal);

            var state = Withdrawals.fold(AgreementDecider.INSTANCE, AgreementEvent.class, corrected);
            List<AgreementEvent> again = AgreementDecider.INSTANCE.decide(state, signBoth(TREATY, SIGNED.plusDays(1)));

            assertThat(withdrawal.sequenceNumbers()).containsExactly(signature);
            assertThat(again).first().isInstanceOfSatisfying(AgreementSigned.class,
                    event -> assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2024, 7, 12)));
        }

        @Test
        void withdrawing_the_same_signature_twice_is_refused() {
            List<Recorded> once = plus(signed, Withdrawals.decide(signed, withdraw(AGREEMENT_ID, 1)));

            assertThatThrownBy(() -> Withdrawals.decide(once, withdraw(AGREEMENT_ID, 1)))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            refused -> assertThat(refused.code()).isEqualTo("withdrawal.already-withdrawn"));
        }

        @Test
        void withdrawing_an_event_the_stream_does_not_hold_is_refused() {
            assertThatThrownBy(() -> Withdrawals.decide(signed, withdraw(AGREEMENT_ID, 7)))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            refused -> assertThat(refused.code()).isEqualTo("withdrawal.nothing-to-withdraw"));
        }

        @Test
        void withdrawing_a_withdrawal_is_refused() {
            List<Recorded> once = plus(signed, Withdrawals.decide(signed, withdraw(AGREEMENT_ID, 1)));

            assertThatThrownBy(() -> Withdrawals.decide(once, withdraw(AGREEMENT_ID, once.size() - 1)))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            refused -> assertThat(refused.code()).isEqualTo("withdrawal.nothing-to-withdraw"));
        }

        @Test
        void a_correction_may_cite_no_sources_beyond_those_of_the_corrected_command() {
            WithdrawFacts unsourced = new WithdrawFacts(AGREEMENT_ID, List.of(1L), null, "corrected", List.of());

            assertThat(Withdrawals.correcting(signed, unsourced).sequenceNumbers()).containsExactly(1L);
        }

        @Test
        void a_withdrawal_without_sources_is_refused() {
            WithdrawFacts unsourced = new WithdrawFacts(AGREEMENT_ID, List.of(1L), null, "error", List.of());

            assertThatThrownBy(() -> Withdrawals.decide(signed, unsourced))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            refused -> assertThat(refused.code()).isEqualTo("withdrawal.without-sources"));
        }
    }

    @Nested
    class Given_a_visit_whose_guest_arrived {

        private final List<Recorded> scheduled = recorded(VisitDecider.INSTANCE,
                List.<VisitCommand>of(scheduleStateVisit()));
        private final List<Recorded> arrived = recorded(VisitDecider.INSTANCE,
                List.<VisitCommand>of(scheduleStateVisit(), arrival()));

        @Test
        void after_withdrawing_the_arrival_the_visit_is_as_before_the_arrival() {
            String visit = scheduleStateVisit().targetAggregateId();
            List<Recorded> withdrawn = plus(arrived, Withdrawals.decide(arrived, withdraw(visit, 1)));

            assertThat(Withdrawals.fold(VisitDecider.INSTANCE, VisitEvent.class, withdrawn))
                    .isEqualTo(Withdrawals.fold(VisitDecider.INSTANCE, VisitEvent.class, scheduled))
                    .isNotEqualTo(Withdrawals.fold(VisitDecider.INSTANCE, VisitEvent.class, arrived));
        }

        @Test
        void a_corrected_arrival_counts_where_the_first_stood_so_a_concluded_visit_stays_concluded() {
            List<Recorded> concluded = recorded(VisitDecider.INSTANCE, List.<VisitCommand>of(scheduleStateVisit(),
                    arrival(), departure(LAST_DAY)));
            FactWithdrawn withdrawal = Withdrawals.correcting(concluded,
                    new WithdrawFacts(VISIT.aggregateId(), List.of(1L), "arrival", "corrected", CITED));
            List<Recorded> withdrawn = plus(concluded, withdrawal);

            // Decided on the visit as it was where the arrival stood: scheduled, not yet concluded.
            var before = Withdrawals.stateBefore(VisitDecider.INSTANCE, VisitEvent.class, withdrawn, 1);
            List<VisitEvent> corrected = VisitDecider.INSTANCE.decide(before, new RecordArrival(VISIT, FIRST_DAY,
                    "Islamabad International Airport", List.of(), null, CITED));
            List<Recorded> history = new ArrayList<>(concluded);
            history.add(new Recorded(3, withdrawal.replacedBy(corrected.size())));
            history.add(new Recorded(4, corrected.get(0)));

            assertThat(Withdrawals.kept(history)).extracting(Recorded::sequence).containsExactly(0L, 4L, 2L);
            VisitState state = Withdrawals.fold(VisitDecider.INSTANCE, VisitEvent.class, history);
            assertThat(state.status()).isEqualTo(VisitStatus.CONCLUDED);
            assertThatThrownBy(() -> VisitDecider.INSTANCE.decide(
                    Withdrawals.fold(VisitDecider.INSTANCE, VisitEvent.class, plus(concluded, withdrawal)),
                    arrival())).isInstanceOf(RuleViolation.class);
        }

        @Test
        void withdrawing_its_scheduling_while_the_arrival_stands_is_refused() {
            String visit = scheduleStateVisit().targetAggregateId();

            assertThatThrownBy(() -> Withdrawals.decide(arrived, withdraw(visit, 0), true))
                    .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.code())
                            .isEqualTo("withdrawal.first-event-before-later-ones"));
            assertThat(Withdrawals.decide(arrived, withdraw(visit, 0, 1), true).sequenceNumbers())
                    .containsExactly(0L, 1L);
        }

        @Test
        void the_arrival_withdrawn_may_be_recorded_again() {
            String visit = scheduleStateVisit().targetAggregateId();
            List<Recorded> withdrawn = plus(arrived, Withdrawals.decide(arrived, withdraw(visit, 1)));

            var state = Withdrawals.fold(VisitDecider.INSTANCE, VisitEvent.class, withdrawn);

            assertThat(VisitDecider.INSTANCE.decide(state, arrival())).hasSize(1);
        }
    }
}
