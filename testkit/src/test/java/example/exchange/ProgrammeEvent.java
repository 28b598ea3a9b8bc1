package example.exchange;

import dev.entente.domain.shared.StoredEvent;
import java.time.LocalDate;

/** What happened to a cultural exchange programme, stored under names of the application's own. */
public sealed interface ProgrammeEvent {

    String programmeId();

    @StoredEvent(name = "exchange.programme-launched")
    record ProgrammeLaunched(String programmeId, String first, String second, String title, LocalDate on)
            implements ProgrammeEvent {
    }

    /** Revision 2: revision 1 called {@code participants} "people" (see {@link Exchange#UPCASTERS}). */
    @StoredEvent(name = "exchange.delegation-sent", revision = "2")
    record DelegationSent(String programmeId, int participants, LocalDate on) implements ProgrammeEvent {
    }
}
