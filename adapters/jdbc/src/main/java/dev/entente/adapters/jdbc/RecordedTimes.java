package dev.entente.adapters.jdbc;

import java.time.Instant;
import org.axonframework.common.DateTimeUtils;

/**
 * The text an event's time of recording is stored as, {@link DateTimeUtils#formatInstant} (to the millisecond), made
 * once per millisecond: the events of a batch are built within a few milliseconds of each other, and formatting each
 * one's time took a seventh of the calling thread's append (issue 8, seventh session). Safe for several threads: the
 * last text made is kept whole in one immutable holder.
 */
final class RecordedTimes {

    private record Made(long epochMilli, String text) {
    }

    private volatile Made last = new Made(Long.MIN_VALUE, null);

    /** What {@link DateTimeUtils#formatInstant} makes of {@code time}. */
    String format(Instant time) {
        long milli = time.toEpochMilli();
        Made made = last;
        if (made.epochMilli() != milli) {
            made = new Made(milli, DateTimeUtils.formatInstant(time));
            last = made;
        }
        return made.text();
    }
}
