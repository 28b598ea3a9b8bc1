package dev.entente.application;

/** The read models did not catch up with the history in the time allowed; the answer would have been stale. */
public final class ReadModelsBehind extends RuntimeException {

    public ReadModelsBehind(String message) {
        super(message);
    }

    public ReadModelsBehind(String message, Throwable cause) {
        super(message, cause);
    }
}
