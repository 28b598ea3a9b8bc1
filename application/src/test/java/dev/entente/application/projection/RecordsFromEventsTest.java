package dev.entente.application.projection;

import static dev.entente.application.fixtures.Events.FIRST_DAY;
import static dev.entente.application.fixtures.Events.VISIT;
import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.fixtures.Events;
import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.readmodel.Alternative;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.spi.AggregateRow;
import dev.entente.application.spi.EventRow;
import dev.entente.application.spi.EventRowDecoder;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.correction.FactWithdrawn;
import dev.entente.domain.meeting.MeetingEvent;
import dev.entente.domain.meeting.MeetingHeld;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.meeting.MeetingKind;
import dev.entente.domain.relationship.Relationship;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.GuestArrived;
import dev.entente.domain.visit.VisitEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Records and timeline entries folded from an aggregate's stored rows when a question reads them (ADR 0029) are what the
 * {@link ReadModelProjector} makes of the whole history: the reference history with a multilateral meeting, annotated
 * events and withdrawals, folded both ways. Rows are decoded by a table of the events they stand for, so that what is
 * tested is the fold, not a serializer.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordsFromEventsTest {

    private static final MeetingId SUMMIT = MeetingId.of("az-pk-tr-summit-2024");
    private static final Annotations ANNOTATED = Annotations.of("a note",
            List.of(new Alternative("place", "Lahore", CITED)));

    /** One stored event: where it stands in its aggregate and in the history. */
    private record Stored(String aggregateId, long sequence, long position, Object event, Annotations annotations) {

        AggregateRow row() {
            return new AggregateRow(aggregateId, sequence, new EventRow(position, "stored", "1",
                    ("event at " + position).getBytes(StandardCharsets.UTF_8), new byte[0]));
        }
    }

    /** A history whose rows decode, by position, to its events and annotations. */
    private static final class History implements EventRowDecoder {

        private final List<Stored> events = new ArrayList<>();
        private final Map<String, Long> sequences = new HashMap<>();
        private final Map<Long, Stored> byPosition = new HashMap<>();

        Stored add(Object event) {
            return add(event, Annotations.NONE);
        }

        Stored add(Object event, Annotations annotations) {
            String aggregate = aggregateOf(event);
            long position = events.size() + 1L;
            Stored stored = new Stored(aggregate, sequences.merge(aggregate, 1L, Long::sum) - 1, position, event,
                    annotations);
            events.add(stored);
            byPosition.put(position, stored);
            return stored;
        }

        Stored withdraw(Stored withdrawn) {
            return add(new FactWithdrawn(withdrawn.aggregateId(), List.of(withdrawn.sequence()), null,
                    "recorded in error", CITED, 0));
        }

        @Override
        public Object event(EventRow row) {
            return byPosition.get(row.position()).event();
        }

        @Override
        public Annotations annotations(EventRow row) {
            return byPosition.get(row.position()).annotations();
        }

        /** Every aggregate's rows together, each aggregate's in the order of their position. */
        List<AggregateRow> rowsOf(Collection<String> aggregates) {
            return events.stream().filter(e -> aggregates.contains(e.aggregateId()))
                    .sorted(Comparator.comparing(Stored::aggregateId).thenComparingLong(Stored::position))
                    .map(Stored::row).toList();
        }

        Set<String> aggregates() {
            Set<String> all = new TreeSet<>();
            events.forEach(e -> all.add(e.aggregateId()));
            return all;
        }

        /** The projector's fold of the whole history in the order of its positions, as a replay makes it. */
        InMemoryReadModelStore replayed() {
            WithdrawnEvents withdrawn = new WithdrawnEvents();
            events.stream().map(Stored::event).filter(FactWithdrawn.class::isInstance)
                    .forEach(e -> withdrawn.add((FactWithdrawn) e));
            InMemoryReadModelStore store = new InMemoryReadModelStore();
            ReadModelProjector projector = new ReadModelProjector(store);
            for (Stored stored : events) {
                if (!withdrawn.passesOver(stored.event(), stored.aggregateId(), stored.sequence())) {
                    projector.project(stored.event(), stored.position(), stored.annotations());
                }
            }
            return store;
        }

        /** The rows of the events whose entries stand in {@code dyad}'s timeline index, in the order of position. */
        List<AggregateRow> timelineHits(Dyad dyad) {
            InMemoryReadModelStore indexed = new InMemoryReadModelStore();
            // Every event that makes an entry, withdrawn ones too: the index may still name an event withdrawn since.
            ReadModelProjector projector = new ReadModelProjector(indexed);
            events.stream().filter(e -> !(e.event() instanceof FactWithdrawn))
                    .forEach(e -> projector.project(e.event(), e.position(), e.annotations()));
            return indexed.timeline(dyad).stream().map(entry -> byPosition.get(entry.position()).row()).toList();
        }
    }

    private static String aggregateOf(Object event) {
        if (event instanceof VisitEvent visit) {
            return visit.visitId().aggregateId();
        }
        if (event instanceof AgreementEvent agreement) {
            return agreement.agreementId().aggregateId();
        }
        if (event instanceof RelationshipEvent relationship) {
            return Relationship.aggregateIdOf(relationship.dyad());
        }
        if (event instanceof MeetingEvent meeting) {
            return meeting.meetingId().aggregateId();
        }
        if (event instanceof FactWithdrawn withdrawal) {
            return withdrawal.aggregateId(); // stored in the withdrawn events' own stream (ADR 0022)
        }
        throw new IllegalArgumentException("no aggregate of " + event);
    }

    private static MeetingHeld summit() {
        return new MeetingHeld(SUMMIT, FIRST_DAY, MeetingKind.SUMMIT, "Trilateral summit", "Astana", null,
                List.of(AZ, PK, TR), List.of(ALIYEV), "Declaration", CITED);
    }

    /** The reference history with its arrival annotated, an annotated summit of three states, and the wreath-laying
     * withdrawn at its end. */
    private static History reference() {
        History history = new History();
        Stored wreath = null;
        for (Events.At at : Events.referenceHistory()) {
            Stored stored = history.add(at.event(), at.event() instanceof GuestArrived ? ANNOTATED : Annotations.NONE);
            if (at.event() instanceof CeremonyHeld) {
                wreath = stored;
            }
        }
        history.add(summit(), ANNOTATED);
        history.withdraw(wreath);
        return history;
    }

    private static void assertSameRecords(ReadModelStore actual, ReadModelStore expected) {
        assertThat(actual.visits()).containsExactlyInAnyOrderElementsOf(expected.visits());
        assertThat(actual.agreements()).containsExactlyInAnyOrderElementsOf(expected.agreements());
        for (Dyad dyad : expected.dyads()) {
            assertThat(actual.meetingsOf(dyad)).as("meetings of %s", dyad).isEqualTo(expected.meetingsOf(dyad));
        }
    }

    @Test
    void the_rows_of_several_aggregates_fold_into_the_records_a_replay_of_the_whole_history_makes() {
        History history = reference();
        RecordsFromEvents records = new RecordsFromEvents(history);

        ReadModelStore folded = records.fold(history.rowsOf(history.aggregates()));

        InMemoryReadModelStore replayed = history.replayed();
        assertSameRecords(folded, replayed);
        assertThat(folded.visits()).hasSize(1);
        assertThat(folded.agreements()).hasSize(5);
        assertThat(folded.meetingsOf(Dyad.of(PK, TR))).hasSize(1);
        assertThat(folded.visit(VISIT).orElseThrow().position()).isEqualTo(replayed.visit(VISIT).orElseThrow()
                .position());
    }

    @Test
    void a_withdrawn_event_is_passed_over_whether_its_withdrawal_stands_before_or_after_the_last_event_folded() {
        History after = new History();
        after.add(Events.referenceVisitScheduled());
        Stored wreath = after.add(Events.wreathLaid(VISIT, FIRST_DAY));
        after.add(Events.delegationTalks(VISIT, FIRST_DAY));
        after.withdraw(wreath);
        History before = new History();
        before.add(Events.referenceVisitScheduled());
        Stored laid = before.add(Events.wreathLaid(VISIT, FIRST_DAY));
        before.withdraw(laid);
        before.add(Events.delegationTalks(VISIT, FIRST_DAY));
        History kept = new History();
        kept.add(Events.referenceVisitScheduled());
        kept.add(Events.wreathLaid(VISIT, FIRST_DAY));
        kept.add(Events.delegationTalks(VISIT, FIRST_DAY));

        for (History history : List.of(after, before)) {
            ReadModelStore folded = new RecordsFromEvents(history).fold(history.rowsOf(history.aggregates()));
            assertThat(folded.visit(VISIT)).isEqualTo(history.replayed().visit(VISIT));
            // The entries too, read from the same rows: the ceremony's none, though the timeline index names it.
            List<AggregateRow> hits = history.timelineHits(AZ_PK);
            assertThat(hits).hasSize(3);
            assertThat(new RecordsFromEvents(history).entries(AZ_PK, hits, history::rowsOf))
                    .isEqualTo(history.replayed().timeline(AZ_PK)).extracting(TimelineEntry::kind)
                    .doesNotContain("visit.ceremony-held").hasSize(2);
        }
        // Not a fold that never saw the ceremony either way: kept, it is in the record.
        ReadModelStore folded = new RecordsFromEvents(kept).fold(kept.rowsOf(kept.aggregates()));
        assertThat(folded.visit(VISIT)).isNotEqualTo(after.replayed().visit(VISIT))
                .isEqualTo(kept.replayed().visit(VISIT));
    }

    @Test
    void the_entries_of_a_timeline_are_those_the_projector_makes_over_the_whole_history() {
        History history = reference();
        RecordsFromEvents records = new RecordsFromEvents(history);
        InMemoryReadModelStore replayed = history.replayed();

        for (Dyad dyad : replayed.dyads()) {
            List<AggregateRow> hits = history.timelineHits(dyad);
            List<TimelineEntry> entries = records.entries(dyad, hits, history::rowsOf);
            assertThat(entries).as("timeline of %s", dyad).isEqualTo(replayed.timeline(dyad));
        }
        assertThat(replayed.timeline(AZ_PK)).hasSizeGreaterThan(20)
                .anySatisfy(entry -> assertThat(entry.annotations()).isEqualTo(ANNOTATED));
    }

    @Test
    void a_visits_or_agreements_entry_is_made_from_its_whole_aggregate_and_a_relationships_or_meetings_from_its_event() {
        History history = reference();
        RecordsFromEvents records = new RecordsFromEvents(history);
        InMemoryReadModelStore replayed = history.replayed();
        List<AggregateRow> hits = history.timelineHits(AZ_PK);
        List<AggregateRow> ofRelationshipsAndMeetings = hits.stream().filter(hit -> {
            Object event = history.byPosition.get(hit.row().position()).event();
            return event instanceof RelationshipEvent || event instanceof MeetingEvent;
        }).toList();
        List<Collection<String>> asked = new ArrayList<>();
        Function<Collection<String>, List<AggregateRow>> aggregates = ids -> {
            asked.add(List.copyOf(ids));
            return history.rowsOf(ids);
        };

        List<TimelineEntry> alone = records.entries(AZ_PK, ofRelationshipsAndMeetings, aggregates);

        assertThat(asked).as("no aggregate read whole for a relationship's or a meeting's entry").isEmpty();
        assertThat(alone).hasSize(ofRelationshipsAndMeetings.size()).isEqualTo(replayed.timeline(AZ_PK).stream()
                .filter(entry -> ofRelationshipsAndMeetings.stream()
                        .anyMatch(hit -> hit.row().position() == entry.position())).toList());

        List<TimelineEntry> all = records.entries(AZ_PK, hits, aggregates);

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).containsExactlyInAnyOrderElementsOf(history.events.stream()
                .filter(e -> e.event() instanceof VisitEvent || e.event() instanceof AgreementEvent)
                .map(Stored::aggregateId).distinct().toList());
        assertThat(all).isEqualTo(replayed.timeline(AZ_PK));
    }

    @Test
    void a_hit_whose_event_makes_no_entry_gives_none() {
        History history = reference();
        RecordsFromEvents records = new RecordsFromEvents(history);
        List<AggregateRow> hits = history.timelineHits(AZ_PK);
        Stored wreath = history.events.stream()
                .filter(e -> e.event() instanceof CeremonyHeld).findFirst().orElseThrow();
        Stored withdrawal = history.events.get(history.events.size() - 1);
        assertThat(hits).extracting(hit -> hit.row().position()).contains(wreath.position());
        List<AggregateRow> withTheWithdrawal = new ArrayList<>(hits);
        withTheWithdrawal.add(withdrawal.row());

        List<TimelineEntry> entries = records.entries(AZ_PK, withTheWithdrawal, history::rowsOf);

        assertThat(entries).extracting(TimelineEntry::position)
                .doesNotContain(wreath.position(), withdrawal.position())
                .hasSize(hits.size() - 1);
        assertThat(entries).isEqualTo(history.replayed().timeline(AZ_PK));
    }
}
