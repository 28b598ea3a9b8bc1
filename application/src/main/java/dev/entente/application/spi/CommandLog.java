package dev.entente.application.spi;

/**
 * The digests of the commands already applied from chronicles, so that applying the same chronicle twice adds
 * nothing the second time. A JDBC implementation records in the transaction the commands' events are written in.
 */
public interface CommandLog {

    /** Whether a command with this digest was applied. */
    boolean contains(String digest);

    /** Records that the command with this digest was applied; {@code label} says where it came from. */
    void record(String digest, String label);
}
