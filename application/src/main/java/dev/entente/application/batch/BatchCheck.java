package dev.entente.application.batch;

import dev.entente.application.spi.CommandLog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;

/**
 * Checks a batch without writing anything: which commands were applied before (by digest) and are skipped, and
 * whether the rest pass every rule when played in memory on a copy of the history they touch.
 */
public final class BatchCheck {

    private BatchCheck() {
    }

    /**
     * The commands that would be applied and those that would be skipped.
     *
     * @param history the stored events of an aggregate, by aggregate id
     * @throws BatchRefused naming the first command a rule refuses
     */
    public static BatchReport check(List<PlannedCommand> batch, CommandLog log,
                                    Function<String, DomainEventStream> history) {
        List<PlannedCommand> toApply = new ArrayList<>();
        List<PlannedCommand> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PlannedCommand planned : batch) {
            if (!seen.add(planned.digest()) || log.contains(planned.digest())) {
                skipped.add(planned);
            } else {
                toApply.add(planned);
            }
        }
        if (!toApply.isEmpty()) {
            DryRun.play(toApply, history);
        }
        return new BatchReport(toApply, skipped);
    }
}
