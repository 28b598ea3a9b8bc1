package dev.entente.domain.correction;

import dev.entente.domain.shared.Decider;
import dev.entente.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of withdrawal as pure functions over one aggregate's stream, and the stream as its rules see it: every
 * event except those withdrawn (and the withdrawals themselves, which change no state). The batch check, Axon's
 * repository and the read models all load an aggregate through {@link #kept}, so a withdrawn event counts nowhere.
 */
public final class Withdrawals {

    /** One stored event of an aggregate with its sequence number. */
    public record Recorded(long sequence, Object event) {
    }

    private Withdrawals() {
    }

    /** The sequence numbers withdrawn by the withdrawals in {@code history}. */
    public static Set<Long> withdrawn(Iterable<Recorded> history) {
        Set<Long> withdrawn = new HashSet<>();
        for (Recorded recorded : history) {
            if (recorded.event() instanceof FactWithdrawn withdrawal) {
                withdrawn.addAll(withdrawal.sequenceNumbers());
            }
        }
        return withdrawn;
    }

    /** The events of {@code history} the aggregate's rules count: none withdrawn, no withdrawal. */
    public static List<Recorded> kept(List<Recorded> history) {
        Set<Long> withdrawn = withdrawn(history);
        List<Recorded> kept = new ArrayList<>(history.size());
        for (Recorded recorded : history) {
            if (!(recorded.event() instanceof FactWithdrawn) && !withdrawn.contains(recorded.sequence())) {
                kept.add(recorded);
            }
        }
        return kept;
    }

    /** The aggregate's state from its stream, withdrawn events skipped. */
    public static <S, E> S fold(Decider<S, ?, E> decider, Class<E> eventRoot, List<Recorded> history) {
        S state = decider.initial();
        for (Recorded recorded : kept(history)) {
            if (eventRoot.isInstance(recorded.event())) {
                state = decider.evolve(state, eventRoot.cast(recorded.event()));
            }
        }
        return state;
    }

    /**
     * The withdrawal {@code command} records on {@code history}.
     *
     * @throws RuleViolation {@code withdrawal.without-sources} when it cites none,
     *         {@code withdrawal.nothing-to-withdraw} when it names no event or one the stream does not hold (a
     *         withdrawal included), {@code withdrawal.already-withdrawn} when one is withdrawn already
     */
    public static FactWithdrawn decide(List<Recorded> history, WithdrawFacts command) {
        if (command.sources().isEmpty()) {
            throw new RuleViolation(WithdrawalRule.WITHOUT_SOURCES, "A withdrawal from " + command.aggregateId()
                    + " must cite the sources that show the error");
        }
        if (command.sequenceNumbers().isEmpty()) {
            throw new RuleViolation(WithdrawalRule.NOTHING_TO_WITHDRAW, "A withdrawal from "
                    + command.aggregateId() + " names no event");
        }
        Set<Long> withdrawable = new HashSet<>();
        for (Recorded recorded : history) {
            if (!(recorded.event() instanceof FactWithdrawn)) {
                withdrawable.add(recorded.sequence());
            }
        }
        Set<Long> withdrawn = withdrawn(history);
        for (long sequence : command.sequenceNumbers()) {
            if (!withdrawable.contains(sequence)) {
                throw new RuleViolation(WithdrawalRule.NOTHING_TO_WITHDRAW, command.aggregateId()
                        + " has no event " + sequence + " to withdraw");
            }
            if (withdrawn.contains(sequence)) {
                throw new RuleViolation(WithdrawalRule.ALREADY_WITHDRAWN, "Event " + sequence + " of "
                        + command.aggregateId() + " is withdrawn already");
            }
        }
        return new FactWithdrawn(command.aggregateId(), command.sequenceNumbers(), command.key(), command.reason(),
                command.sources());
    }
}
