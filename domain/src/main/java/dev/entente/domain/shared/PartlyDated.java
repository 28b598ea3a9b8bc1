package dev.entente.domain.shared;

/**
 * A fact whose date the sources may give only in part (a year, a month, approximately, "on or before"): its
 * {@link #occurredOn()} is the day it is known from, the end of the written interval, and {@link #dateAsWritten()}
 * keeps the date as the sources give it, null when they give the exact day.
 */
public interface PartlyDated extends Fact {

    /** The date as the sources write it; null when they give the exact day {@link #occurredOn()}. */
    WrittenDate dateAsWritten();

    /** The date as written, or the exact day: what every output shows. */
    default WrittenDate writtenDate() {
        return dateAsWritten() == null ? WrittenDate.day(occurredOn()) : dateAsWritten();
    }
}
