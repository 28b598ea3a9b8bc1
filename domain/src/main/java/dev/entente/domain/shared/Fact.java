package dev.entente.domain.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * What every command and event carries: the date it happened in the world, and the sources it cites. The time an
 * event was recorded is kept by the event store, apart from this date.
 */
public interface Fact {

    /** The date it happened in the world. */
    LocalDate occurredOn();

    /** The sources that report it; may be empty. */
    List<Source> sources();
}
