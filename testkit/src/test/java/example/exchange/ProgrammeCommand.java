package example.exchange;

import java.time.LocalDate;

/** A command to a cultural exchange programme between two states: the application's own, not Entente's. */
public sealed interface ProgrammeCommand {

    String programmeId();

    /** Launches a programme between two states (ISO country codes). */
    record LaunchProgramme(String programmeId, String first, String second, String title, LocalDate on)
            implements ProgrammeCommand {
    }

    /** Sends a delegation of participants under a launched programme. */
    record SendDelegation(String programmeId, int participants, LocalDate on) implements ProgrammeCommand {
    }
}
