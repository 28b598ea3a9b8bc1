package dev.entente.application.spi;

import java.util.List;

/**
 * The commands already applied from chronicles, so that applying the same chronicle twice adds nothing the second
 * time. A JDBC implementation records in the transaction the commands' events are written in.
 */
public interface CommandLog {

    /** Whether a command with this digest was applied. */
    boolean contains(String digest);

    /** Records that a command was applied; recording the same digest again changes nothing. */
    void record(AppliedCommand command);

    /** Every applied command, ordered by digest. */
    List<AppliedCommand> entries();
}
