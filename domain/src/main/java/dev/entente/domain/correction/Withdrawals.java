package dev.entente.domain.correction;

import dev.entente.domain.shared.Decider;
import dev.entente.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * The events of {@code history} the aggregate's rules count, in the order they count: none withdrawn, no
     * withdrawal, and the events of a correction where the events it withdrew stood (at the first of them), so that
     * the events recorded after those still follow them.
     */
    public static List<Recorded> kept(List<Recorded> history) {
        Places places = new Places(history);
        List<Recorded> kept = new ArrayList<>(history.size());
        for (Recorded recorded : history) {
            if (!(recorded.event() instanceof FactWithdrawn) && !places.withdrawn.contains(recorded.sequence())) {
                kept.add(recorded);
            }
        }
        kept.sort((one, other) -> compare(places.of(one.sequence()), places.of(other.sequence())));
        return kept;
    }

    /** The aggregate's state from its stream, withdrawn events skipped, corrections in their place. */
    public static <S, E> S fold(Decider<S, ?, E> decider, Class<E> eventRoot, List<Recorded> history) {
        return foldUpTo(decider, eventRoot, history, null);
    }

    /**
     * The aggregate's state where the event {@code sequence} stands (or stood, if withdrawn) in its history: from
     * the events counted before it. A correction is decided on this state: on the aggregate as it was where the
     * corrected events were recorded, not after the steps that followed them.
     */
    public static <S, E> S stateBefore(Decider<S, ?, E> decider, Class<E> eventRoot, List<Recorded> history,
                                       long sequence) {
        return foldUpTo(decider, eventRoot, history, sequence);
    }

    private static <S, E> S foldUpTo(Decider<S, ?, E> decider, Class<E> eventRoot, List<Recorded> history,
                                     Long sequence) {
        Places places = new Places(history);
        List<Long> limit = sequence == null ? null : places.of(sequence);
        S state = decider.initial();
        for (Recorded recorded : kept(history)) {
            if (limit != null && compare(places.of(recorded.sequence()), limit) >= 0) {
                break;
            }
            if (eventRoot.isInstance(recorded.event())) {
                state = decider.evolve(state, eventRoot.cast(recorded.event()));
            }
        }
        return state;
    }

    /** Where each event counts: its own sequence number, or, for a correction's event, a place under the first event it replaced. */
    private static final class Places {
        private final Set<Long> withdrawn = new HashSet<>();
        private final Map<Long, long[]> replacing = new HashMap<>();

        Places(List<Recorded> history) {
            for (Recorded recorded : history) {
                if (recorded.event() instanceof FactWithdrawn withdrawal) {
                    withdrawn.addAll(withdrawal.sequenceNumbers());
                    long anchor = withdrawal.sequenceNumbers().stream().min(Long::compare).orElse(recorded.sequence());
                    for (int i = 1; i <= withdrawal.replacements(); i++) {
                        replacing.put(recorded.sequence() + i, new long[] {anchor, i});
                    }
                }
            }
        }

        List<Long> of(long sequence) {
            long[] replaced = replacing.get(sequence);
            if (replaced == null || replaced[0] >= sequence) {
                return List.of(sequence);
            }
            List<Long> place = new ArrayList<>(of(replaced[0]));
            place.add(replaced[1]);
            return place;
        }
    }

    private static int compare(List<Long> one, List<Long> other) {
        for (int i = 0; i < Math.min(one.size(), other.size()); i++) {
            int order = Long.compare(one.get(i), other.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(one.size(), other.size());
    }

    /**
     * The withdrawal {@code command} records on {@code history}.
     *
     * @throws RuleViolation {@code withdrawal.without-sources} when it cites none,
     *         {@code withdrawal.nothing-to-withdraw} when it names no event or one the stream does not hold (a
     *         withdrawal included), {@code withdrawal.already-withdrawn} when one is withdrawn already
     */
    public static FactWithdrawn decide(List<Recorded> history, WithdrawFacts command) {
        return decide(history, command, false);
    }

    /**
     * As {@link #decide(List, WithdrawFacts)}, for an aggregate that {@code startsWithFirstEvent} (a visit, an
     * agreement, a meeting: not a relationship, whose facts each stand alone).
     *
     * @throws RuleViolation also {@code withdrawal.first-event-before-later-ones} when it withdraws the event that
     *         starts the aggregate while later ones stand
     */
    public static FactWithdrawn decide(List<Recorded> history, WithdrawFacts command, boolean startsWithFirstEvent) {
        if (command.sources().isEmpty()) {
            throw new RuleViolation(WithdrawalRule.WITHOUT_SOURCES, "A withdrawal from " + command.aggregateId()
                    + " must cite the sources that show the error");
        }
        return correcting(history, command, startsWithFirstEvent);
    }

    /** As {@link #correcting(List, WithdrawFacts, boolean)}, for an aggregate whose first event starts nothing. */
    public static FactWithdrawn correcting(List<Recorded> history, WithdrawFacts command) {
        return correcting(history, command, false);
    }

    /**
     * The withdrawal that a correction records first: as {@link #decide}, but the corrected command's own sources,
     * which may be none as for any fact, stand for the evidence.
     *
     * @throws RuleViolation {@code withdrawal.nothing-to-withdraw}, {@code withdrawal.already-withdrawn},
     *         {@code withdrawal.first-event-before-later-ones} when {@code startsWithFirstEvent}
     */
    public static FactWithdrawn correcting(List<Recorded> history, WithdrawFacts command,
                                           boolean startsWithFirstEvent) {
        if (command.sequenceNumbers().isEmpty()) {
            throw new RuleViolation(WithdrawalRule.NOTHING_TO_WITHDRAW, "A withdrawal from "
                    + command.aggregateId() + " names no event: nothing was recorded under that key");
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
        List<Recorded> kept = kept(history);
        if (startsWithFirstEvent && !kept.isEmpty() && command.sequenceNumbers().contains(kept.get(0).sequence())
                && !command.sequenceNumbers().containsAll(kept.stream().map(Recorded::sequence).toList())) {
            throw new RuleViolation(WithdrawalRule.FIRST_EVENT_BEFORE_LATER_ONES, "Event "
                    + kept.get(0).sequence() + " starts " + command.aggregateId() + ", and later events of it were "
                    + "decided on it: withdraw or correct them first");
        }
        return new FactWithdrawn(command.aggregateId(), command.sequenceNumbers(), command.key(), command.reason(),
                command.sources(), 0);
    }
}
