package dev.entente.application.spi;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The commands already applied from chronicles, so that applying the same chronicle twice adds nothing the second
 * time. A JDBC implementation records in the transaction the commands' events are written in.
 */
public interface CommandLog {

    /** Whether a command with this digest was applied. */
    boolean contains(String digest);

    /** Records that a command was applied; recording the same digest again changes nothing. */
    void record(AppliedCommand command);

    /** Which of {@code digests} were applied; a store may answer for many in one query. */
    default Set<String> containing(Collection<String> digests) {
        Set<String> applied = new HashSet<>();
        for (String digest : digests) {
            if (contains(digest)) {
                applied.add(digest);
            }
        }
        return applied;
    }

    /** Records every one of {@code commands}, as {@link #record} does; a store may write them in one batch. */
    default void recordAll(List<AppliedCommand> commands) {
        commands.forEach(this::record);
    }

    /** Every applied command, ordered by digest. */
    List<AppliedCommand> entries();
}
