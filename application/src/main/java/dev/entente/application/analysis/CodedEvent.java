package dev.entente.application.analysis;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event in the language of event data: on a day, a source country acted towards a target country as a CAMEO code
 * says. {@code kind} is the stored name of the Entente event it codes, {@code subject} the id of its visit, agreement
 * or dyad, {@code position} its global index (null when coded from the read models, which do not keep it per event),
 * {@code recordedAt} when it was recorded (null likewise), and {@code derived} whether Entente derived the event by a
 * rule rather than recorded it from a source.
 */
public record CodedEvent(LocalDate day, Country source, Country target, CameoCode code, String kind, String subject,
                         Long position, Instant recordedAt, List<Source> sources, boolean derived) {

    public CodedEvent {
        sources = List.copyOf(sources);
    }

    /** The Goldstein value of its code. */
    public double goldstein() {
        return code.goldstein();
    }
}
