package dev.entente.adapters.jdbc.eventlog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The lines of an event log, each decoded strictly as UTF-8 on its own, so that a bad byte is blamed on its own line;
 * a last line without its newline is refused as cut short.
 */
final class LogLines {

    /** Far beyond any event; a file without newlines must not be read into memory whole. */
    private static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Every line before the current one, each with its newline, for the end marker of format 2. */
    private final MessageDigest sha256 = newSha256();
    private byte[] current;
    private int position;
    private int limit;
    private long number;

    LogLines(InputStream in) {
        this.in = in;
    }

    /** The number of the line {@link #next()} returned last, the first being 1. */
    long number() {
        return number;
    }

    /** The next line without its newline, or null after the last one. */
    String next() {
        if (current != null) {
            sha256.update(current);
            sha256.update((byte) '\n');
            current = null;
        }
        line.reset();
        while (true) {
            if (position == limit && !fill()) {
                if (line.size() == 0) {
                    return null;
                }
                number++;
                throw EventLogException.at(EventLogException.MALFORMED, number,
                        "the line does not end with a newline; the log was cut short");
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.write(buffer, start, position - start);
            if (line.size() > MAX_LINE_BYTES) {
                throw EventLogException.at(EventLogException.MALFORMED, number + 1,
                        "the line is longer than " + MAX_LINE_BYTES + " bytes");
            }
            if (position < limit) {
                position++;
                number++;
                return decode();
            }
        }
    }

    /** The SHA-256 of every line before the one {@link #next()} returned last, their newlines included. */
    byte[] digestBeforeCurrent() {
        try {
            return ((MessageDigest) sha256.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 cannot be cloned on this JVM", e);
        }
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private String decode() {
        current = line.toByteArray();
        try {
            return utf8.reset().decode(ByteBuffer.wrap(current)).toString();
        } catch (CharacterCodingException e) {
            throw EventLogException.at(EventLogException.MALFORMED, number, "the line is not valid UTF-8");
        }
    }

    private boolean fill() {
        try {
            int read = in.read(buffer);
            position = 0;
            limit = Math.max(read, 0);
            return read > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the event log after line " + number, e);
        }
    }
}
