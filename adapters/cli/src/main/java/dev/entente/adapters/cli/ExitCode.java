package dev.entente.adapters.cli;

/** The command's exit codes, as the README documents them. */
final class ExitCode {

    /** Done. */
    static final int OK = 0;
    /** A rule of the domain refused a command; nothing was written. */
    static final int REFUSED = 1;
    /**
     * Bad input or usage: a malformed chronicle, an unknown option, a bad country code, a date out of range, a file
     * that cannot be read or written (with the operating system's reason). Checked before any store is opened.
     */
    static final int BAD_INPUT = 2;
    /** Something else went wrong: the store could not be opened, say. */
    static final int FAILED = 3;
    /**
     * {@code check} found the store damaged: an unreadable event, a gap, commands and events disagreeing, or read
     * models that differ from a fresh fold. Each problem is listed.
     */
    static final int DAMAGED = 4;

    private ExitCode() {
    }
}
