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

    private String decode() {
        try {
            return utf8.reset().decode(ByteBuffer.wrap(line.toByteArray())).toString();
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
