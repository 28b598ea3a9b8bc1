package dev.entente.domain.meeting;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A meeting of three or more states was held. */
@StoredEvent(name = "meeting.held")
public record MeetingHeld(MeetingId meetingId, LocalDate occurredOn, MeetingKind kind, String mechanism,
                          String place, Country host, List<Country> participants, List<Dignitary> dignitaries,
                          String outcome, List<Source> sources, WrittenDate dateAsWritten) implements MeetingEvent {

    public MeetingHeld {
        dateAsWritten = Values.written(dateAsWritten);
        participants = Values.lenientList(participants);
        dignitaries = Values.lenientList(dignitaries);
        sources = Values.lenientList(sources);
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public MeetingHeld(MeetingId meetingId, LocalDate occurredOn, MeetingKind kind, String mechanism, String place,
                       Country host, List<Country> participants, List<Dignitary> dignitaries, String outcome,
                       List<Source> sources) {
        this(meetingId, occurredOn, kind, mechanism, place, host, participants, dignitaries, outcome, sources, null);
    }

    /** Every pair among the participants, each once, in the order the participants are listed. */
    public List<Dyad> dyads() {
        List<Dyad> dyads = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            for (int j = i + 1; j < participants.size(); j++) {
                if (!participants.get(i).equals(participants.get(j))) {
                    dyads.add(Dyad.of(participants.get(i), participants.get(j)));
                }
            }
        }
        return List.copyOf(dyads);
    }

    /** The meeting in words: its mechanism's name if it has one, else its kind, e.g. {@code summit}. */
    public String title() {
        return mechanism != null ? mechanism : kind.label();
    }
}
