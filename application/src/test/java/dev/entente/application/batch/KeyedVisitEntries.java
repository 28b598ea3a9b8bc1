package dev.entente.application.batch;

import static dev.entente.domain.fixtures.VisitFixture.FIRST_DAY;
import static dev.entente.domain.fixtures.VisitFixture.VISIT;
import static dev.entente.domain.fixtures.VisitFixture.arrival;
import static dev.entente.domain.fixtures.VisitFixture.delegationTalks;
import static dev.entente.domain.fixtures.VisitFixture.scheduleStateVisit;

import java.util.ArrayList;
import java.util.List;

/**
 * Chronicle entries of the fixture's visit, each with its key (ADR 0022), as the tests of the batch check's reading
 * (the key index, the check in parts) give them: a long visit of {@value #TALKS} talks, and entries to add to it.
 */
final class KeyedVisitEntries {

    /** How many talks the long visit holds after its scheduling and arrival. */
    static final int TALKS = 60;

    private KeyedVisitEntries() {
    }

    /** The key of the visit's entry {@code name}, e.g. {@code HoldTalks#7}. */
    static String key(String name) {
        return EntryKey.of(VISIT.aggregateId(), name);
    }

    /** {@code command} as the visit's entry {@code name}, with {@code digest}. */
    static PlannedCommand entry(Object command, String digest, String name) {
        return new PlannedCommand(command, digest, "visits.json " + name, null, key(name));
    }

    /** The delegations' talks as entry {@code HoldTalks#n}. */
    static PlannedCommand talks(int n) {
        return entry(delegationTalks(FIRST_DAY), "talks-" + n, "HoldTalks#" + n);
    }

    /** The visit scheduled, arrived, then {@value #TALKS} talks, each entry with its key. */
    static List<PlannedCommand> aLongVisit() {
        List<PlannedCommand> chronicle = new ArrayList<>();
        chronicle.add(entry(scheduleStateVisit(), "schedule", "ScheduleVisit#1"));
        chronicle.add(entry(arrival(), "arrival", "RecordArrival#1"));
        for (int n = 1; n <= TALKS; n++) {
            chronicle.add(talks(n));
        }
        return chronicle;
    }
}
